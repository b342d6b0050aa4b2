/**
 * Runs the relevance suite on a served site in Chromium, through the search page itself: each
 * query is submitted in /tim-kiem/'s box and the first results' links are read off the screen.
 */
import type { Browser } from 'playwright-core';
import type { RelevanceCase } from './queries.ts';

/** One query's outcome: the rank of its page among the results on screen (0 when absent) and the first three links. */
export interface RelevanceResult extends RelevanceCase {
	rank: number;
	top: string[];
	count: number;
}

/** Submits each query on one search page and reads its first ten results. */
export async function runRelevance(browser: Browser, baseUrl: string, cases: readonly RelevanceCase[]): Promise<RelevanceResult[]> {
	const page = await browser.newPage();
	try {
		await page.goto(`${baseUrl}/tim-kiem/`);
		const box = page.locator('#search-q');
		const out: RelevanceResult[] = [];
		for (const c of cases) {
			await box.fill(c.query);
			await box.press('Enter');
			await page.waitForFunction(
				(q) => {
					const s = document.querySelector<HTMLElement>('[data-search-summary]');
					return !!s && !s.hidden && s.textContent!.includes(`“${q}”`) && !document.querySelector('[data-search-results][aria-busy]');
				},
				c.query.normalize('NFC').trim(),
				{ timeout: 20_000 },
			);
			const links = await page.locator('[data-search-results] .search-hit__title a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
			const summary = (await page.locator('[data-search-summary]').textContent()) ?? '';
			out.push({ ...c, rank: links.indexOf(c.page) + 1, top: links.slice(0, 3), count: Number(/([\d.]+) kết quả/.exec(summary)?.[1]?.replace(/\./g, '') ?? 0) });
		}
		return out;
	} finally {
		await page.close();
	}
}

/** Share of queries whose page is first, and among the first three. */
export function precision(results: readonly RelevanceResult[]): { at1: number; at3: number } {
	const n = results.length || 1;
	return { at1: results.filter((r) => r.rank === 1).length / n, at3: results.filter((r) => r.rank >= 1 && r.rank <= 3).length / n };
}

/** A Markdown table of the misses (page not first), for reports and failing tests. */
export function misses(results: readonly RelevanceResult[]): string {
	return results
		.filter((r) => r.rank !== 1)
		.map((r) => `“${r.query}” → ${r.page}: rank ${r.rank || '>10'} (${r.count} results; first: ${r.top.join(', ')})`)
		.join('\n');
}
