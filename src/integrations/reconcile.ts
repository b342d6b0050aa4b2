import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { CONTENT_DIRS } from '../content-paths.ts';
import { ROUTES } from '../lib/site/routes.ts';
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

/** Sub-folders of `dist/<section>/` that hold a page: one per entry. */
function sectionEntries(dist: string, section: string): string[] {
	const dir = path.join(dist, section);
	if (!fs.existsSync(dir)) return [];
	return fs
		.readdirSync(dir, { withFileTypes: true })
		.filter((e) => e.isDirectory() && fs.existsSync(path.join(dir, e.name, 'index.html')))
		.map((e) => e.name)
		.sort();
}

/** A URL under the base path (`/kho/khoi/x/`) as the path of its built page (`/khoi/x/`). */
const sitePath = (url: string, base: string) => (base !== '/' && url.startsWith(base.replace(/\/?$/, '/')) ? url.slice(base.replace(/\/?$/, '').length) : url);

const LABELS = { articles: 'Số bài viết', blocs: 'Số khối', units: 'Số ban quản lý' } as const;
const list = (ids: string[]) => ids.map((id) => `\`${id}\``).join(', ');

/**
 * Compares the archive's counts as the content folders, the exports (`du-lieu/*.json`), the built
 * pages and the Pagefind index each give them. Pure reading: the integration below throws on problems.
 */
export function reconcileSite(dist: string, base = '/', dirs: Dirs = CONTENT_DIRS): Reconciliation {
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

	// Each built page is read once: is it an article page, and is it meant to be searchable?
	const articlePages: string[] = [];
	const searchable: string[] = [];
	for (const [url, file] of pages) {
		const html = fs.readFileSync(file, 'utf8');
		if (html.includes('<meta property="og:type" content="article">')) articlePages.push(url);
		if (/<[^>]+\sdata-pagefind-body[\s=>]/.test(html)) searchable.push(url);
	}

	// Pages: one per entry, and no page without an entry.
	compare(LABELS.articles, content.articles, 'content/articles/', articlePages.map((url) => url.replace(/^\/bai-viet\/|\/$/g, '')).sort(), 'các trang bài (og:type article)');
	compare(LABELS.blocs, content.blocs, 'content/blocs/', sectionEntries(dist, 'khoi'), 'các trang khoi/<mã>/');
	compare(LABELS.units, content.units, 'content/units/', sectionEntries(dist, 'ban-quan-ly'), 'các trang ban-quan-ly/<mã>/');

	// Search index: Pagefind's own count, its fragments, and the searchable pages agree.
	let searchIndex = 0;
	const entryFile = path.join(dist, 'pagefind', 'pagefind-entry.json');
	if (!fs.existsSync(entryFile)) {
		problems.push('Thiếu chỉ mục tìm kiếm pagefind/pagefind-entry.json.');
	} else {
		const entry = JSON.parse(fs.readFileSync(entryFile, 'utf8')) as { languages: Record<string, { page_count: number }> };
		searchIndex = Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0);
		const fragmentDir = path.join(dist, 'pagefind', 'fragment');
		const fragments = fs.existsSync(fragmentDir) ? fs.readdirSync(fragmentDir).filter((f) => f.endsWith('.pf_fragment')) : [];
		const urls = fragments.map((f) => {
			const text = gunzipSync(fs.readFileSync(path.join(fragmentDir, f))).toString('utf8');
			// Result URLs carry the base path the site is served under; built files do not.
			return sitePath((JSON.parse(text.slice(text.indexOf('{'))) as { url: string }).url, base);
		});
		if (urls.length !== searchIndex) problems.push(`Chỉ mục tìm kiếm: pagefind-entry.json báo ${searchIndex} trang nhưng có ${urls.length} tệp fragment.`);
		const indexed = new Set(urls);
		const notIndexed = searchable.filter((url) => !indexed.has(url));
		if (notIndexed.length) problems.push(`Chỉ mục tìm kiếm thiếu ${notIndexed.length} trang có data-pagefind-body: ${list(notIndexed)}.`);
		const expected = [...content.articles.map(ROUTES.article), ...content.blocs.map(ROUTES.bloc), ...content.units.map(ROUTES.unit)].map((url) => sitePath(url, base));
		const unsearchable = expected.filter((url) => !indexed.has(url));
		if (unsearchable.length) problems.push(`Không tìm được ${unsearchable.length} trang của kho (bài, khối, ban quản lý): ${list(unsearchable)}.`);
		const dangling = [...indexed].filter((url) => !pages.has(url.split('#')[0]!));
		if (dangling.length) problems.push(`Chỉ mục tìm kiếm trỏ tới ${dangling.length} trang không có: ${list(dangling)}.`);
	}

	return {
		counts: { articles: content.articles.length, blocs: content.blocs.length, units: content.units.length, searchIndex, searchablePages: searchable.length },
		problems,
	};
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
 * the Pagefind integration so the index exists when `astro:build:done` runs.
 */
export function reconcileIntegration(): AstroIntegration {
	let base = '/';
	return {
		name: 'archive:reconcile',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = config.base;
			},
			'astro:build:done': ({ dir, logger }) => {
				const { counts, problems } = reconcileSite(fileURLToPath(dir), base);
				if (problems.length > 0) throw reconcileError(fileURLToPath(dir), problems);
				logger.info(`Reconciled ${counts.articles} articles, ${counts.blocs} blocs, ${counts.units} boards with the exports, the pages and ${counts.searchIndex} search-index entries (${counts.searchablePages} searchable pages).`);
			},
		},
	};
}
