/**
 * A project Pages site is served under `/<repo>/`: every internal link, asset, feed, sitemap
 * entry, canonical URL and search result must carry that base path and resolve to a built file.
 */
import fs from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, readBuilt } from '../helpers/build-site.ts';
import { attr, elementsOf } from '../helpers/html-tree.ts';
import { fileForUrl, filesIn, htmlPages } from '../helpers/site-files.ts';

const BASE = '/kho-luu-tru/';
const ORIGIN = 'https://bql-example.github.io';
let dir = '';

beforeAll(() => {
	const result = buildSite('base-path', undefined, { BASE_PATH: BASE, SITE_URL: ORIGIN });
	if (!result.ok) throw new Error(`The archive does not build under a base path:\n${result.log}`);
	dir = result.outDir;
});

/** The built file a URL under the base path serves, or null. */
const resolve = (url: string) => (url.startsWith(BASE) ? fileForUrl(dir, `/${url.slice(BASE.length)}`) : null);

describe(`a build with BASE_PATH=${BASE}`, () => {
	it('links every page, asset, form and script under the base path, to a file that exists', () => {
		const pages = htmlPages(dir);
		expect(pages.length).toBeGreaterThan(50);
		const broken: string[] = [];
		let checked = 0;
		for (const page of pages) {
			for (const el of elementsOf(readBuilt(dir, page.file))) {
				for (const name of ['href', 'src', 'action']) {
					const value = attr(el, name);
					if (!value || /^(https?:|mailto:|#|data:)/.test(value)) continue;
					checked++;
					const url = value.split('#')[0]!.split('?')[0]!;
					if (!resolve(url)) broken.push(`${page.url}: <${el.tagName} ${name}="${value}">`);
				}
			}
		}
		expect(checked).toBeGreaterThan(1000);
		expect(broken).toEqual([]);
	});

	it('gives canonical URLs, the sitemap and the feed the origin and the base path', () => {
		const article = readBuilt(dir, 'bai-viet/2020-dong-bang-song-hong-tong-ket/index.html');
		expect(article).toContain(`<link rel="canonical" href="${ORIGIN}${BASE}bai-viet/2020-dong-bang-song-hong-tong-ket/">`);
		const sitemap = filesIn(dir).filter((f) => /^sitemap-\d+\.xml$/.test(f)).map((f) => readBuilt(dir, f)).join('');
		const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
		expect(locs.length).toBeGreaterThan(50);
		expect(locs.filter((loc) => !loc.startsWith(`${ORIGIN}${BASE}`))).toEqual([]);
		const feed = readBuilt(dir, 'rss.xml');
		const links = [...feed.matchAll(/<link>([^<]+)<\/link>/g)].map((m) => m[1]!);
		expect(links.length).toBeGreaterThan(1);
		expect(links.filter((link) => !link.startsWith(`${ORIGIN}${BASE}`))).toEqual([]);
	});

	it('points every search result and the search bundle under the base path', () => {
		const fragments = filesIn(path.join(dir, 'pagefind', 'fragment'));
		expect(fragments.length).toBeGreaterThan(10);
		const urls = fragments.map((f) => {
			const text = gunzipSync(fs.readFileSync(path.join(dir, 'pagefind', 'fragment', f))).toString('utf8');
			return (JSON.parse(text.slice(text.indexOf('{'))) as { url: string }).url;
		});
		expect(urls.filter((url) => !resolve(url))).toEqual([]);
		const script = filesIn(dir).filter((f) => f.startsWith('_astro/') && f.endsWith('.js')).map((f) => readBuilt(dir, f)).join('');
		expect(script).toContain(BASE);
	});

	it('serves the fonts of the stylesheets from under the base path', () => {
		const css = filesIn(dir).filter((f) => f.endsWith('.css')).map((f) => readBuilt(dir, f)).join('');
		const urls = [...css.matchAll(/url\(([^)]+)\)/g)].map((m) => m[1]!.replace(/["']/g, ''));
		expect(urls.length).toBeGreaterThan(0);
		expect(urls.filter((url) => !resolve(url))).toEqual([]);
	});
});
