import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { RESULT_TYPES } from '../lib/search/facets.ts';
import { bodyText, indexedText, padBlocks, pageDate, pageType, titleText, withPairMeta } from '../lib/search/html.ts';
import { maxShardPages, type SearchShard, SHARDS_PATH, shardBundle, shardCount, splitShards } from '../lib/search/shards.ts';
import { PAIR_META, PAIRS_PATH, pairTokens, pairVocabulary } from '../lib/search/pairs.ts';
import { D_WORDS_PATH, dVocabulary } from '../lib/search/vocabulary.ts';
import { indexAfterBuild } from './index-step.ts';

/**
 * Indexes the built HTML with Pagefind after every build (as Starlight does) and fails the build
 * when Pagefind reports an error, so a site is never published without its search index. Pages
 * are indexed with their blocks padded (src/lib/search/html.ts) and their two-syllable words
 * joined in metadata (src/lib/search/pairs.ts), in shards of dates when the archive is large
 * (src/lib/search/shards.ts); the indexed words that begin with d/đ, the pair vocabulary and the
 * list of shards are published for the search page, which folds đ and d, joins the same pairs and
 * searches every shard (docs/search.md); Pagefind's unused prebuilt UIs are left out.
 */
export function pagefindIntegration(options: { ledger?: PageLedgerWriter } = {}): AstroIntegration {
	/** The base path the site is served under (`/` or `/<repo>/`): result URLs carry it. */
	let base = '/';
	return {
		name: 'archive:pagefind',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = config.base;
			},
			'astro:build:done': async ({ dir, logger }) => {
				if (indexAfterBuild()) return logger.info('The search index is built after Astro exits (`npm run build`).');
				await indexSite(fileURLToPath(dir), { base, ledger: options.ledger, log: (message) => logger.info(message) });
			},
		},
	};
}

/** The ledger the reconciliation reads: each page's facts as it is read, each URL Pagefind indexed. */
export interface PageLedgerWriter {
	page: (site: string, url: string, html: string) => void;
	index: (url: string) => void;
}

/** Indexes a built site served under `base` with Pagefind and writes the d/đ words, pair vocabulary and shard list beside it; throws the build's error on failure. */
export async function indexSite(site: string, { base, ledger, log }: { base: string; ledger?: PageLedgerWriter; log: (message: string) => void }): Promise<void> {
	const urlBase = base.replace(/\/?$/, '/');
	const fail = (step: string, errors: string[]): never => {
		throw pagefindError(site, step, errors);
	};
	// First pass, one page in memory at a time: the ledger's facts, and the text of every
	// searchable page (its pairs of syllables make the vocabulary the second pass joins).
	const searchable: SearchablePage[] = [];
	for (const page of htmlPages(site)) {
		const html = fs.readFileSync(page.file, 'utf8');
		ledger?.page(site, page.url, html);
		if (!/<[^>]+\sdata-pagefind-body[\s=>]/.test(html)) continue;
		searchable.push({ file: page.file, url: page.url, title: titleText(html), body: indexedText(html), date: pageDate(html) });
	}
	const pairs = pairVocabulary(searchable.flatMap((t) => [t.title, t.body]));
	// Second pass, a shard at a time (src/lib/search/shards.ts): Pagefind's indexer holds one
	// shard's pages, writes them, and exits before the next starts.
	const words = new Set<string>();
	const shards: SearchShard[] = [];
	for (const [n, pages] of splitShards(searchable, (page) => page.date, shardCount(searchable.length, maxShardPages(process.env))).entries()) {
		const bundle = shardBundle(n);
		await indexShard(pages, { site, bundle, urlBase, pairs, words, ledger, fail });
		const dates = pages.map((page) => page.date).filter((date) => date !== null);
		shards.push({ bundle, pages: pages.length, from: dates[0] ?? null, to: dates.at(-1) ?? null });
	}
	const dWords = [...words].sort();
	fs.mkdirSync(path.dirname(path.join(site, D_WORDS_PATH)), { recursive: true });
	fs.writeFileSync(path.join(site, D_WORDS_PATH), JSON.stringify(dWords));
	fs.writeFileSync(path.join(site, PAIRS_PATH), JSON.stringify(pairs));
	fs.writeFileSync(path.join(site, SHARDS_PATH), JSON.stringify(shards));
	log(`Pagefind indexed ${searchable.length} pages in ${shards.length} ${shards.length === 1 ? 'bundle' : 'shards'}; ${dWords.length} indexed words begin with d/đ; ${Object.keys(pairs).length} two-syllable words joined.`);
}

/** A page to index, as the first pass read it. */
interface SearchablePage {
	file: string;
	url: string;
	title: string;
	body: string;
	date: string | null;
}

/**
 * Indexes one shard's pages into its bundle: each page read again, indexed with its joined pairs,
 * its d/đ words added to `words`, then dropped. A few pages are in flight at once: Pagefind indexes
 * in its own process, which would otherwise wait for each page to be prepared here (with the pairs
 * cache: 17.1 → 9.8 s at 1,000 articles, `node scripts/search-index.ts DIST --no-reconcile`).
 */
async function indexShard(
	pages: readonly SearchablePage[],
	{ site, bundle, urlBase, pairs, words, ledger, fail }: { site: string; bundle: string; urlBase: string; pairs: Record<string, string>; words: Set<string>; ledger?: PageLedgerWriter; fail: (step: string, errors: string[]) => never },
): Promise<void> {
	const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi' });
	if (!index || errors.length) fail('createIndex', errors);
	const addPage = async (page: SearchablePage) => {
		const html = fs.readFileSync(page.file, 'utf8');
		const entity = ENTITY_TYPES.has(pageType(html));
		const fields = [[entity ? PAIR_META.entity : PAIR_META.title, pairTokens(page.title, pairs)], [PAIR_META.body, pairTokens(page.body, pairs)]] as const;
		const adding = index!.addHTMLFile({ url: urlBase + page.url.slice(1), content: withPairMeta(padBlocks(html), fields) });
		for (const word of dVocabulary([dTokens(bodyText(html))])) words.add(word);
		const added = await adding;
		if (added.errors.length) fail(`addHTMLFile ${page.url}`, added.errors);
		ledger?.index(added.file.url);
	};
	let next = 0;
	const worker = async () => {
		while (next < pages.length) await addPage(pages[next++]!);
	};
	await Promise.all(Array.from({ length: PAGES_IN_FLIGHT }, worker));
	const outputPath = path.join(site, bundle);
	const written = await index!.writeFiles({ outputPath });
	if (written.errors.length) fail('writeFiles', written.errors);
	// Closing ends Pagefind's process, and the memory of this shard with it.
	await pagefind.close();
	// The search page uses Pagefind's JS API only: its prebuilt UIs are never loaded.
	for (const file of UNUSED_BUNDLE_FILES) fs.rmSync(path.join(outputPath, file), { force: true });
}

/** Pages handed to Pagefind before the first is answered. */
const PAGES_IN_FLIGHT = 8;

/** The build's failure when Pagefind reports errors: which step, where, and what to do. */
export function pagefindError(site: string, step: string, errors: readonly string[]): AstroError {
	return new AstroError(
		`Pagefind không dựng được chỉ mục tìm kiếm (bước \`${step}\`) trong \`${site}\`: ${errors.join('; ') || 'không rõ lỗi'}. Trang chưa được công bố.`,
		'Kiểm tra trang được nêu (phần có `data-pagefind-body`) rồi chạy lại `npm run build`; nếu vẫn lỗi, gửi thông báo này cho người bảo trì (xem docs/huong-dan/loi-thuong-gap.md#pagefind).',
	);
}

/**
 * The white-space tokens of a text that can hold a word beginning with d/đ: those with a d or đ
 * once decomposed (`ḍ` is `d` + a mark). The others cannot give a d/đ word, so the vocabulary
 * pass skips them (it folds every character of every token it is given).
 */
export function dTokens(text: string): string {
	return text
		.split(/\s+/u)
		.filter((token) => /[dDđĐ]/.test(token) || /[dD]/.test(token.normalize('NFD')))
		.join(' ');
}

/** Pages that are an entity (a board, a bloc): their name's pairs rank them first for that name. */
const ENTITY_TYPES = new Set<string>([RESULT_TYPES.board, RESULT_TYPES.bloc]);

/** Pagefind's prebuilt search UIs and highlighter (about 440 KB), which the site does not use. */
const UNUSED_BUNDLE_FILES = ['pagefind-ui.js', 'pagefind-ui.css', 'pagefind-modular-ui.js', 'pagefind-modular-ui.css', 'pagefind-component-ui.js', 'pagefind-component-ui.css', 'pagefind-highlight.js'];

/** Every built HTML page outside pagefind/, with its URL, in URL order (the index is reproducible). */
function htmlPages(site: string): Array<{ url: string; file: string }> {
	return fs
		.readdirSync(site, { recursive: true, encoding: 'utf8' })
		.filter((rel) => rel.endsWith('.html') && !rel.startsWith(`pagefind${path.sep}`))
		.map((rel) => ({ url: `/${rel.split(path.sep).join('/')}`.replace(/(^|\/)index\.html$/, '$1'), file: path.join(site, rel) }))
		.sort((a, b) => a.url.localeCompare(b.url));
}
