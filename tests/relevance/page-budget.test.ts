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

const MAX_HTML = 300 * 1024;
const MAX_HEIGHT = 5000;
/**
 * Pages whose length is a source's own text (an article, the readable original): they are not
 * listings and grow with what the reporter wrote, not with the archive; the HTML budget still
 * holds for them. (The longest real article, 4,100 words, is about 11,000 px at 1280 px.)
 */
const READING_TEMPLATES = new Set(['/bai-viet/<bài>/', '/nguon/doc/<tệp>/']);

/** The route template a URL belongs to (a page of each is measured). */
export function template(url: string): string {
	return url
		.replace(/^\/khen-thuong\/[^/]+\/\d{4}\/[^/]+\/$/, '/khen-thuong/<khối>/<năm>/<khen-thưởng>/')
		.replace(/^\/khen-thuong\/khoi\/[^/]+\/nam\/\d{4}\/$/, '/khen-thuong/khoi/<khối>/nam/<năm>/')
		.replace(/^\/khen-thuong\/nam\/\d{4}\/loai\/[^/]+\/$/, '/khen-thuong/nam/<năm>/loai/<hình-thức>/')
		.replace(/^\/khen-thuong\/(khoi|loai|nam)\/[^/]+\/$/, '/khen-thuong/$1/<x>/')
		.replace(/^\/nam\/\d{4}\/(\d+\/)?$/, '/nam/<năm>/')
		.replace(/^\/bai-viet\/\d+\/$/, '/bai-viet/')
		.replace(/^\/bai-viet\/[^/]+\/$/, '/bai-viet/<bài>/')
		.replace(/^\/khoi\/[^/]+\/(chi-tieu\/|luan-phien\/)?$/, '/khoi/<khối>/$1')
		.replace(/^\/ban-quan-ly\/[^/]+\/$/, '/ban-quan-ly/<ban>/')
		.replace(/^\/chi-tieu\/[^/]+\/$/, '/chi-tieu/<chỉ-tiêu>/')
		.replace(/^\/nguon\/doc\/[^/]+\/$/, '/nguon/doc/<tệp>/');
}

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
