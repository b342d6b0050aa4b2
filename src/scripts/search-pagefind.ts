/**
 * Loads Pagefind's own JS API from the built site (`/pagefind/pagefind.js`, and each further
 * shard's `/pagefind/<n>/pagefind.js`, same origin) into a worker of the page's own
 * (src/scripts/search-worker.ts) and configures it. Only the parts of the API the search page
 * uses are typed here.
 */

import { withBase } from '../lib/site/routes.ts';
import { EXCERPT_WORDS } from '../lib/search/excerpt.ts';
import { SEARCH_META } from '../lib/search/facets.ts';
import type { FragmentLike } from '../lib/search/hit.ts';
import { PAIR_META, PAIRS_PATH } from '../lib/search/pairs.ts';
import { isShardList, type SearchShard, SHARDS_PATH, shardBundle } from '../lib/search/shards.ts';
import { D_WORDS_PATH } from '../lib/search/vocabulary.ts';
import type { PostedResults, WorkerReply, WorkerRequest } from './search-worker.ts';

/** `Omit` over each member of a union. */
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** A fragment: the data of one result, loaded on demand. */
export type PagefindFragment = FragmentLike;

/** One result before its fragment is loaded. */
export interface PagefindResult {
	id: string;
	score: number;
	data: () => Promise<PagefindFragment>;
}

/** What `pagefind.search` resolves to. */
export interface PagefindResponse {
	results: PagefindResult[];
	unfilteredResultCount: number;
}

/** Filters as Pagefind takes them: key → value, or key → values (all must match). */
export type PagefindFilters = Record<string, string | string[]>;

/** The Pagefind module. */
export interface Pagefind {
	options: (options: Record<string, unknown>) => Promise<void>;
	init: () => Promise<void>;
	search: (term: string | null, options?: { filters?: PagefindFilters; sort?: Record<string, 'asc' | 'desc'> }) => Promise<PagefindResponse | null>;
	preload: (term: string, options?: { filters?: PagefindFilters }) => Promise<void>;
}

/** One loaded bundle of the index, as the search engine uses it. */
export type SearchBundle = Pick<Pagefind, 'search' | 'preload'>;

/**
 * Ranking tuned on the archive's query sets (docs/search.md): page length counts for less than by
 * default (long articles are the main content); besides titles, an award's recipient and an
 * article's conference ("Hội nghị tổng kết năm 2019 · Khối …") count five times the body; the
 * joined two-syllable words of a page's title and recipient count most, so that a board's name
 * ranks the board and its awards first, and those of its text count like its title.
 */
export const PAGEFIND_OPTIONS = {
	excerptLength: EXCERPT_WORDS,
	ranking: {
		termSimilarity: 3,
		pageLength: 0.5,
		metaWeights: { title: 5, [SEARCH_META.recipient]: 5, [SEARCH_META.event]: 5, [PAIR_META.entity]: 20, [PAIR_META.title]: 10, [PAIR_META.body]: 3 },
	},
} as const;

/** Fetches the pair vocabulary (joined key → indexed spelling; written by the build). */
export async function loadPairs(): Promise<Record<string, string>> {
	const response = await fetch(withBase(`/${PAIRS_PATH}`));
	if (!response.ok) throw new Error(`${PAIRS_PATH}: ${response.status}`);
	const pairs: unknown = await response.json();
	if (!pairs || typeof pairs !== 'object' || Array.isArray(pairs) || Object.values(pairs).some((v) => typeof v !== 'string')) throw new Error(`${PAIRS_PATH}: not a vocabulary`);
	return pairs as Record<string, string>;
}

/** Fetches the index's words that begin with d/đ (written by the build; ascending). */
export async function loadDWords(): Promise<string[]> {
	const response = await fetch(withBase(`/${D_WORDS_PATH}`));
	if (!response.ok) throw new Error(`${D_WORDS_PATH}: ${response.status}`);
	const words: unknown = await response.json();
	if (!Array.isArray(words) || words.some((w) => typeof w !== 'string')) throw new Error(`${D_WORDS_PATH}: not a list of words`);
	return words as string[];
}

/** The search index's shards (src/lib/search/shards.ts) as the build listed them; one bundle at `pagefind/` when the list cannot be read. */
async function loadShardList(): Promise<SearchShard[]> {
	try {
		const response = await fetch(withBase(`/${SHARDS_PATH}`));
		const shards: unknown = await response.json();
		if (isShardList(shards)) return shards;
	} catch {
		// A missing list only loses the other shards' results; the first bundle is always there.
	}
	return [{ bundle: shardBundle(0), pages: 0, from: null, to: null }];
}

/** Imports, configures and initialises one bundle's Pagefind on this thread (it starts its own worker, which posts every result here). */
async function loadBundleHere(url: string): Promise<Pagefind> {
	const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
	await pagefind.options({ ...PAGEFIND_OPTIONS });
	await pagefind.init();
	return pagefind;
}

/**
 * One bundle's Pagefind in a worker of the page's own (src/scripts/search-worker.ts), which posts
 * a search's page ids and scores, and a result's fragment when asked. A result list the page no
 * longer holds is released in the worker (a FinalizationRegistry: nothing else says when).
 */
async function loadBundleInWorker(url: string): Promise<SearchBundle> {
	const worker = new Worker(new URL('./search-worker.ts', import.meta.url), { type: 'module' });
	const pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
	let nextId = 0;
	const fail = (error: Error) => {
		for (const { reject } of pending.values()) reject(error);
		pending.clear();
	};
	worker.onmessage = ({ data: reply }: MessageEvent<WorkerReply>) => {
		const waiting = pending.get(reply.id);
		pending.delete(reply.id);
		if ('error' in reply) waiting?.reject(new Error(reply.error));
		else waiting?.resolve(reply.value);
	};
	worker.onerror = (event) => fail(new Error(`search worker: ${event.message || 'failed to start'}`));
	const call = <T>(request: DistributiveOmit<WorkerRequest, 'id'>) =>
		new Promise<T>((resolve, reject) => {
			const id = nextId++;
			pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
			worker.postMessage({ ...request, id });
		});
	const released = new FinalizationRegistry<number>((search) => worker.postMessage({ id: -1, op: 'release', search } satisfies WorkerRequest));
	// Results' URLs start with the site's base, as on the page's thread (Pagefind takes it from the page's origin there).
	await call({ op: 'load', url, options: { ...PAGEFIND_OPTIONS, baseUrl: withBase('/') } }).catch((error: unknown) => {
		worker.terminate();
		throw error;
	});
	return {
		preload: (term, options = {}) => call({ op: 'preload', term, options }),
		async search(term, options = {}) {
			const posted = await call<PostedResults | null>({ op: 'search', term, options });
			if (!posted) return null;
			// Every result's fragment loader holds the list's handle: the list is released once none is held.
			const handle = { search: posted.search };
			const results = posted.ids.map((id, index) => ({ id, score: posted.scores[index]!, data: () => call<PagefindFragment>({ op: 'data', search: handle.search, index }) }));
			released.register(handle, posted.search);
			return { results, unfilteredResultCount: posted.unfilteredResultCount };
		},
	};
}

/** Loads one bundle of the index: in the page's own worker, or where that cannot start, as Pagefind loads itself. */
async function loadBundle(bundle: string): Promise<SearchBundle> {
	const url = withBase(`/${bundle}pagefind.js`);
	try {
		return await loadBundleInWorker(url);
	} catch (error) {
		console.warn('Tìm kiếm: không chạy được worker riêng, dùng worker của Pagefind.', error);
		return loadBundleHere(url);
	}
}

/**
 * Loads every shard of the search index, oldest dates first, and the number of pages they hold
 * (0 when unknown). The first bundle starts loading at once, beside the fetch of the shard list.
 */
export async function loadShards(): Promise<{ shards: SearchBundle[]; pages: number }> {
	const first = loadBundle(shardBundle(0));
	const list = await loadShardList();
	const shards = await Promise.all(list.map((shard, n) => (n === 0 ? first : loadBundle(shard.bundle))));
	return { shards, pages: list.reduce((sum, shard) => sum + shard.pages, 0) };
}
