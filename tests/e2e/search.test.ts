/**
 * Search on the built site, in Chromium: every query of the set finds its page among the first
 * three results, typed with or without diacritics (d for đ), and both spellings find the same
 * pages; links to a search are shareable; results carry title, type and a highlighted excerpt in
 * Vietnamese; filters and date order work; keyboard and screen-reader use; and without
 * JavaScript the page points to the index pages.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../helpers/axe.ts';
import { useBuiltSite } from '../helpers/browser.ts';
import { allResults, count, expectArticlesByDate, hrefs, openSearch, results, resultLinks, settled, summary, typeQuery } from '../helpers/search-page.ts';
import { SEARCH_CASES as CASES } from './search-cases.ts';

const site = useBuiltSite();

const searchPage = (query = ''): Promise<Page> => openSearch(site, query);

describe('the query set', () => {
	it.each(CASES)('"$marked" and "$plain" both find $page among the first three, and the same pages', async ({ marked, plain, page: expected }) => {
		const page = await searchPage();
		const found: Record<string, { top: string[]; all: string[] }> = {};
		for (const query of [marked, plain, plain.toUpperCase()]) {
			await typeQuery(page, query, { keyByKey: query !== plain.toUpperCase() });
			const top = (await hrefs(page)).slice(0, 3);
			found[query] = { top, all: (await allResults(page)).sort() };
			expect(top, `${query} → ${top.join(', ')}`).toContain(expected);
			expect(found[query]!.all).toHaveLength(await count(page));
		}
		expect(found[plain]!.all).toEqual(found[marked]!.all);
		expect(found[plain.toUpperCase()]!.all).toEqual(found[marked]!.all);
		await page.close();
	});

	it('reads a query from the URL, in NFD too, and finds the same page', async () => {
		const nfd = 'Đắk Nông'.normalize('NFD');
		const page = await site.browser.newPage();
		await page.goto(`${site.url}/tim-kiem/?q=${encodeURIComponent(nfd)}`);
		await settled(page, 'Đắk Nông');
		expect((await hrefs(page)).slice(0, 3)).toContain('/ban-quan-ly/dak-nong/');
		expect(await page.getByRole('searchbox', { name: 'Từ khóa' }).inputValue()).toBe('Đắk Nông');
		await page.close();
	});
});

describe('results', () => {
	it('link to their page with a title, a type and an excerpt whose matches are highlighted in Vietnamese', async () => {
		const page = await searchPage('dak nong');
		const first = results(page).locator('.search-hit').first();
		await expect(first.getByRole('link').textContent()).resolves.toBe('Ban Quản lý Khu kinh tế Đắk Nông');
		await expect(first.locator('.search-hit__type').textContent()).resolves.toBe('Ban quản lý');
		const marks = await first.locator('mark').allTextContents();
		// The pair is searched as one joined word and highlighted as one.
		expect(marks.length).toBeGreaterThan(0);
		expect(new Set(marks)).toEqual(new Set(['Đắk Nông']));
		const types = new Set(await results(page).locator('.search-hit__type').allTextContents());
		expect([...types].every((t) => ['Bài viết', 'Ban quản lý', 'Khối thi đua', 'Khen thưởng'].includes(t))).toBe(true);
		expect(types.size).toBeGreaterThanOrEqual(3);
		await page.close();
	});

	it('find an award as its own result, whose page states it and links to the sentence that says so', async () => {
		const page = await searchPage('co thi dua kon tum 2022');
		const first = results(page).locator('.search-hit').first();
		await expect(first.locator('.search-hit__type').textContent()).resolves.toBe('Khen thưởng');
		await expect(first.getByRole('link').textContent()).resolves.toBe('Cờ thi đua năm 2022 · BQL KKT Kon Tum');
		await expect(first.locator('.search-hit__meta').textContent()).resolves.toContain('đề nghị');
		await Promise.all([page.waitForURL(/\/khen-thuong\/tay-nguyen-duyen-hai-mien-trung\/2022\/co-thi-dua-kon-tum\/$/), first.getByRole('link').click()]);
		await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Cờ thi đua năm 2022 · BQL KKT Kon Tum');
		// The source is named after its article (one award, every source by name).
		const cite = page.getByRole('link', { name: 'Bài tổng kết năm 2022 — Khối Tây Nguyên và Duyên hải miền Trung' });
		await Promise.all([page.waitForURL(/\/bai-viet\/2022-tay-nguyen-duyen-hai-mien-trung-tong-ket\/#c-/), cite.click()]);
		await expect(page.locator('.cite:target').textContent()).resolves.toContain('Cờ thi đua cho Ban Quản lý KKT Vân Phong và Ban Quản lý KKT Kon Tum');
		await page.close();
	});

	it('show ten at a time; "Xem thêm" adds the next and moves focus to the first added', async () => {
		const page = await searchPage('thi dua');
		expect(await resultLinks(page).count()).toBe(10);
		expect(await count(page)).toBeGreaterThan(20);
		await page.locator('[data-search-more]').click();
		await page.waitForFunction(() => document.querySelectorAll('[data-search-results] .search-hit').length === 20);
		const focused = await page.evaluate(() => document.activeElement?.getAttribute('href'));
		expect(focused).toBe((await hrefs(page))[10]);
		await page.close();
	});

	it('say so when nothing matches, and offer the index pages instead', async () => {
		const page = await searchPage('xyzzyq');
		await expect(summary(page).textContent()).resolves.toBe('Không có kết quả cho “xyzzyq”.');
		expect(await results(page).locator('.search-hit').count()).toBe(0);
		// Nothing in the vocabulary is near: no suggestion, but the browse pages.
		expect(await page.locator('[data-search-suggest]').isVisible()).toBe(false);
		const empty = page.locator('[data-search-empty]');
		expect(await empty.isVisible()).toBe(true);
		expect(await empty.getByRole('link').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(['/khoi/', '/bai-viet/', '/nam/', '/ban-quan-ly/', '/khen-thuong/']);
		// A search that finds something hides them again.
		await typeQuery(page, 'van phong');
		expect(await empty.isVisible()).toBe(false);
		await page.close();
	});

	it('suggest the archive’s own word for a mistyped one, as a link that runs it', async () => {
		const page = await searchPage('dak nogn');
		expect(await summary(page).textContent()).toContain('Không trang nào có “nogn”');
		const suggestion = page.locator('[data-search-suggest]').getByRole('link');
		await expect(suggestion.textContent()).resolves.toBe('dak nong');
		await Promise.all([page.waitForURL(/\?q=dak\+nong$/), suggestion.click()]);
		await settled(page, 'dak nong');
		expect((await hrefs(page))[0]).toBe('/ban-quan-ly/dak-nong/');
		expect(await page.locator('[data-search-suggest]').isVisible()).toBe(false);
		await page.close();
	});
});

describe('filters and order', () => {
	it('filter by type, bloc, year and award kind, and keep the filters in the URL', async () => {
		const page = await searchPage('thi dua');
		await page.getByLabel('Loại trang').selectOption('khen thưởng');
		await page.waitForURL(/loai=khen\+th%C6%B0%E1%BB%9Fng/);
		await settled(page, 'thi dua');
		const types = await results(page).locator('.search-hit__type').allTextContents();
		expect(types.length).toBeGreaterThan(0);
		expect(new Set(types)).toEqual(new Set(['Khen thưởng']));

		await page.getByLabel('Khối', { exact: true }).selectOption('Khối đồng bằng sông Hồng');
		await page.getByLabel('Năm', { exact: true }).selectOption('2019');
		await page.getByLabel('Hình thức khen thưởng').selectOption('Cờ thi đua');
		await page.waitForURL(/hinh-thuc=/);
		await settled(page, 'thi dua');
		const found = await allResults(page);
		expect(found.length).toBeGreaterThan(0);
		expect(found.every((h) => h.startsWith('/khen-thuong/dong-bang-song-hong/2019/co-thi-dua-'))).toBe(true);
		expect(await summary(page).textContent()).toContain('lọc: Khối đồng bằng sông Hồng, năm 2019, khen thưởng, Cờ thi đua');

		// The URL alone restores the same search.
		const again = await site.browser.newPage();
		await again.goto(page.url());
		await settled(again, 'thi dua');
		expect(await allResults(again)).toEqual(found);
		await expect(again.getByLabel('Năm', { exact: true }).inputValue()).resolves.toBe('2019');
		await again.close();
		await page.close();
	});

	it('clear every filter with one button, which shows only while a filter is set', async () => {
		const page = await searchPage('thi dua');
		const clear = page.getByRole('button', { name: 'Xoá bộ lọc' });
		expect(await clear.isVisible()).toBe(false);
		const all = await count(page);
		await page.getByLabel('Loại trang').selectOption('khen thưởng');
		await page.getByLabel('Năm', { exact: true }).selectOption('2019');
		await page.waitForURL(/nam=2019/);
		await settled(page, 'thi dua');
		expect(await count(page)).toBeLessThan(all);
		await clear.click();
		await page.waitForURL(/\/tim-kiem\/\?q=thi\+dua$/);
		await settled(page, 'thi dua');
		expect(await count(page)).toBe(all);
		await expect(page.getByLabel('Loại trang').inputValue()).resolves.toBe('');
		await expect(page.getByLabel('Năm', { exact: true }).inputValue()).resolves.toBe('');
		expect(await clear.isVisible()).toBe(false);
		// The button is gone: focus goes to the new count, not to the top of the page.
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-summary');
		await page.close();
	});

	it('list a filter alone, without words', async () => {
		const page = await site.browser.newPage();
		await page.goto(`${site.url}/tim-kiem/?loai=${encodeURIComponent('khối')}`);
		await page.waitForFunction(() => !!document.querySelector('[data-search-summary]:not([hidden])') && !document.querySelector('[data-search-results][aria-busy]'));
		expect((await allResults(page)).sort()).toEqual(['/khoi/cum-duyen-hai-mien-trung/', '/khoi/dong-bang-song-hong/', '/khoi/tay-nguyen-duyen-hai-mien-trung/']);
		await expect(summary(page).textContent()).resolves.toBe('3 kết quả theo bộ lọc khối.');
		await page.close();
	});

	it('sort by date, newest or oldest first, undated pages (boards, blocs) after', async () => {
		const page = await searchPage('thi dua');
		await expectArticlesByDate(page, site.dir, 'thi dua');

		await page.getByLabel('Loại trang').selectOption('');
		await page.waitForURL((url) => !url.search.includes('loai='));
		await settled(page, 'thi dua');
		const all = await allResults(page);
		const label = page.locator('.search-hits__label');
		await expect(label.textContent()).resolves.toContain('Không có ngày');
		const undated = await page.locator('ol[aria-labelledby="search-undated-label"] .search-hit__title a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
		expect(undated.length).toBeGreaterThan(0);
		expect(undated.every((h) => h.startsWith('/ban-quan-ly/') || h.startsWith('/khoi/'))).toBe(true);
		expect(all.slice(-undated.length)).toEqual(undated);
		await page.close();
	});
});

describe('keyboard and screen readers', () => {
	it('has a labelled box that takes focus, announces the count once typing settles, and Enter leads to the results', async () => {
		const page = await searchPage();
		const box = page.getByRole('searchbox', { name: 'Từ khóa' });
		expect(await box.evaluate((el) => el === document.activeElement)).toBe(true);
		await expect(box.getAttribute('aria-describedby')).resolves.toBe('search-q-hint');
		const status = page.getByRole('status');
		await expect(status.getAttribute('aria-live')).resolves.toBe('polite');
		await page.keyboard.type('van phong');
		await settled(page, 'van phong');
		await page.waitForFunction(() => document.querySelector('[role=status]')!.textContent !== '');
		expect(await status.textContent()).toMatch(/^\d+ kết quả cho “van phong”\.$/);
		expect(page.url()).toMatch(/\/tim-kiem\/\?q=van\+phong$/);

		await page.keyboard.press('Enter');
		await page.waitForFunction(() => document.activeElement?.id === 'search-summary');
		await page.keyboard.press('Tab');
		const focused = await page.evaluate(() => ({ href: document.activeElement?.getAttribute('href'), outline: getComputedStyle(document.activeElement!).outlineStyle }));
		expect(focused.href).toBe((await hrefs(page))[0]);
		expect(focused.outline).not.toBe('none');
		await page.close();
	});

	it('passes axe (WCAG 2.2 A and AA) with results, filters open and text highlighted', async () => {
		// axe is injected inline, which the site's Content-Security-Policy forbids: bypass it here.
		const context = await site.browser.newContext({ bypassCSP: true });
		const page = await context.newPage();
		await page.goto(`${site.url}/tim-kiem/?q=dak+nong&sap-xep=moi-nhat`);
		await settled(page, 'dak nong');
		await page.waitForFunction(() => document.querySelector('[role=status]')!.textContent !== '');
		expect(await page.locator('details[data-search-filters]').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
		expect(await axeViolations(page)).toEqual([]);
		await context.close();
	});

	it('searches from the header of any page with a plain GET form', async () => {
		const page = await site.browser.newPage();
		await page.goto(`${site.url}/khoi/`);
		await page.getByRole('searchbox', { name: 'Tìm trong kho tư liệu' }).fill('Đắk Nông');
		await Promise.all([page.waitForURL(/\/tim-kiem\/\?q=%C4%90%E1%BA%AFk\+N%C3%B4ng$/), page.keyboard.press('Enter')]);
		await settled(page, 'Đắk Nông');
		expect((await hrefs(page))[0]).toBe('/ban-quan-ly/dak-nong/');
		// Arriving from the header: the header box keeps the query, focus is on the count, one Tab from the first result.
		await expect(page.getByRole('searchbox', { name: 'Tìm trong kho tư liệu' }).inputValue()).resolves.toBe('Đắk Nông');
		await page.waitForFunction(() => document.activeElement?.id === 'search-summary');
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe('/ban-quan-ly/dak-nong/');
		await page.close();
	});

	it('works at 320 px without horizontal scrolling, filters folded so that results come first', async () => {
		const context = await site.browser.newContext({ viewport: { width: 320, height: 640 } });
		const page = await context.newPage();
		await page.goto(`${site.url}/tim-kiem/?q=co+thi+dua`);
		await settled(page, 'co thi dua');
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
		expect(await page.locator('details[data-search-filters]').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
		await context.close();
	});

	it('keeps the results in view on a phone after a filter is chosen in the open panel', async () => {
		const context = await site.browser.newContext({ viewport: { width: 390, height: 844 } });
		const page = await context.newPage();
		await page.goto(`${site.url}/tim-kiem/?q=co+thi+dua`);
		await settled(page, 'co thi dua');
		await page.getByText('Lọc và sắp xếp').click();
		await page.getByLabel('Loại trang').selectOption('khen thưởng');
		await page.waitForURL(/loai=/);
		await settled(page, 'co thi dua');
		const top = await resultLinks(page).first().evaluate((a) => a.getBoundingClientRect().top);
		expect(top).toBeLessThan(844);
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
		await context.close();
	});
});

describe('without JavaScript, and what loads', () => {
	it('points to the index pages when JavaScript is off', async () => {
		const context = await site.browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(`${site.url}/tim-kiem/?q=da+nang`);
		const notice = page.locator('.search-noscript');
		await expect(notice.isVisible()).resolves.toBe(true);
		await expect(notice.textContent()).resolves.toContain('Tìm kiếm cần JavaScript');
		expect(await notice.getByRole('link').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(['/khoi/', '/bai-viet/', '/nam/', '/ban-quan-ly/', '/khen-thuong/']);
		await context.close();
	});

	it('loads its script as an external file, and makes no request outside the site', async () => {
		const html = fs.readFileSync(path.join(site.dir, 'tim-kiem/index.html'), 'utf8');
		const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].filter((m) => !/type="application\/ld\+json"/.test(m[1]!));
		expect(scripts).toHaveLength(1);
		expect(scripts[0]![1]).toMatch(/src="\/_astro\/[\w.-]+\.js"/);
		expect(scripts[0]![2]).toBe('');
		const page = await site.browser.newPage();
		const hosts = new Set<string>();
		page.on('request', (r) => hosts.add(new URL(r.url()).host));
		await page.goto(`${site.url}/tim-kiem/?q=dong+bang+song+hong`);
		await settled(page, 'dong bang song hong');
		await typeQuery(page, 'Đà Nẵng');
		expect([...hosts]).toEqual([new URL(site.url).host]);
		await page.close();
	});

	it("runs Pagefind in the page's own worker, which hands over ids and scores and fetches the shown results' fragments", async () => {
		const page = await site.browser.newPage();
		const fragments: string[] = [];
		page.on('request', (r) => r.url().includes('/pagefind/fragment/') && fragments.push(r.url()));
		await page.goto(`${site.url}/tim-kiem/?q=hai+duong`);
		await settled(page, 'hai duong');
		const workers = page.workers().map((w) => new URL(w.url()).pathname);
		expect(workers).toHaveLength(1);
		expect(workers[0]).toMatch(/^\/_astro\/search-worker[\w.-]*\.js$/);
		expect(await count(page)).toBeGreaterThan(10);
		// Ten results shown (and title-ranked): their fragments, not every result's.
		expect(await resultLinks(page).count()).toBe(10);
		expect(new Set(fragments).size).toBe(10);
		await page.close();
	});

	it('still searches where the page cannot start a worker', async () => {
		const context = await site.browser.newContext();
		await context.addInitScript(() => {
			window.Worker = class {
				constructor() {
					throw new Error('workers are disabled');
				}
			} as unknown as typeof Worker;
		});
		const page = await context.newPage();
		await page.goto(`${site.url}/tim-kiem/?q=dak+nong`);
		await settled(page, 'dak nong');
		expect(page.workers()).toEqual([]);
		expect((await hrefs(page))[0]).toBe('/ban-quan-ly/dak-nong/');
		await context.close();
	});
});
