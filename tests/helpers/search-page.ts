/** The search page as a reader uses it, in Chromium: typing, waiting for results, reading them. */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
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

/**
 * Shows the articles of the search on screen newest first, then oldest first, and checks both
 * orders against their dates (the site's `du-lieu/articles.json`); returns the newest-first URLs.
 */
export async function expectArticlesByDate(page: Page, siteDir: string, query: string): Promise<string[]> {
	const articles = JSON.parse(fs.readFileSync(path.join(siteDir, 'du-lieu/articles.json'), 'utf8')) as Array<{ url: string; year: number; conference: { start: string | null } }>;
	// The pages' sort key: the conference's first day, else the year after the reviewed year.
	const startOf = new Map(articles.map((a) => [a.url, a.conference.start ?? String(a.year + 1)]));
	await page.getByLabel('Sắp xếp').selectOption('moi-nhat');
	await page.waitForURL(/sap-xep=moi-nhat/);
	await settled(page, query);
	await page.getByLabel('Loại trang').selectOption('bài viết');
	await settled(page, query);
	const newest = await allResults(page);
	expect(newest).toHaveLength(startOf.size);
	const dates = newest.map((url) => startOf.get(url)!);
	expect(dates).toEqual([...dates].sort().reverse());
	await page.getByLabel('Sắp xếp').selectOption('cu-nhat');
	await page.waitForURL(/sap-xep=cu-nhat/);
	await settled(page, query);
	expect(await allResults(page)).toEqual([...newest].reverse());
	return newest;
}
