/**
 * Page budgets on the 1,000-article archive (the real articles among 1,000 synthetic ones, built
 * once for this project in tests/relevance/global-setup.ts): every page's HTML stays under
 * 300 KB, and the tallest page of each listing template stays under 5,000 px of content at 1280 px
 * (measured in Chromium), so listings stay usable as the archive grows. It also checks one fact,
 * one row: no award listed twice.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useBuiltSite } from '../helpers/browser.ts';
import { htmlPages } from '../helpers/site-files.ts';
import { MIXED_ARTICLES } from './global-setup.ts';
import { routeTemplate as template } from '../../src/lib/site/route-template.ts';

const MAX_HTML = 300 * 1024;
const MAX_HEIGHT = 5000;
/**
 * Pages whose length is a source's own text (an article, the readable original): they are not
 * listings and grow with what the reporter wrote, not with the archive; the HTML budget still
 * holds for them. (The longest real article, 4,100 words, is about 11,000 px at 1280 px.)
 */
const READING_TEMPLATES = new Set(['/bai-viet/<bài>/', '/nguon/doc/<tệp>/']);

const site = useBuiltSite('mixedSiteDir');

describe(`page budgets at ${MIXED_ARTICLES} articles`, () => {
	it('keeps every page under 300 KB of HTML', () => {
		const pages = htmlPages(site.dir);
		expect(pages.length).toBeGreaterThan(MIXED_ARTICLES);
		const over = pages.map((p) => [p.url, fs.statSync(path.join(site.dir, p.file)).size] as const).filter(([, size]) => size > MAX_HTML);
		expect(over).toEqual([]);
	});

	it('keeps the largest page of every listing template under 5,000 px of content at 1280 px', async () => {
		const largest = new Map<string, { url: string; size: number }>();
		for (const p of htmlPages(site.dir)) {
			const size = fs.statSync(path.join(site.dir, p.file)).size;
			const t = template(p.url);
			if ((largest.get(t)?.size ?? -1) < size) largest.set(t, { url: p.url, size });
		}
		expect([...largest.keys()]).toEqual(expect.arrayContaining(['/', '/bai-viet/', '/bai-viet/<bài>/', '/khoi/<khối>/', '/khoi/<khối>/chi-tieu/', '/ban-quan-ly/', '/ban-quan-ly/<ban>/', '/khen-thuong/', '/khen-thuong/khoi/<x>/', '/khen-thuong/nam/<x>/', '/khen-thuong/loai/<x>/', '/khen-thuong/khoi/<khối>/nam/<năm>/', '/khen-thuong/<khối>/<năm>/<khen-thưởng>/', '/nam/<năm>/', '/chi-tieu/', '/chi-tieu/<chỉ-tiêu>/']));
		const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
		const heights: Record<string, number> = {};
		for (const [t, { url }] of largest) {
			if (READING_TEMPLATES.has(t)) continue;
			await page.goto(site.url + url);
			heights[`${t} ${url}`] = await page.evaluate(() => Math.round(document.querySelector('main')!.getBoundingClientRect().height));
		}
		await page.close();
		console.log(heights);
		expect(Object.entries(heights).filter(([, h]) => h > MAX_HEIGHT)).toEqual([]);
	}, 600_000);

	it('splits a comparison of many blocs into numbered pages that together hold every bloc of its CSV', () => {
		const root = path.join(site.dir, 'chi-tieu');
		const split = fs.readdirSync(root).filter((id) => fs.existsSync(path.join(root, id, '2', 'index.html')));
		expect(split.length).toBeGreaterThan(0);
		for (const id of split) {
			const rows: string[] = [];
			for (let n = 1; ; n++) {
				const file = path.join(root, id, ...(n === 1 ? [] : [String(n)]), 'index.html');
				if (!fs.existsSync(file)) break;
				const html = fs.readFileSync(file, 'utf8');
				rows.push(...[...html.matchAll(/<th scope="row" class="ind-label"><a [^>]*>([^<]*)<\/a>/g)].map((m) => m[1]!));
				if (n === 1) expect(html).toContain(`href="/chi-tieu/${id}/2/"`);
			}
			const csv = fs.readFileSync(path.join(root, id, 'bang.csv'), 'utf8').trim().split('\n').slice(1);
			expect(rows.length, id).toBe(csv.length);
			expect(new Set(rows).size, id).toBe(rows.length);
		}
	});

	it('splits the board and bloc indexes into numbered pages that list each once, with an A–Z bar leading to every letter', () => {
		const listed = (base: string, item: RegExp, itemCount: number) => {
			const ids: string[] = [];
			let pages = 0;
			for (let n = 1; ; n++) {
				const file = path.join(site.dir, base, ...(n === 1 ? [] : [String(n)]), 'index.html');
				if (!fs.existsSync(file)) break;
				pages = n;
				const html = fs.readFileSync(file, 'utf8');
				const main = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
				ids.push(...[...main.matchAll(item)].map((m) => m[1]!));
				// Each letter of the bar links to a page that holds its heading.
				const bar = /<nav class="az"[\s\S]*?<\/nav>/.exec(main)?.[0] ?? '';
				expect(bar, `${base} page ${n}`).toContain('#chu-');
				for (const [, href] of bar.matchAll(/href="([^"]*#chu-[^"]+)"/g)) {
					const [where, anchor] = href!.split('#');
					const target = where ? fs.readFileSync(path.join(site.dir, where, 'index.html'), 'utf8') : html;
					expect(target, `${base} page ${n}: ${href}`).toContain(`id="${anchor}"`);
				}
			}
			expect(pages, base).toBeGreaterThan(1);
			expect(ids.length, base).toBe(itemCount);
			expect(new Set(ids).size, base).toBe(ids.length);
		};
		const entries = (section: string) => fs.readdirSync(path.join(site.dir, section), { withFileTypes: true }).filter((d) => d.isDirectory() && !/^\d+$/.test(d.name));
		const units = entries('ban-quan-ly');
		listed('ban-quan-ly', /<li><span class="meta">[^<]*:<\/span> <a href="\/ban-quan-ly\/([^/"]+)\/"/g, units.length);
		const blocs = entries('khoi');
		listed('khoi', /<li class="card"><h3 class="h3"><a href="\/khoi\/([^/"]+)\/"/g, blocs.length);
	});

	it('splits a year’s awards across many blocs into pages whose counts name each bloc once', () => {
		const root = path.join(site.dir, 'khen-thuong', 'nam');
		const split = fs.readdirSync(root).filter((y) => fs.existsSync(path.join(root, y, '2', 'index.html')));
		expect(split.length).toBeGreaterThan(0);
		for (const year of split) {
			const blocs: string[] = [];
			for (let n = 1; fs.existsSync(path.join(root, year, ...(n === 1 ? [] : [String(n)]), 'index.html')); n++) {
				const html = fs.readFileSync(path.join(root, year, ...(n === 1 ? [] : [String(n)]), 'index.html'), 'utf8');
				blocs.push(...[...html.matchAll(/<th scope="row"><a href="\/khen-thuong\/khoi\/([^/"]+)\/nam\//g)].map((m) => m[1]!));
			}
			const withAwards = fs.readdirSync(path.join(site.dir, 'khen-thuong', 'khoi')).filter((b) => fs.existsSync(path.join(site.dir, 'khen-thuong', 'khoi', b, 'nam', year, 'index.html')));
			expect(blocs.sort(), year).toEqual(withAwards.sort());
		}
	});

	it('lists each award once: a second report of a conference adds a source, not a row', () => {
		const pages = htmlPages(site.dir).filter((p) => /^\/khen-thuong\/khoi\/[^/]+\/nam\/\d{4}\/$/.test(p.url));
		expect(pages.length).toBeGreaterThan(10);
		let multiSource = 0;
		for (const p of pages) {
			const html = fs.readFileSync(path.join(site.dir, p.file), 'utf8');
			for (const section of html.split('<section').slice(1)) {
				const rows = [...section.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((m) => m[1]!);
				const keys = rows.map((r) => r.replace(/<td><ul class="plain-list source-list">[\s\S]*$/, ''));
				expect(new Set(keys).size, p.url).toBe(keys.length);
				multiSource += rows.filter((r) => (r.match(/class="source-link"/g) ?? []).length > 1).length;
			}
		}
		expect(multiSource).toBeGreaterThan(0);
	});
});
