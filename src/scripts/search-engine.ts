/**
 * Runs one search of the page on Pagefind with đ/d folding: each query word beginning with d/đ
 * is tried in both spellings (those with which some indexed word begins), every combination is
 * searched, and the result lists are merged (src/lib/search/query.ts, docs/search.md).
 */
import { pagefindQueries } from '../lib/search/query.ts';
import { dateOrder, mergeHits, type ScoredHit } from '../lib/search/merge.ts';
import { hasFilters, pagefindFilters, type SearchState } from '../lib/search/params.ts';
import type { Pagefind, PagefindResponse, PagefindResult } from './search-pagefind.ts';

/** One merged result. */
export type SearchHit = ScoredHit<PagefindResult>;

/** The results of a search: in order, with the index where undated results start (date order). */
export interface SearchOutcome {
	hits: SearchHit[];
	/** Position of the first result without a date when sorting by date, else `null`. */
	undatedFrom: number | null;
	/** The queries Pagefind ran. */
	queries: string[];
}

/** A search engine over one loaded Pagefind bundle. */
export interface SearchEngine {
	search: (state: SearchState) => Promise<SearchOutcome>;
}

const toHits = (response: PagefindResponse | null): SearchHit[] => (response?.results ?? []).map((result) => ({ id: result.id, score: result.score, item: result }));

/** Creates the engine over a loaded Pagefind and the index's d/đ words (ascending). */
export function createSearchEngine(pagefind: Pagefind, dWords: readonly string[]): SearchEngine {
	return {
		async search(state) {
			const texts = pagefindQueries(state.q, dWords);
			const filters = pagefindFilters(state);
			if (texts.length === 0 && !hasFilters(state)) return { hits: [], undatedFrom: null, queries: [] };
			// No words but filters: Pagefind lists the filtered pages (`search(null)`).
			const queries: (string | null)[] = texts.length === 0 ? [null] : texts;
			const run = (sort?: Record<string, 'asc' | 'desc'>) => Promise.all(queries.map((q) => pagefind.search(q, { filters, ...(sort ? { sort } : {}) }).then(toHits)));
			if (state.sort === 'relevance') {
				return { hits: mergeHits(await run()), undatedFrom: null, queries: queries.map((q) => q ?? '') };
			}
			const [byRelevance, byDate] = await Promise.all([run(), run({ date: state.sort === 'newest' ? 'desc' : 'asc' })]);
			const { dated, undated } = dateOrder(mergeHits(byDate), mergeHits(byRelevance));
			return { hits: [...dated, ...undated], undatedFrom: undated.length > 0 ? dated.length : null, queries: queries.map((q) => q ?? '') };
		},
	};
}
