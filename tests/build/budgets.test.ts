/**
 * Budgets: an article page reads completely without JavaScript; its HTML plus the stylesheets it
 * links weigh under 60 KB gzipped (font files excluded: they are cached across the site and the
 * text shows in fallback fonts before they arrive); JavaScript loads on the search page only.
 */
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium, serveSite } from '../helpers/browser.ts';
import { attr, elementsOf } from '../helpers/html-tree.ts';
import { htmlPages } from '../helpers/site-files.ts';


/** 60 KB, gzip (node:zlib, default level), per article page: its HTML + every stylesheet it links. */
const ARTICLE_BUDGET = 60 * 1024;
/** The only page allowed to load JavaScript. */
const SCRIPT_PAGES = ['/tim-kiem/'];

let dir: string;
const read = (rel: string) => fs.readFileSync(path.join(dir, rel));
const articles = () => JSON.parse(read('du-lieu/articles.json').toString('utf8')) as Array<{ id: string; url: string; title: string }>;

beforeAll(() => {
	dir = inject('siteDir');
});

describe('weight', () => {
	it('each article page: HTML + linked CSS under 60 KB gzipped (fonts excluded)', () => {
		const sizes: Record<string, { html: number; css: number; total: number }> = {};
		for (const a of articles()) {
			const file = path.join(a.url, 'index.html');
			const html = read(file);
			const sheets = elementsOf(html.toString('utf8'))
				.filter((e) => e.tagName === 'link' && attr(e, 'rel')?.split(/\s+/).includes('stylesheet'))
				.map((e) => attr(e, 'href')!);
			expect(sheets.length, a.url).toBeGreaterThan(0);
			const css = sheets.reduce((n, href) => n + gzipSync(read(new URL(href, `https://x${a.url}`).pathname)).length, 0);
			const h = gzipSync(html).length;
			sizes[a.url] = { html: h, css, total: h + css };
		}
		const largest = Object.entries(sizes).sort((x, y) => y[1].total - x[1].total)[0]!;
		console.log(`largest article page: ${largest[0]} HTML ${largest[1].html} B + CSS ${largest[1].css} B = ${largest[1].total} B gzip (budget ${ARTICLE_BUDGET} B)`);
		expect(Object.entries(sizes).filter(([, s]) => s.total >= ARTICLE_BUDGET)).toEqual([]);
		expect(Object.keys(sizes)).toHaveLength(articles().length);
	});
});

describe('JavaScript', () => {
	it('no page but the search page loads a script (JSON-LD is data); none runs inline code', () => {
		const found: string[] = [];
		let pagesWithScripts = 0;
		const pages = htmlPages(dir);
		expect(pages.length).toBeGreaterThan(40);
		for (const page of pages) {
			const els = elementsOf(read(page.file).toString('utf8'));
			const scripts = els.filter((e) => (e.tagName === 'script' && attr(e, 'type') !== 'application/ld+json') || (e.tagName === 'link' && attr(e, 'rel') === 'modulepreload'));
			if (scripts.length) pagesWithScripts++;
			for (const s of scripts) {
				const src = attr(s, 'src') ?? attr(s, 'href');
				if (!src) found.push(`${page.url}: inline <script>`);
				else if (!SCRIPT_PAGES.includes(page.url)) found.push(`${page.url}: <${s.tagName}> ${src}`);
			}
		}
		expect(found).toEqual([]);
		expect(pagesWithScripts).toBe(SCRIPT_PAGES.length);
	});

	describe('an article page without JavaScript', () => {
		let browser: Browser;
		let site: { url: string; stop: () => Promise<void> };
		beforeAll(async () => {
			site = await serveSite(dir);
			browser = await launchChromium();
		});
		afterAll(async () => {
			await browser?.close();
			await site?.stop();
		});

		it('shows its title, whole body text and every fact', async () => {
			const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 375, height: 800 } });
			const page = await context.newPage();
			const problems: string[] = [];
			expect(articles()).toHaveLength(5);
			for (const a of articles()) {
				await page.goto(`${site.url}${a.url}`);
				if (!(await page.getByRole('heading', { level: 1 }).textContent())?.includes(a.title)) problems.push(`${a.url}: title`);
				// Everything in the body is visible text: compare with the body as built. A chart an MDX
				// article places (`.article-chart`) says its values in SVG <title>/<desc>, not as text.
				const shown = await page.locator('.article-body').evaluate((el) => ({
					visible: [...el.children].filter((c) => !c.matches('.article-chart')).map((c) => (c as HTMLElement).innerText).join(' ').replace(/\s+/g, ' ').trim(),
					hidden: [...el.querySelectorAll('*')].filter((e) => (e as HTMLElement).offsetParent === null && e.getClientRects().length === 0 && !e.closest('.visually-hidden, .article-chart svg')).length,
				}));
				const built = await page.locator('.article-body').evaluate((el) => [...el.children].filter((c) => !c.matches('.article-chart')).map((c) => c.textContent ?? '').join(' ').replace(/\s+/g, ' ').trim());
				if (shown.visible.length < 200 || shown.visible.replace(/\s/g, '') !== built.replace(/\s/g, '')) problems.push(`${a.url}: body text not all visible`);
				if (shown.hidden) problems.push(`${a.url}: ${shown.hidden} hidden elements in the body`);
				const facts = page.locator('aside.facts');
				if (!(await facts.isVisible())) problems.push(`${a.url}: facts panel hidden`);
				const terms = await facts.locator('dt').allInnerTexts();
				for (const t of ['Khối', 'Năm tổng kết', 'Thời gian', 'Địa điểm', 'Đăng cai', 'Khen thưởng']) if (!terms.includes(t)) problems.push(`${a.url}: fact “${t}” not shown`);
				for (const dd of await facts.locator('dd').all()) if (!(await dd.innerText()).trim()) problems.push(`${a.url}: an empty fact`);
			}
			expect(problems).toEqual([]);
			await context.close();
		});
	});
});
