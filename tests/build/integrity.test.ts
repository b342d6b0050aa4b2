/**
 * Integrity of the whole built site: no broken internal link or anchor, every page valid HTML,
 * every content entry published with its page, in its listings, in the exports and in the search
 * index, and the build's own reconciliation (src/integrations/reconcile.ts) failing when counts drift.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { pageLedger, reconcileIntegration, reconcileSite } from '../../src/integrations/reconcile.ts';
import { CONTENT_DIRS } from '../../src/content-paths.ts';
import { validateHtml } from '../helpers/html-validity.ts';
import { attr, elementsOf, type Element } from '../helpers/html-tree.ts';
import { SITE_CONTENT } from '../helpers/build-site.ts';
import { fileForUrl, filesIn, htmlPages } from '../helpers/site-files.ts';


let dir: string;
let origin: string;
const read = (rel: string) => fs.readFileSync(path.join(dir, rel), 'utf8');

/** Content ids as the loader publishes them: `[^_]*.ext` (articles `.md` or `.mdx`), no drafts in the fixture. */
const contentIds = (kind: 'articles' | 'blocs' | 'units') =>
	fs
		.readdirSync(path.resolve(SITE_CONTENT, kind))
		.filter((f) => !f.startsWith('_') && /\.(mdx?|yaml)$/.test(f))
		.map((f) => f.replace(/\.(mdx?|yaml)$/, ''))
		.sort();

interface ArticleRow {
	id: string;
	url: string;
	title: string;
	bloc: string;
	year: number;
}


/** Every URL an element points to, with the attribute that holds it. */
function references(el: Element): Array<{ attribute: string; value: string }> {
	const refs: Array<{ attribute: string; value: string }> = [];
	for (const name of ['href', 'src', 'action', 'poster', 'data', 'cite', 'xlink:href']) {
		const value = attr(el, name);
		if (value !== undefined) refs.push({ attribute: name, value });
	}
	for (const name of ['srcset', 'imagesrcset']) {
		for (const candidate of (attr(el, name) ?? '').split(',').map((s) => s.trim().split(/\s+/)[0]!).filter(Boolean)) refs.push({ attribute: name, value: candidate });
	}
	if (el.tagName === 'meta' && /^(og:url|og:image|twitter:image)$/.test(attr(el, 'property') ?? attr(el, 'name') ?? '')) refs.push({ attribute: 'content', value: attr(el, 'content')! });
	return refs;
}

const idsCache = new Map<string, Set<string>>();
function idsOf(file: string): Set<string> {
	if (!idsCache.has(file)) {
		const ids = new Set<string>();
		for (const el of elementsOf(fs.readFileSync(file, 'utf8'))) {
			const id = attr(el, 'id');
			if (id) ids.add(id);
			if (el.tagName === 'a' && attr(el, 'name')) ids.add(attr(el, 'name')!);
		}
		idsCache.set(file, ids);
	}
	return idsCache.get(file)!;
}

/**
 * Checks one reference from `base` (a page URL). Returns a problem or null. Internal means a
 * relative URL, a root path, or an absolute URL on the site's own origin.
 */
function checkReference(value: string, base: string): string | null {
	if (/^\s*(javascript|vbscript|data):/i.test(value)) return `unsafe URL \`${value}\``;
	const url = new URL(value, `${origin}${base}`);
	if (url.origin !== origin) return /^(https?|mailto|tel):$/.test(url.protocol) ? null : `unexpected scheme \`${value}\``;
	const file = fileForUrl(dir, url.pathname);
	if (!file) return `\`${value}\` → ${url.pathname} is not in the build`;
	if (url.hash && url.hash !== '#' && file.endsWith('.html')) {
		const id = decodeURIComponent(url.hash.slice(1));
		if (!idsOf(file).has(id)) return `\`${value}\` → no id \`${id}\` on ${url.pathname}`;
	}
	if (url.hash === '#') return `\`${value}\` is an empty fragment`;
	return null;
}

beforeAll(() => {
	dir = inject('siteDir');
	const canonical = elementsOf(read('index.html')).find((e) => e.tagName === 'link' && attr(e, 'rel') === 'canonical');
	origin = new URL(attr(canonical!, 'href')!).origin;
});

describe('links and anchors', () => {
	it('every href, src and action on every page resolves to a built file, and every #fragment to an id there', () => {
		const broken: string[] = [];
		let checked = 0;
		for (const page of htmlPages(dir)) {
			for (const el of elementsOf(read(page.file))) {
				for (const ref of references(el)) {
					checked++;
					const problem = checkReference(ref.value, page.url);
					if (problem) broken.push(`${page.url} <${el.tagName} ${ref.attribute}>: ${problem}`);
				}
			}
		}
		expect(broken).toEqual([]);
		expect(checked).toBeGreaterThan(1000);
	});

	it('the stylesheets’ url()s, the sitemap, the feed and the exports point at built files', () => {
		const broken: string[] = [];
		const targets: Array<{ from: string; value: string; base: string }> = [];
		for (const css of filesIn(dir).filter((f) => f.endsWith('.css') && !f.startsWith('pagefind/'))) {
			for (const m of read(css).matchAll(/url\(\s*['"]?([^'")]+)['"]?\s*\)/g)) targets.push({ from: css, value: m[1]!, base: `/${css}` });
		}
		for (const xml of filesIn(dir).filter((f) => /^sitemap.*\.xml$/.test(f) || f === 'rss.xml')) {
			for (const m of read(xml).matchAll(/<(?:loc|link)>([^<]+)<\/(?:loc|link)>/g)) targets.push({ from: xml, value: m[1]!, base: '/' });
		}
		for (const json of filesIn(dir).filter((f) => /^du-lieu\/.*\.json$/.test(f))) {
			for (const row of JSON.parse(read(json)) as Array<{ url?: unknown }>) if (typeof row.url === 'string') targets.push({ from: json, value: row.url, base: '/' });
		}
		for (const t of targets) {
			if (t.value.startsWith('data:')) continue; // a font or image embedded in CSS needs no file
			const problem = checkReference(t.value, t.base);
			if (problem) broken.push(`${t.from}: ${problem}`);
		}
		expect(broken).toEqual([]);
		expect(targets.length).toBeGreaterThan(50);
	});

	it('fails on a missing page, a missing anchor and a javascript: URL (the checker itself works)', () => {
		expect(checkReference('/khoi/khong-co/', '/')).toBe('`/khoi/khong-co/` → /khoi/khong-co/ is not in the build');
		expect(checkReference('#khong-co', '/khoi/')).toBe('`#khong-co` → no id `khong-co` on /khoi/');
		expect(checkReference('javascript:alert(1)', '/')).toBe('unsafe URL `javascript:alert(1)`');
		expect(checkReference(`${origin}/khoi/`, '/')).toBeNull();
		expect(checkReference('../', '/khoi/dong-bang-song-hong/')).toBeNull();
	});
});

describe('HTML validity', () => {
	it('every built page is valid HTML (parse5 errors, nesting, content models, ids, attributes)', () => {
		const invalid: Record<string, string[]> = {};
		const pages = htmlPages(dir);
		for (const page of pages) {
			const problems = validateHtml(read(page.file));
			if (problems.length) invalid[page.url] = problems;
		}
		expect(invalid).toEqual({});
		expect(pages.length).toBeGreaterThan(40);
	});

	it('catches what it claims to catch', () => {
		const page = (body: string) => `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>t</title></head><body>${body}</body></html>`;
		expect(validateHtml(page('<p>ok <a href="/">x</a></p>'))).toEqual([]);
		expect(validateHtml(page('<p><div>x</div></p><span><ul><li>x</li></ul></span><i id="a"></i><b id="a"></b><img src="/x.png"><label for="z">z</label><a href="/"><button>b</button></a><ul><p>x</p></ul><table><tr><td colspan="0">1</td></tr></table><b a=1 a=2></b>'))).toEqual([
			'1:315 parse error: duplicate-attribute',
			'1:89 <p> is not closed where it was opened (mis-nested, or an optional end tag left out)',
			'?:? <p> is implied by the parser: an end tag without its start tag, or an element outside its allowed place',
			'1:114 <ul> is not allowed inside <span> (phrasing content only)',
			'1:140 <i> has a duplicate id `a`',
			'1:154 <b> has a duplicate id `a`',
			'1:168 <img> has no alt attribute',
			'1:186 <label> for="z" refers to a missing id `z`',
			'1:222 <button> is interactive content inside <a>',
			'1:248 <p> is not allowed as a child of <ul>',
			'1:272 <td> colspan="0" is not a positive integer',
		]);
		expect(validateHtml('<html><head><title></title></head><body></body></html>')).toEqual([
			'1:1 parse error: missing-doctype',
			'1:1 <html> needs a lang attribute',
			'1:1 needs exactly one non-empty <title> (found 1)',
			'1:1 <meta charset="utf-8"> must be the first element of <head>',
		]);
	});
});

describe('every content entry is published', () => {
	let articles: ArticleRow[];
	beforeAll(() => {
		articles = JSON.parse(read('du-lieu/articles.json')) as ArticleRow[];
	});

	it('the articles export lists exactly the content files, in JSON and CSV', () => {
		expect(articles.map((a) => a.id).sort()).toEqual(contentIds('articles'));
		const csv = read('du-lieu/articles.csv').split('\n').slice(1).filter(Boolean);
		expect(csv.map((line) => line.split(',')[0]).sort()).toEqual(contentIds('articles'));
	});

	it('each article has its page, and appears on the article list, its bloc page, its year page, the sitemap and the feed', () => {
		const listing = filesIn(dir).filter((f) => /^bai-viet\/(\d+\/)?index\.html$/.test(f)).map(read).join('\n');
		const sitemap = filesIn(dir).filter((f) => /^sitemap-\d+\.xml$/.test(f)).map(read).join('\n');
		const rss = read('rss.xml');
		const missing: string[] = [];
		for (const a of articles) {
			const href = `href="${a.url}"`;
			if (!fs.existsSync(path.join(dir, a.url, 'index.html'))) missing.push(`${a.id}: no page`);
			if (listing.split(href).length - 1 !== 1) missing.push(`${a.id}: listed ${listing.split(href).length - 1} times on /bai-viet/`);
			if (!read(`khoi/${a.bloc}/index.html`).includes(href)) missing.push(`${a.id}: not on /khoi/${a.bloc}/`);
			if (!read(`nam/${a.year}/index.html`).includes(href)) missing.push(`${a.id}: not on /nam/${a.year}/`);
			if (!sitemap.includes(`<loc>${origin}${a.url}</loc>`)) missing.push(`${a.id}: not in the sitemap`);
			if (!rss.includes(`<link>${origin}${a.url}</link>`)) missing.push(`${a.id}: not in rss.xml`);
		}
		expect(missing).toEqual([]);
		expect(articles).toHaveLength(contentIds('articles').length);
	});

	it('each bloc and each board has its page and appears on its index page', () => {
		const missing: string[] = [];
		expect([contentIds('blocs').length, contentIds('units').length]).toEqual([3, 23]);
		for (const [kind, section] of [['blocs', 'khoi'], ['units', 'ban-quan-ly']] as const) {
			const index = read(`${section}/index.html`);
			for (const id of contentIds(kind)) {
				if (!fs.existsSync(path.join(dir, section, id, 'index.html'))) missing.push(`${kind}/${id}: no page`);
				if (!index.includes(`href="/${section}/${id}/"`)) missing.push(`${kind}/${id}: not on /${section}/`);
			}
		}
		expect(missing).toEqual([]);
	});

	it('each article, bloc and board is in the Pagefind index, articles under their own title', () => {
		const fragments = new Map<string, { title?: string }>();
		for (const f of fs.readdirSync(path.join(dir, 'pagefind/fragment'))) {
			const text = gunzipSync(fs.readFileSync(path.join(dir, 'pagefind/fragment', f))).toString('utf8');
			const fragment = JSON.parse(text.slice(text.indexOf('{'))) as { url: string; meta: { title?: string } };
			fragments.set(fragment.url, fragment.meta);
		}
		const missing: string[] = [];
		expect(articles).toHaveLength(5);
		expect(fragments.size).toBeGreaterThanOrEqual(5 + 3 + 23);
		for (const a of articles) {
			if (!fragments.has(a.url)) missing.push(`${a.url}: not indexed`);
			else if (fragments.get(a.url)!.title !== a.title) missing.push(`${a.url}: indexed as “${fragments.get(a.url)!.title}”`);
		}
		for (const id of contentIds('blocs')) if (!fragments.has(`/khoi/${id}/`)) missing.push(`/khoi/${id}/: not indexed`);
		for (const id of contentIds('units')) if (!fragments.has(`/ban-quan-ly/${id}/`)) missing.push(`/ban-quan-ly/${id}/: not indexed`);
		expect(missing).toEqual([]);
	});
});

describe('the build reconciles its counts (src/integrations/reconcile.ts)', () => {
	const copies: string[] = [];
	/** A throwaway copy of the built site to break. */
	const copy = () => {
		const to = fs.mkdtempSync(path.join(os.tmpdir(), 'reconcile-'));
		fs.cpSync(dir, to, { recursive: true });
		copies.push(to);
		return to;
	};
	afterAll(() => copies.forEach((c) => fs.rmSync(c, { recursive: true, force: true })));

	it('finds the real build consistent', () => {
		const { counts, problems } = reconcileSite(dir);
		expect(problems).toEqual([]);
		expect(counts).toMatchObject({ articles: contentIds('articles').length, blocs: contentIds('blocs').length, units: contentIds('units').length });
		expect(counts.searchIndex).toBeGreaterThanOrEqual(counts.articles + counts.blocs + counts.units);
	});

	it('names what is missing when a page, an export row or a search entry is lost, or a page has no entry', () => {
		const site = copy();
		const [first, second] = contentIds('articles');
		fs.rmSync(path.join(site, 'bai-viet', first!), { recursive: true });
		const rows = (JSON.parse(fs.readFileSync(path.join(site, 'du-lieu/articles.json'), 'utf8')) as ArticleRow[]).filter((r) => r.id !== second);
		fs.writeFileSync(path.join(site, 'du-lieu/articles.json'), JSON.stringify(rows));
		fs.mkdirSync(path.join(site, 'khoi/khoi-ma'));
		fs.writeFileSync(path.join(site, 'khoi/khoi-ma/index.html'), '<!DOCTYPE html><title>x</title>');
		const vinhPhuc = fs.readdirSync(path.join(site, 'pagefind/fragment')).find((f) => gunzipSync(fs.readFileSync(path.join(site, 'pagefind/fragment', f))).toString().includes('"url":"/ban-quan-ly/vinh-phuc/"'));
		fs.rmSync(path.join(site, 'pagefind/fragment', vinhPhuc!));
		const n = { articles: contentIds('articles').length, blocs: contentIds('blocs').length };
		const { problems } = reconcileSite(site);
		const entries = reconcileSite(dir).counts.searchIndex;
		expect(problems).toEqual([
			`Số bài viết: content/articles/ có ${n.articles}, du-lieu/articles.json có ${n.articles - 1}; thiếu \`${second}\`.`,
			`Số bài viết: content/articles/ có ${n.articles}, các trang bài (og:type article) có ${n.articles - 1}; thiếu \`${first}\`.`,
			`Số khối: content/blocs/ có ${n.blocs}, các trang khoi/<mã>/ có ${n.blocs + 1}; thừa \`khoi-ma\`.`,
			`Chỉ mục tìm kiếm: pagefind/pagefind-entry.json báo ${entries} trang nhưng có ${entries - 1} tệp fragment.`,
			'Chỉ mục tìm kiếm thiếu 1 trang có data-pagefind-body: `/ban-quan-ly/vinh-phuc/`.',
			'Không tìm được 1 trang của kho (bài, khối, ban quản lý): `/ban-quan-ly/vinh-phuc/`.',
			`Chỉ mục tìm kiếm trỏ tới 1 trang không có: \`/bai-viet/${first}/\`.`,
		]);
	});

	it('names a shard list that is missing, malformed, or disagrees with Pagefind', () => {
		const site = copy();
		const list = path.join(site, 'tim-kiem/chi-muc.json');
		const shards = JSON.parse(fs.readFileSync(list, 'utf8')) as Array<{ bundle: string; pages: number }>;
		expect(shards.map((s) => s.bundle)).toEqual(['pagefind/']);
		const entries = reconcileSite(dir).counts.searchIndex;
		fs.writeFileSync(list, JSON.stringify([{ ...shards[0], pages: entries + 1 }]));
		expect(reconcileSite(site).problems).toEqual([`Chỉ mục tìm kiếm: tim-kiem/chi-muc.json ghi ${entries + 1} trang cho pagefind/ nhưng Pagefind báo ${entries}.`]);
		fs.writeFileSync(list, JSON.stringify([{ bundle: '/etc/', pages: 1 }]));
		expect(reconcileSite(site).problems).toEqual(['Danh sách phần chỉ mục tìm kiếm tim-kiem/chi-muc.json không đúng dạng.']);
		fs.rmSync(list);
		expect(reconcileSite(site).problems).toEqual(['Thiếu danh sách phần chỉ mục tìm kiếm tim-kiem/chi-muc.json.']);
	});

	/** A ledger as the Pagefind integration fills it in the build: every page's facts, every indexed URL. */
	const ledgerOf = (site: string) => {
		const ledger = pageLedger();
		for (const rel of fs.readdirSync(site, { recursive: true, encoding: 'utf8' }).filter((r) => r.endsWith('.html')).sort()) {
			ledger.page(site, `/${rel.split(path.sep).join('/')}`.replace(/index\.html$/, ''), fs.readFileSync(path.join(site, rel), 'utf8'));
		}
		for (const f of fs.readdirSync(path.join(site, 'pagefind/fragment')).sort()) {
			const text = gunzipSync(fs.readFileSync(path.join(site, 'pagefind/fragment', f))).toString();
			ledger.index((JSON.parse(text.slice(text.indexOf('{'))) as { url: string }).url);
		}
		return ledger;
	};

	it('reconciles from the ledger the build holds exactly as from the files, and names what the ledger lacks', () => {
		expect(reconcileSite(dir, '/', CONTENT_DIRS, ledgerOf(dir))).toEqual(reconcileSite(dir));
		const ledger = ledgerOf(dir);
		const lost = ledger.indexed.find((url) => url === '/ban-quan-ly/vinh-phuc/')!;
		ledger.indexed.splice(ledger.indexed.indexOf(lost), 1);
		ledger.pages.set('/bai-viet/khong-co/', { article: true, searchable: false });
		const [entries, articles] = [reconcileSite(dir).counts.searchIndex, contentIds('articles').length];
		expect(reconcileSite(dir, '/', CONTENT_DIRS, ledger).problems).toEqual([
			`Số bài viết: content/articles/ có ${articles}, các trang bài (og:type article) có ${articles + 1}; thừa \`khong-co\`.`,
			`Chỉ mục tìm kiếm: Pagefind nhận ${entries - 1} trang nhưng viết ${entries} tệp fragment.`,
			'Chỉ mục tìm kiếm thiếu 1 trang có data-pagefind-body: `/ban-quan-ly/vinh-phuc/`.',
			'Không tìm được 1 trang của kho (bài, khối, ban quản lý): `/ban-quan-ly/vinh-phuc/`.',
		]);
	});

	it('fails the build from astro:build:done, and runs after the Pagefind integration', async () => {
		const site = copy();
		fs.rmSync(path.join(site, 'pagefind'), { recursive: true });
		const hook = reconcileIntegration().hooks['astro:build:done']!;
		const logger = { info: () => {}, warn: () => {}, error: () => {}, debug: () => {}, fork: () => logger, label: 'test', options: {} };
		const error = await (async () => hook({ dir: pathToFileURL(`${site}/`), logger } as unknown as Parameters<typeof hook>[0]))().then(
			() => null,
			(e: unknown) => e as { message: string; hint?: string },
		);
		expect([error?.message, error?.hint]).toEqual([
			`Số liệu của bản dựng trong \`${site}/\` không khớp (1 chỗ), trang chưa được công bố:\n  Thiếu chỉ mục tìm kiếm pagefind/pagefind-entry.json.`,
			'Các trang, tệp xuất du-lieu/ và chỉ mục tìm kiếm phải được dựng từ cùng nội dung. Chạy lại `npm run build`; nếu vẫn lỗi, gửi danh sách trên cho người bảo trì (xem docs/huong-dan/loi-thuong-gap.md#reconcile).',
		]);
		const config = (await import('../../astro.config.mjs')).default as { integrations: Array<{ name: string }> };
		const names = config.integrations.map((i) => i.name);
		expect(names.indexOf('archive:reconcile')).toBeGreaterThan(names.indexOf('archive:pagefind'));
		expect(names.indexOf('archive:pagefind')).toBeGreaterThan(-1);
	});
});
