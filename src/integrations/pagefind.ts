import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { bodyText, padBlocks } from '../lib/search/html.ts';
import { D_WORDS_PATH, dVocabulary } from '../lib/search/vocabulary.ts';

/**
 * Indexes the built HTML with Pagefind after every build (as Starlight does) and fails the build
 * when Pagefind reports an error, so a site is never published without its search index. Pages
 * are indexed with their blocks padded (src/lib/search/html.ts), the indexed words that begin
 * with d/đ are published for the search page, which folds đ and d (docs/search.md), and
 * Pagefind's unused prebuilt UIs are left out.
 */
export function pagefindIntegration(): AstroIntegration {
	/** The base path the site is served under (`/` or `/<repo>/`): result URLs carry it. */
	let base = '/';
	return {
		name: 'archive:pagefind',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = config.base.replace(/\/?$/, '/');
			},
			'astro:build:done': async ({ dir, logger }) => {
				const site = fileURLToPath(dir);
				const fail = (step: string, errors: string[]) => {
					throw pagefindError(site, step, errors);
				};
				const pages = searchablePages(site);
				const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi' });
				if (!index || errors.length) fail('createIndex', errors);
				for (const page of pages) {
					const added = await index!.addHTMLFile({ url: base + page.url.slice(1), content: padBlocks(page.html) });
					if (added.errors.length) fail(`addHTMLFile ${page.url}`, added.errors);
				}
				const written = await index!.writeFiles({ outputPath: path.join(site, 'pagefind') });
				if (written.errors.length) fail('writeFiles', written.errors);
				await pagefind.close();
				// The search page uses Pagefind's JS API only: its prebuilt UIs are never loaded.
				for (const file of UNUSED_BUNDLE_FILES) fs.rmSync(path.join(site, 'pagefind', file), { force: true });
				const words = dVocabulary(pages.map((page) => bodyText(page.html)));
				fs.mkdirSync(path.dirname(path.join(site, D_WORDS_PATH)), { recursive: true });
				fs.writeFileSync(path.join(site, D_WORDS_PATH), JSON.stringify(words));
				logger.info(`Pagefind indexed ${pages.length} pages; ${words.length} indexed words begin with d/đ.`);
			},
		},
	};
}

/** The build's failure when Pagefind reports errors: which step, where, and what to do. */
export function pagefindError(site: string, step: string, errors: readonly string[]): AstroError {
	return new AstroError(
		`Pagefind không dựng được chỉ mục tìm kiếm (bước \`${step}\`) trong \`${site}\`: ${errors.join('; ') || 'không rõ lỗi'}. Trang chưa được công bố.`,
		'Kiểm tra trang được nêu (phần có `data-pagefind-body`) rồi chạy lại `npm run build`; nếu vẫn lỗi, gửi thông báo này cho người bảo trì (xem docs/huong-dan/loi-thuong-gap.md#pagefind).',
	);
}

/** Pagefind's prebuilt search UIs and highlighter (about 440 KB), which the site does not use. */
const UNUSED_BUNDLE_FILES = ['pagefind-ui.js', 'pagefind-ui.css', 'pagefind-modular-ui.js', 'pagefind-modular-ui.css', 'pagefind-component-ui.js', 'pagefind-component-ui.css', 'pagefind-highlight.js'];

/** The built pages Pagefind indexes (those with a `data-pagefind-body` element), with their URLs. */
function searchablePages(site: string): Array<{ url: string; html: string }> {
	return fs
		.readdirSync(site, { recursive: true, encoding: 'utf8' })
		.filter((rel) => rel.endsWith('.html') && !rel.startsWith(`pagefind${path.sep}`))
		.map((rel) => ({ url: `/${rel.split(path.sep).join('/')}`.replace(/(^|\/)index\.html$/, '$1'), html: fs.readFileSync(path.join(site, rel), 'utf8') }))
		.filter((page) => /<[^>]+\sdata-pagefind-body[\s=>]/.test(page.html))
		.sort((a, b) => a.url.localeCompare(b.url));
}
