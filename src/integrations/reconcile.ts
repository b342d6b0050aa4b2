import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { CONTENT_DIRS } from '../content-paths.ts';
import { indexAfterBuild } from './index-step.ts';
import { ROUTES } from '../lib/site/routes.ts';
import { isShardList, type SearchShard, SHARDS_PATH } from '../lib/search/shards.ts';
import { COLLECTION_EXTENSIONS, listContentFiles } from '../lib/content/files.ts';
import { parseArticle } from '../lib/content/front-matter.ts';

/** What the content folders, the exports, the pages and the search index each say the archive holds. */
export interface Reconciliation {
	counts: {
		articles: number;
		blocs: number;
		units: number;
		/** Pages Pagefind reports in `pagefind/pagefind-entry.json` (HTML pages plus custom records). */
		searchIndex: number;
		/** Built HTML pages marked `data-pagefind-body`. */
		searchablePages: number;
	};
	/** One sentence per disagreement; empty when everything reconciles. */
	problems: string[];
}

type Dirs = Pick<typeof CONTENT_DIRS, 'articles' | 'blocs' | 'units'>;

/** Ids of the entries the content loader publishes: `**∕[^_]*.{md,mdx}` or `.yaml`, drafts left out for articles. */
function contentIds(dir: string, kind: 'articles' | 'yaml'): string[] {
	return listContentFiles(dir, kind === 'articles' ? COLLECTION_EXTENSIONS.articles : ['.yaml'])
		.filter((f) => kind !== 'articles' || !isDraft(fs.readFileSync(f.path, 'utf8')))
		.map((f) => f.id)
		.sort();
}

function isDraft(markdown: string): boolean {
	// A malformed front matter has no data: the build has already refused it.
	return (parseArticle(markdown)?.parsed.data as { draft?: unknown } | null | undefined)?.draft === true;
}

/** Every built HTML file as its URL path (`/a/b/` for `a/b/index.html`). */
function htmlPages(dist: string): Map<string, string> {
	const pages = new Map<string, string>();
	for (const rel of fs.readdirSync(dist, { recursive: true, encoding: 'utf8' })) {
		if (!rel.endsWith('.html')) continue;
		const url = `/${rel.split(path.sep).join('/')}`.replace(/index\.html$/, '');
		pages.set(url, path.join(dist, rel));
	}
	return pages;
}

/** Sub-folders of `dist/<section>/` that hold a page: one per entry (numbered folders are pages of the section's index). */
function sectionEntries(dist: string, section: string): string[] {
	const dir = path.join(dist, section);
	if (!fs.existsSync(dir)) return [];
	return fs
		.readdirSync(dir, { withFileTypes: true })
		.filter((e) => e.isDirectory() && !/^\d+$/.test(e.name) && fs.existsSync(path.join(dir, e.name, 'index.html')))
		.map((e) => e.name)
		.sort();
}

/** A URL under the base path (`/kho/khoi/x/`) as the path of its built page (`/khoi/x/`). */
const sitePath = (url: string, base: string) => (base !== '/' && url.startsWith(base.replace(/\/?$/, '/')) ? url.slice(base.replace(/\/?$/, '').length) : url);

const LABELS = { articles: 'Số bài viết', blocs: 'Số khối', units: 'Số ban quản lý' } as const;
const list = (ids: string[]) => ids.map((id) => `\`${id}\``).join(', ');

/** What one built page tells the reconciliation: is it an article page, is it meant to be searchable? */
export interface PageFacts {
	article: boolean;
	searchable: boolean;
}

/** Reads a built page's facts from its HTML. */
export function pageFacts(html: string): PageFacts {
	return { article: html.includes('<meta property="og:type" content="article">'), searchable: html.includes('data-pagefind-body') && /<[^>]+\sdata-pagefind-body[\s=>]/.test(html) };
}

/**
 * What the build already holds when it reconciles, so that nothing is read twice: the facts of
 * every built HTML page (recorded by the Pagefind integration as it reads each page once) and the
 * URL Pagefind answered for every page it indexed.
 */
export interface PageLedger {
	/** The built site these facts are about. */
	site: string | null;
	/** Every built HTML page, by URL path (`/a/b/` for `a/b/index.html`). */
	pages: Map<string, PageFacts>;
	/** The URL of every page Pagefind indexed, as its `addHTMLFile` answered. */
	indexed: string[];
}

/** An empty ledger; the Pagefind integration fills it (`page`, `indexed`), the reconcile integration reads it. */
export function pageLedger(): PageLedger & { page: (site: string, url: string, html: string) => void; index: (url: string) => void } {
	const ledger: PageLedger = { site: null, pages: new Map(), indexed: [] };
	return Object.assign(ledger, {
		page(site: string, url: string, html: string) {
			if (ledger.site !== site) Object.assign(ledger, { site, pages: new Map(), indexed: [] });
			ledger.pages.set(url, pageFacts(html));
		},
		index(url: string) {
			ledger.indexed.push(url);
		},
	});
}

/**
 * Compares the archive's counts as the content folders, the exports (`du-lieu/*.json`), the built
 * pages and the Pagefind index each give them. Pure reading: the integration below throws on problems.
 * With a `ledger` of the same site, pages and fragments are not read again: their facts and URLs
 * come from the ledger, and only the counts of files are taken from disk.
 */
export function reconcileSite(dist: string, base = '/', dirs: Dirs = CONTENT_DIRS, ledger?: PageLedger): Reconciliation {
	const problems: string[] = [];
	const compare = (what: string, expected: string[], expectedFrom: string, actual: string[], actualFrom: string) => {
		const expectedSet = new Set(expected);
		const actualSet = new Set(actual);
		const missing = expected.filter((id) => !actualSet.has(id));
		const extra = actual.filter((id) => !expectedSet.has(id));
		if (missing.length === 0 && extra.length === 0 && expected.length === actual.length) return;
		problems.push(
			`${what}: ${expectedFrom} có ${expected.length}, ${actualFrom} có ${actual.length}` +
				`${missing.length ? `; thiếu ${list(missing)}` : ''}${extra.length ? `; thừa ${list(extra)}` : ''}` +
				`${missing.length === 0 && extra.length === 0 ? ' (trùng lặp)' : ''}.`,
		);
	};

	const content = {
		articles: contentIds(dirs.articles, 'articles'),
		blocs: contentIds(dirs.blocs, 'yaml'),
		units: contentIds(dirs.units, 'yaml'),
	};
	const pages = htmlPages(dist);

	// Exports: every dataset named after a collection must list exactly its entries.
	for (const kind of ['articles', 'blocs', 'units'] as const) {
		const file = path.join(dist, 'du-lieu', `${kind}.json`);
		if (!fs.existsSync(file)) {
			if (kind === 'articles') problems.push('Thiếu tệp xuất du-lieu/articles.json.');
			continue;
		}
		const rows = JSON.parse(fs.readFileSync(file, 'utf8')) as Array<{ id?: unknown }>;
		compare(LABELS[kind], content[kind], `content/${kind}/`, rows.map((r) => String(r.id)).sort(), `du-lieu/${kind}.json`);
	}

	// Each built page is read once: is it an article page, and is it meant to be searchable? In the
	// build the Pagefind integration has already read every page and says so in the ledger.
	const articlePages: string[] = [];
	const searchable: string[] = [];
	const seen = ledger?.pages ?? new Map([...pages].map(([url, file]) => [url, pageFacts(fs.readFileSync(file, 'utf8'))]));
	for (const [url, facts] of seen) {
		if (facts.article) articlePages.push(url);
		if (facts.searchable) searchable.push(url);
	}

	// Pages: one per entry, and no page without an entry.
	compare(LABELS.articles, content.articles, 'content/articles/', articlePages.map((url) => url.replace(/^\/bai-viet\/|\/$/g, '')).sort(), 'các trang bài (og:type article)');
	compare(LABELS.blocs, content.blocs, 'content/blocs/', sectionEntries(dist, 'khoi'), 'các trang khoi/<mã>/');
	compare(LABELS.units, content.units, 'content/units/', sectionEntries(dist, 'ban-quan-ly'), 'các trang ban-quan-ly/<mã>/');

	// Search index: Pagefind's own counts, its fragments, the shard list and the searchable pages agree.
	const expected = [...content.articles.map(ROUTES.article), ...content.blocs.map(ROUTES.bloc), ...content.units.map(ROUTES.unit)].map((url) => sitePath(url, base));
	const searchIndex = reconcileSearchIndex({ dist, base, ledger, pages, searchable, expected }, problems);

	return {
		counts: { articles: content.articles.length, blocs: content.blocs.length, units: content.units.length, searchIndex, searchablePages: searchable.length },
		problems,
	};
}

/**
 * Checks the search index against the built pages: each shard's count, its fragments and the shard
 * list agree, every searchable page and every page of the archive is indexed, and no entry points
 * to a missing page. Adds what disagrees to `problems`; returns the pages Pagefind reports.
 */
function reconcileSearchIndex(
	{ dist, base, ledger, pages, searchable, expected }: { dist: string; base: string; ledger?: PageLedger; pages: Map<string, string>; searchable: string[]; expected: string[] },
	problems: string[],
): number {
	let searchIndex = 0;
	const bundles = shardBundles(dist, problems);
	if (!bundles) return searchIndex;
	const urls: string[] = [];
	let fragmentFiles = 0;
	// A shard Pagefind never wrote: what its pages lack follows from that alone.
	let unwritten = false;
	for (const shard of bundles) {
		const entryFile = path.join(dist, shard.bundle, 'pagefind-entry.json');
		if (!fs.existsSync(entryFile)) {
			problems.push(`Thiếu chỉ mục tìm kiếm ${shard.bundle}pagefind-entry.json.`);
			unwritten = true;
			continue;
		}
		const entry = JSON.parse(fs.readFileSync(entryFile, 'utf8')) as { languages: Record<string, { page_count: number }> };
		const count = Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0);
		searchIndex += count;
		const fragmentDir = path.join(dist, shard.bundle, 'fragment');
		const fragments = fs.existsSync(fragmentDir) ? fs.readdirSync(fragmentDir).filter((f) => f.endsWith('.pf_fragment')) : [];
		fragmentFiles += fragments.length;
		if (fragments.length !== count) problems.push(`Chỉ mục tìm kiếm: ${shard.bundle}pagefind-entry.json báo ${count} trang nhưng có ${fragments.length} tệp fragment.`);
		if (count !== shard.pages) problems.push(`Chỉ mục tìm kiếm: ${SHARDS_PATH} ghi ${shard.pages} trang cho ${shard.bundle} nhưng Pagefind báo ${count}.`);
		// Alone, each fragment's own URL (in the build, the ledger holds the URLs Pagefind answered).
		if (ledger) continue;
		for (const f of fragments) {
			const text = gunzipSync(fs.readFileSync(path.join(fragmentDir, f))).toString('utf8');
			urls.push((JSON.parse(text.slice(text.indexOf('{'))) as { url: string }).url);
		}
	}
	if (unwritten) return searchIndex;
	// Result URLs carry the base path the site is served under; built files do not.
	const indexedUrls = (ledger?.indexed ?? urls).map((url) => sitePath(url, base));
	if (indexedUrls.length !== fragmentFiles) problems.push(`Chỉ mục tìm kiếm: Pagefind nhận ${indexedUrls.length} trang nhưng viết ${fragmentFiles} tệp fragment.`);
	const indexed = new Set(indexedUrls);
	const notIndexed = searchable.filter((url) => !indexed.has(url));
	if (notIndexed.length) problems.push(`Chỉ mục tìm kiếm thiếu ${notIndexed.length} trang có data-pagefind-body: ${list(notIndexed)}.`);
	const unsearchable = expected.filter((url) => !indexed.has(url));
	if (unsearchable.length) problems.push(`Không tìm được ${unsearchable.length} trang của kho (bài, khối, ban quản lý): ${list(unsearchable)}.`);
	const dangling = [...indexed].filter((url) => !pages.has(url.split('#')[0]!));
	if (dangling.length) problems.push(`Chỉ mục tìm kiếm trỏ tới ${dangling.length} trang không có: ${list(dangling)}.`);
	return searchIndex;
}

/** The search index's shards as the build listed them for the search page, or `null` (with the problem noted) when the list is missing or unreadable. */
function shardBundles(dist: string, problems: string[]): SearchShard[] | null {
	const file = path.join(dist, SHARDS_PATH);
	if (!fs.existsSync(file)) {
		problems.push(`Thiếu danh sách phần chỉ mục tìm kiếm ${SHARDS_PATH}.`);
		return null;
	}
	const shards: unknown = JSON.parse(fs.readFileSync(file, 'utf8'));
	if (isShardList(shards)) return shards;
	problems.push(`Danh sách phần chỉ mục tìm kiếm ${SHARDS_PATH} không đúng dạng.`);
	return null;
}

/** The build's failure when counts do not reconcile: what disagrees, where, and what to do. */
export function reconcileError(site: string, problems: readonly string[]): AstroError {
	return new AstroError(
		`Số liệu của bản dựng trong \`${site}\` không khớp (${problems.length} chỗ), trang chưa được công bố:\n${problems.map((p) => `  ${p}`).join('\n')}`,
		'Các trang, tệp xuất du-lieu/ và chỉ mục tìm kiếm phải được dựng từ cùng nội dung. Chạy lại `npm run build`; nếu vẫn lỗi, gửi danh sách trên cho người bảo trì (xem docs/huong-dan/loi-thuong-gap.md#reconcile).',
	);
}

/**
 * Fails the build when the archive's counts do not reconcile: content folders, exports, built
 * pages and the search index must all hold the same articles, blocs and boards. Register it after
 * the Pagefind integration so the index exists when `astro:build:done` runs; give it the ledger
 * the Pagefind integration fills so that it reads no page twice.
 */
export function reconcileIntegration(options: { ledger?: PageLedger } = {}): AstroIntegration {
	let base = '/';
	return {
		name: 'archive:reconcile',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = config.base;
			},
			'astro:build:done': ({ dir, logger }) => {
				if (indexAfterBuild()) return;
				const site = fileURLToPath(dir);
				reconcileBuilt(site, base, options.ledger && options.ledger.site === site ? options.ledger : undefined, (message) => logger.info(message));
			},
		},
	};
}

/** Reconciles a built site (with the ledger of its indexing, when there is one) and logs the counts; throws the build's error on a mismatch. */
export function reconcileBuilt(site: string, base: string, ledger: PageLedger | undefined, log: (message: string) => void): void {
	const { counts, problems } = reconcileSite(site, base, CONTENT_DIRS, ledger);
	if (problems.length > 0) throw reconcileError(site, problems);
	log(`Reconciled ${counts.articles} articles, ${counts.blocs} blocs, ${counts.units} boards with the exports, the pages and ${counts.searchIndex} search-index entries (${counts.searchablePages} searchable pages).`);
}
