/** The relevance suite as a block of tests (scripts/search-relevance.ts runs the same queries outside Vitest). */
import { beforeAll, describe, expect, it } from 'vitest';
import type { BrowsedSite } from '../helpers/browser.ts';
import { RELEVANCE_CASES } from './queries.ts';
import { misses, precision, runRelevance, type RelevanceResult } from './run.ts';

/**
 * The suite's two assertions on a served site, as a `describe` block: every page among the first
 * three results, and at least 90 % of them first. The results are gathered once, before the block.
 */
export function describeRelevance(title: string, site: BrowsedSite, timeout: number): void {
	let results: RelevanceResult[] = [];
	beforeAll(async () => {
		results = await runRelevance(site.browser, site.url, RELEVANCE_CASES);
	}, timeout);
	describe(title, () => {
		it('finds every page among the first three', () => {
			expect(results).toHaveLength(RELEVANCE_CASES.length);
			expect(results.filter((r) => r.rank < 1 || r.rank > 3).map((r) => `${r.query} → ${r.page} (${r.top.join(', ')})`)).toEqual([]);
		});

		it('finds at least 90 % of the pages first', () => {
			expect(precision(results).at1, misses(results)).toBeGreaterThanOrEqual(0.9);
		});
	});
}
