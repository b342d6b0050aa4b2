/**
 * The relevance suite (tests/relevance/queries.ts) on the five-article site: every query finds
 * its page among the first three results, and at least 90 % of them first.
 */
import { describe, expect, it } from 'vitest';
import { useBuiltSite } from '../helpers/browser.ts';
import { describeRelevance } from '../relevance/describe-relevance.ts';

const site = useBuiltSite();
describeRelevance('search relevance on the five-article site', site, 120_000);

describe('words and names', () => {
	const open = async (query: string) => {
		const page = await site.browser.newPage();
		await page.goto(`${site.url}/tim-kiem/?q=${encodeURIComponent(query)}`);
		await page.waitForFunction((q) => document.querySelector('[data-search-summary]')?.textContent?.includes(`“${q}”`) && !document.querySelector('[data-search-results][aria-busy]'), query);
		return page;
	};

	it('says which word no page holds, and shows the pages that match the others', { timeout: 90_000 }, async () => {
		const page = await open('Hà Nam xyzzyq');
		expect(await page.locator('[data-search-summary]').textContent()).toMatch(/^\d+ kết quả cho “Hà Nam xyzzyq”\. Không trang nào có “xyzzyq”: các kết quả dưới đây chỉ khớp các từ còn lại\.$/);
		expect(await page.locator('[data-search-results] .search-hit__title a').first().getAttribute('href')).toBe('/ban-quan-ly/ha-nam/');
		await page.close();
		const none = await open('xyzzyq');
		expect(await none.locator('[data-search-summary]').textContent()).toBe('Không có kết quả cho “xyzzyq”.');
		await none.close();
	});

	it('highlights a place name where it stands, not "năm" (year) for "nam"', { timeout: 90_000 }, async () => {
		const page = await open('ha nam');
		const marks = await page.locator('[data-search-results] mark').allTextContents();
		expect(marks.length).toBeGreaterThan(0);
		expect(marks.map((m) => m.toLowerCase()).filter((m) => m !== 'hà nam')).toEqual([]);
		await page.close();
	});
});
