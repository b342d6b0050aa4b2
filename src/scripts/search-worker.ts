/**
 * The search page's worker: one bundle of the index (src/lib/search/shards.ts) searched off the
 * page's thread, the page given only what it uses of a result list — page ids and scores — and
 * a result's fragment when it asks for it.
 *
 * Pagefind's script, imported here, runs its engine in this worker (it starts a worker of its own
 * only where there is a `window`). Its own worker posts every result with its word locations to
 * the page, where its script wraps each one: at 10,000 articles "thi dua" has 21,469 results, and
 * that copy cost about 0.3 s of a first search (docs/search.md, "Speed"). Here they stay in the
 * worker, and the word locations are used where they are, to highlight a fragment's excerpt.
 */
import type { Pagefind, PagefindFilters, PagefindFragment, PagefindResult } from './search-pagefind.ts';

/** What the page asks the worker. Every request is answered with a {@link WorkerReply} of the same id, except `release`. */
export type WorkerRequest =
	| { id: number; op: 'load'; url: string; options: Record<string, unknown> }
	| { id: number; op: 'search'; term: string | null; options: { filters?: PagefindFilters; sort?: Record<string, 'asc' | 'desc'> } }
	| { id: number; op: 'preload'; term: string; options: { filters?: PagefindFilters } }
	| { id: number; op: 'data'; search: number; index: number }
	| { id: number; op: 'release'; search: number };

/** The answer to a request: its value, or the error it met. */
export type WorkerReply = { id: number; value: unknown } | { id: number; error: string };

/** A search's results as posted to the page: page ids and scores, best first, and the search they belong to (for their fragments). */
export interface PostedResults {
	search: number;
	ids: string[];
	scores: Float64Array;
	unfilteredResultCount: number;
}

/** The worker's global scope, as far as it is used (the DOM's types describe a window). */
interface WorkerScope {
	onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
	postMessage: (message: WorkerReply, transfer?: Transferable[]) => void;
}

const scope = globalThis as unknown as WorkerScope;
let pagefind: Pagefind | undefined;
/** The results of each search the page still holds, by search number. */
const searches = new Map<number, PagefindResult[]>();
let nextSearch = 0;
/** Whether the page has asked for a search yet. */
let searched = false;

/**
 * Runs Pagefind once on every page (a search without words), while the reader is still reading.
 * V8 first runs Pagefind's WebAssembly and script unoptimised, and optimises what has run long
 * enough; a reader's first search then ran two to five times slower than the same search again.
 * This search fetches nothing, and runs the code every search runs (results scored, sorted and
 * handed from the WebAssembly to the script) over every page. At 10,000 articles it takes
 * about a second of this worker's time; the first search of "giao uoc 2015" takes 0.1 s after it
 * instead of 0.5 s (docs/search.md, "Speed"). Skipped when the reader has already searched.
 */
function warmUp(pagefind: Pagefind): void {
	if (!searched) pagefind.search(null).catch(() => undefined);
}

/** Answers one request. */
async function answer(request: WorkerRequest): Promise<{ value: unknown; transfer?: Transferable[] }> {
	if (request.op === 'load') {
		pagefind = (await import(/* @vite-ignore */ request.url)) as Pagefind;
		await pagefind.options(request.options);
		await pagefind.init();
		setTimeout(warmUp, 0, pagefind);
		return { value: null };
	}
	if (!pagefind) throw new Error('Pagefind is not loaded');
	switch (request.op) {
		case 'search': {
			searched = true;
			const response = await pagefind.search(request.term, request.options);
			if (!response) return { value: null };
			const search = nextSearch++;
			searches.set(search, response.results);
			const scores = Float64Array.from(response.results, (result) => result.score);
			const posted: PostedResults = { search, ids: response.results.map((result) => result.id), scores, unfilteredResultCount: response.unfilteredResultCount };
			return { value: posted, transfer: [scores.buffer] };
		}
		case 'preload':
			await pagefind.preload(request.term, request.options);
			return { value: null };
		case 'data': {
			const result = searches.get(request.search)?.[request.index];
			if (!result) throw new Error(`No result ${request.index} of search ${request.search}`);
			const fragment: PagefindFragment = await result.data();
			return { value: fragment };
		}
		case 'release':
			searches.delete(request.search);
			return { value: null };
	}
}

scope.onmessage = ({ data: request }) => {
	answer(request).then(
		({ value, transfer }) => request.op !== 'release' && scope.postMessage({ id: request.id, value }, transfer),
		(error: unknown) => scope.postMessage({ id: request.id, error: error instanceof Error ? error.message : String(error) }),
	);
};
