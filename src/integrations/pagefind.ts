import type { AstroIntegration } from 'astro';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { RESULT_TYPES } from '../lib/search/facets.ts';
import { bodyText, indexedText, padBlocks, pageType, titleText, withPairMeta } from '../lib/search/html.ts';
import { PAIR_META, PAIRS_PATH, pairTokens, pairVocabulary } from '../lib/search/pairs.ts';
import { D_WORDS_PATH, dVocabulary } from '../lib/search/vocabulary.ts';

/**
 * Indexes the built HTML with Pagefind after every build (as Starlight does) and fails the build
 * when Pagefind reports an error, so a site is never published without its search index. Pages
 * are indexed with their blocks padded (src/lib/search/html.ts) and their two-syllable words
 * joined in metadata (src/lib/search/pairs.ts); the indexed words that begin with d/đ and the
 * pair vocabulary are published for the search page, which folds đ and d and joins the same
 * pairs (docs/search.md); Pagefind's unused prebuilt UIs are left out.
 */
export function pagefindIntegration(): AstroIntegration {
	return {
		name: 'archive:pagefind',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const site = fileURLToPath(dir);
				const fail = (step: string, errors: string[]) => {
					throw new Error(`Pagefind (${step}): ${errors.join('; ')}. Kiểm tra các trang có data-pagefind-body trong ${site}.`);
				};
				const pages = searchablePages(site);
				const texts = pages.map((page) => ({ title: titleText(page.html), body: indexedText(page.html) }));
				const pairs = pairVocabulary(texts.flatMap((t) => [t.title, t.body]));
				const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi' });
				if (!index || errors.length) fail('createIndex', errors);
				for (const [i, page] of pages.entries()) {
					const title = pairTokens(texts[i]!.title, pairs);
					const entity = ENTITY_TYPES.has(pageType(page.html));
					const fields = [[entity ? PAIR_META.entity : PAIR_META.title, title], [PAIR_META.body, pairTokens(texts[i]!.body, pairs)]] as const;
					const added = await index!.addHTMLFile({ url: page.url, content: withPairMeta(padBlocks(page.html), fields) });
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
				fs.writeFileSync(path.join(site, PAIRS_PATH), JSON.stringify(pairs));
				logger.info(`Pagefind indexed ${pages.length} pages; ${words.length} indexed words begin with d/đ; ${Object.keys(pairs).length} two-syllable words joined.`);
			},
		},
	};
}

/** Pages that are an entity (a board, a bloc): their name's pairs rank them first for that name. */
const ENTITY_TYPES = new Set<string>([RESULT_TYPES.board, RESULT_TYPES.bloc]);

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
