/** The search page as a reader uses it, in Chromium: typing, waiting for results, reading them. */
import type { Page } from 'playwright-core';
import type { BrowsedSite } from './browser.ts';

/** The line that counts the results and names the query. */
export const summary = (page: Page) => page.locator('[data-search-summary]');
/** The list of results. */
export const results = (page: Page) => page.locator('[data-search-results]');
/** The title links of the results shown. */
export const resultLinks = (page: Page) => results(page).locator('.search-hit__title').getByRole('link');

/** Waits until the results on screen are those of `query` (the summary names it, nothing pending). */
export async function settled(page: Page, query: string): Promise<void> {
	await page.waitForFunction(
		(q) => {
			const s = document.querySelector<HTMLElement>('[data-search-summary]');
			return !!s && !s.hidden && s.textContent!.includes(`“${q}”`) && !document.querySelector('[data-search-results][aria-busy]');
		},
		query,
		{ timeout: 10_000 },
	);
}

/** Types a query into the page's search box, as a reader would, and waits for its results. */
export async function typeQuery(page: Page, query: string, { keyByKey = true } = {}): Promise<void> {
	const box = page.getByRole('searchbox', { name: 'Từ khóa' });
	await box.fill('');
	if (keyByKey) await box.pressSequentially(query, { delay: 5 });
	else await box.fill(query);
	await settled(page, query);
}

/** The URLs of the results shown, in order. */
export const hrefs = async (page: Page) => (await resultLinks(page).evaluateAll((as) => as.map((a) => a.getAttribute('href')!))) as string[];
/** The number of results the summary states. */
export const count = async (page: Page) => Number(/^([\d.]+) kết quả/.exec((await summary(page).textContent()) ?? '')?.[1]?.replace(/\./g, '') ?? 0);

/** Every result of the search on screen, following "Xem thêm" to the end. */
export async function allResults(page: Page): Promise<string[]> {
	const more = page.locator('[data-search-more]');
	for (let i = 0; i < 50 && (await more.isVisible()); i++) {
		const before = await resultLinks(page).count();
		await more.click();
		await page.waitForFunction((n) => document.querySelectorAll('[data-search-results] .search-hit').length > n, before);
	}
	return hrefs(page);
}

/** Opens the search page of a served site, with a query in its URL (waiting for its results) or none. */
export async function openSearch(site: Pick<BrowsedSite, 'browser' | 'url'>, query = ''): Promise<Page> {
	const page = await site.browser.newPage();
	await page.goto(`${site.url}/tim-kiem/${query ? `?q=${encodeURIComponent(query)}` : ''}`);
	if (query) await settled(page, query);
	return page;
}
