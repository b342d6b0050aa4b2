/**
 * Reading on a phone (390 × 844) on the 1,000-article archive: the pages that grow with the
 * archive (the busiest bloc page, /chi-tieu/, /khen-thuong/, the search page) never scroll
 * sideways; a wide table scrolls inside its own box with its label column in view; results
 * stay on screen after a filter is chosen; a reader reaches a bloc's Cờ thi đua of a year from
 * the home page in three taps.
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { useBuiltSite } from '../helpers/browser.ts';
import { htmlPages } from '../helpers/site-files.ts';

const PHONE = { width: 390, height: 844 };
const site = useBuiltSite('mixedSiteDir');
let context: BrowserContext;
beforeAll(async () => {
	context = await site.browser.newContext({ viewport: PHONE });
});

/** The largest built page whose URL matches (the busiest bloc, the longest table). */
function largest(pattern: RegExp): string {
	const pages = htmlPages(site.dir).filter((p) => pattern.test(p.url));
	expect(pages.length).toBeGreaterThan(0);
	return pages.map((p) => ({ url: p.url, size: fs.statSync(path.join(site.dir, p.file)).size })).sort((a, b) => b.size - a.size)[0]!.url;
}

async function open(url: string): Promise<Page> {
	const page = await context.newPage();
	await page.goto(site.url + url);
	return page;
}

describe('on a 390 px phone, at 1,000 articles', () => {
	it('no growing page scrolls sideways', async () => {
		const wide: string[] = [];
		for (const url of [largest(/^\/khoi\/[^/]+\/$/), '/chi-tieu/', largest(/^\/chi-tieu\/[^/]+\/$/), '/khen-thuong/', largest(/^\/khen-thuong\/khoi\/[^/]+\/nam\/\d{4}\/$/), '/ban-quan-ly/', '/tim-kiem/?q=co+thi+dua']) {
			const page = await open(url);
			const width = await page.evaluate(() => document.documentElement.scrollWidth);
			if (width > PHONE.width) wide.push(`${url}: ${width} px`);
			await page.close();
		}
		expect(wide).toEqual([]);
	});

	it('scrolls a wide table inside its box, its label column staying in view', async () => {
		const page = await open(largest(/^\/chi-tieu\/[^/]+\/$/));
		const region = page.locator('.table-wrap').filter({ has: page.locator('table') }).first();
		const { scrolled, label, box } = await region.evaluate((el) => {
			const wrap = el as HTMLElement;
			const before = wrap.scrollWidth - wrap.clientWidth;
			wrap.scrollLeft = wrap.scrollWidth;
			const th = wrap.querySelector<HTMLElement>('tbody th[scope="row"]')!;
			const r = th.getBoundingClientRect();
			const b = wrap.getBoundingClientRect();
			return { scrolled: before > 0 && wrap.scrollLeft > 0, label: { left: r.left, right: r.right, text: th.textContent!.trim() }, box: { left: b.left, right: b.right } };
		});
		expect(scrolled).toBe(true);
		expect(label.text.length).toBeGreaterThan(0);
		expect(label.left).toBeGreaterThanOrEqual(box.left - 1);
		expect(label.right).toBeLessThanOrEqual(box.right + 1);
		await page.close();
	});

	it('keeps results in view after a filter is chosen on the search page', async () => {
		const page = await open('/tim-kiem/?q=co+thi+dua');
		await page.waitForFunction(() => document.querySelector('.search-hit') !== null);
		await page.getByText('Lọc và sắp xếp').click();
		await page.getByLabel('Loại trang').selectOption('khen thưởng');
		await page.waitForFunction(() => /loai=/.test(location.search) && document.querySelector('[data-search-summary]')!.textContent!.includes('lọc:') && !document.querySelector('[data-search-results][aria-busy]'));
		const top = await page.locator('.search-hit').first().evaluate((el) => el.getBoundingClientRect().top);
		expect(top).toBeLessThan(PHONE.height);
		await page.close();
	});

	it('leads from the home page to who received Cờ thi đua in a bloc and year in three taps', async () => {
		// The real 2019 review of Khối đồng bằng sông Hồng among the synthetic blocs: Hải Dương and Ninh Bình were proposed.
		const page = await open('/');
		const main = page.locator('main');
		// 1: all awards; 2: the bloc's awards; 3: its Cờ thi đua of 2019.
		await Promise.all([page.waitForURL(/\/khen-thuong\/$/), main.getByRole('link', { name: 'Tất cả khen thưởng' }).click()]);
		await Promise.all([page.waitForURL(/\/khen-thuong\/khoi\/dong-bang-song-hong\/$/), main.getByRole('link', { name: 'Khối đồng bằng sông Hồng' }).first().click()]);
		await Promise.all([page.waitForURL(/\/nam\/2019\/#co-thi-dua$/), main.locator('a[href="/khen-thuong/khoi/dong-bang-song-hong/nam/2019/#co-thi-dua"]').first().click()]);
		const section = page.locator('section').filter({ has: page.locator('#co-thi-dua') });
		const recipients = await section.locator('tbody td a[href^="/ban-quan-ly/"]').allTextContents();
		expect(recipients).toEqual(['BQL các KCN Hải Dương', 'BQL các KCN Ninh Bình']);
		// The section is on screen, not below the fold.
		expect(await page.locator('#co-thi-dua').evaluate((h) => h.getBoundingClientRect().top)).toBeLessThan(PHONE.height);
		await page.close();
	});
});
