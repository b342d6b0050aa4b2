/**
 * The relevance suite (tests/relevance/queries.ts) on the five-article site: every query finds
 * its page among the first three results, and at least 90 % of them first.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { useBuiltSite } from '../helpers/browser.ts';
import { RELEVANCE_CASES } from '../relevance/queries.ts';
import { misses, precision, runRelevance, type RelevanceResult } from '../relevance/run.ts';

const site = useBuiltSite();
let results: RelevanceResult[] = [];

beforeAll(async () => {
	results = await runRelevance(site.browser, site.url, RELEVANCE_CASES);
}, 120_000);

describe('search relevance on the five-article site', () => {
	it('finds every page among the first three', () => {
		expect(results).toHaveLength(RELEVANCE_CASES.length);
		expect(results.filter((r) => r.rank < 1 || r.rank > 3).map((r) => `${r.query} → ${r.page} (${r.top.join(', ')})`)).toEqual([]);
	});

	it('finds at least 90 % of the pages first', () => {
		expect(precision(results).at1, misses(results)).toBeGreaterThanOrEqual(0.9);
	});
});
