/**
 * The numbered pages of listings that grow with the archive (the bloc and board indexes, a year's
 * awards, a year's articles and chairs), on the 1,000-article archive where they first appear:
 * each passes axe (WCAG 2.2 A and AA) at 1280 and 390 px, does not scroll sideways on a phone,
 * and links its neighbours with page numbers.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { axeViolations } from '../helpers/axe.ts';
import { useBuiltSite } from '../helpers/browser.ts';

const site = useBuiltSite('mixedSiteDir');
let context: BrowserContext;
beforeAll(async () => {
	context = await site.browser.newContext({ bypassCSP: true, viewport: { width: 1280, height: 900 } });
});
afterAll(async () => {
	await context?.close();
});

/** The second page of the first listing under `dir` that has one (`khen-thuong/nam` → `/khen-thuong/nam/2019/2/`). */
function secondPage(dir: string): string | null {
	if (fs.existsSync(path.join(site.dir, dir, '2', 'index.html'))) return `/${dir}/2/`;
	const root = path.join(site.dir, dir);
	const sub = fs.readdirSync(root).find((d) => fs.existsSync(path.join(root, d, '2', 'index.html')));
	return sub ? `/${dir}/${sub}/2/` : null;
}

describe('numbered listing pages at 1,000 articles', () => {
	it('pass axe at 1280 and 390 px, fit a phone and link the other pages by number', { timeout: 180_000 }, async () => {
		const urls = ['khoi', 'ban-quan-ly', 'khen-thuong/nam', 'nam'].map(secondPage);
		expect(urls.slice(0, 3)).not.toContain(null);
		const problems: string[] = [];
		const page = await context.newPage();
		for (const url of urls.filter((u): u is string => u !== null)) {
			await page.setViewportSize({ width: 1280, height: 900 });
			await page.goto(site.url + url);
			for (const v of await axeViolations(page)) problems.push(`${url} @1280: ${v}`);
			const pager = page.getByRole('navigation', { name: 'Phân trang' });
			expect(await pager.getByRole('link', { name: 'Trang 1' }).getAttribute('href'), url).toBe(url.replace(/2\/$/, ''));
			expect(await pager.getByRole('link', { name: 'Trang 2' }).getAttribute('aria-current'), url).toBe('page');
			await page.setViewportSize({ width: 390, height: 844 });
			const width = await page.evaluate(() => document.documentElement.scrollWidth);
			if (width > 390) problems.push(`${url} @390: page is ${width} px wide`);
			for (const v of await axeViolations(page)) problems.push(`${url} @390: ${v}`);
		}
		await page.close();
		expect(problems).toEqual([]);
	});
});
