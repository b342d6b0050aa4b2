/**
 * The relevance suite among 1,000 synthetic articles: every query finds its page among the first
 * three results, and at least 90 % of them first (docs/search.md gives the figures).
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium, serveSite } from '../helpers/browser.ts';
import { RELEVANCE_CASES } from './queries.ts';
import { misses, precision, runRelevance, type RelevanceResult } from './run.ts';

let browser: Browser;
let stop: (() => Promise<void>) | undefined;
let results: RelevanceResult[] = [];

beforeAll(async () => {
	const server = await serveSite(inject('mixedSiteDir'));
	stop = server.stop;
	browser = await launchChromium();
	results = await runRelevance(browser, server.url, RELEVANCE_CASES);
}, 300_000);
afterAll(async () => {
	await browser?.close();
	await stop?.();
});

describe('search relevance among 1,000 synthetic articles', () => {
	it('finds every page among the first three', () => {
		expect(results).toHaveLength(RELEVANCE_CASES.length);
		expect(results.filter((r) => r.rank < 1 || r.rank > 3).map((r) => `${r.query} → ${r.page} (${r.top.join(', ')})`)).toEqual([]);
	});

	it('finds at least 90 % of the pages first', () => {
		expect(precision(results).at1, misses(results)).toBeGreaterThanOrEqual(0.9);
	});
});
