/**
 * Runs one search of the page on Pagefind: the query's two-syllable words joined as the index
 * joins them, d/đ settled by those pairs or by the index's d/đ words; usually one Pagefind
 * search, several (merged) only when a d/đ word outside every pair has both spellings in the
 * index (src/lib/search/query.ts, src/lib/search/pairs.ts, docs/search.md).
 */
import { isPhrase, pairPrefix, searchPlan } from '../lib/search/query.ts';
import { dateOrder, mergeHits, mergeShardHits, shardDateOrder, type ScoredHit } from '../lib/search/merge.ts';
import { hasFilters, pagefindFilters, type SearchState } from '../lib/search/params.ts';
import { missingTerms, missingWords, queryUnits, titleOrder } from '../lib/search/rank.ts';
import { suggestionVocabulary, suggestQuery, type SuggestionVocabulary } from '../lib/search/suggest.ts';
import type { PagefindResponse, PagefindResult, SearchBundle } from './search-pagefind.ts';

/** One merged result. */
export type SearchHit = ScoredHit<PagefindResult>;

/** The results of a search: in order, with the index where undated results start (date order). */
export interface SearchOutcome {
	hits: SearchHit[];
	/** Position of the first result without a date when sorting by date, else `null`. */
	undatedFrom: number | null;
	/** The queries Pagefind ran. */
	queries: string[];
	/** The query's words, and the pairs it joined (for highlighting and the all-words check). */
	words: string[];
	pairs: Array<[string, string]>;
	/** Words of the query that no page holds (Pagefind searched without them, or found nothing), lower case; empty when every word matched. */
	missing: string[];
}

/** How many of the first results are ordered by their titles (the first page the search page shows). */
export const TITLE_RANKED = 10;

/** A search engine over the loaded shards of the index (src/lib/search/shards.ts). */
export interface SearchEngine {
	/**
	 * Runs a search. `current` says whether its result is still wanted: once the reader has typed
	 * on, the search stops before loading fragments or trying looser queries, and resolves to null.
	 */
	search: (state: SearchState, current?: () => boolean) => Promise<SearchOutcome | null>;
	/**
	 * Starts loading the index chunks a query will need, while it is being typed: its finished
	 * words (the query ends with white space), or the pair its last two words begin.
	 */
	preload: (query: string) => void;
	/** Pages in the index (0 when unknown). */
	pages: number;
	/** The query with its missing words replaced by the nearest words of the archive's vocabulary, or null. */
	suggest: (query: string, missing: readonly string[]) => string | null;
}

/** Results whose fragment is loaded once, however often it is asked for. */
const toHits = (response: PagefindResponse | null): SearchHit[] =>
	(response?.results ?? []).map((result) => {
		let loaded: ReturnType<PagefindResult['data']> | undefined;
		return { id: result.id, score: result.score, item: { ...result, data: () => (loaded ??= result.data()) } };
	});

/** Orders the first results by how much of the query their titles hold (src/lib/search/rank.ts), and finds the words no result holds. */
async function titleRanked(outcome: SearchOutcome): Promise<SearchOutcome> {
	const first = outcome.hits.slice(0, TITLE_RANKED);
	if (first.length === 0 || outcome.words.length === 0) return outcome;
	const fragments = await Promise.all(first.map((hit) => hit.item.data()));
	const missing = missingWords(fragments[0]!, outcome.words);
	// No page holds any of the words: what Pagefind found instead (pages with a word the typed one begins with) is no answer.
	if (missing.length === outcome.words.length) return { ...outcome, hits: [], missing };
	const order = titleOrder(fragments, queryUnits(outcome.words, outcome.pairs));
	return { ...outcome, hits: [...order.map((i) => first[i]!), ...outcome.hits.slice(first.length)], missing };
}

/** Creates the engine over the index's loaded shards (oldest dates first), its d/đ words (ascending), its pair vocabulary and its number of pages. */
export function createSearchEngine(shards: readonly SearchBundle[], dWords: readonly string[], vocabulary: Readonly<Record<string, string>> = {}, pages = 0): SearchEngine {
	let suggestions: SuggestionVocabulary | undefined;
	/**
	 * A shard's results for a query text, or none when the shard lacks one of its terms: Pagefind
	 * then answers with the pages that hold the others (src/lib/search/rank.ts `missingTerms`). The
	 * vocabularies say which terms the whole index holds; one bundle needs no check.
	 */
	const heldByShard = async (text: string | null, hits: SearchHit[]): Promise<SearchHit[]> =>
		shards.length === 1 || text === null || hits.length === 0 || missingTerms(await hits[0]!.item.data(), text).length === 0 ? hits : [];
	const preloaded = new Set<string>();
	return {
		pages,
		suggest: (query, missing) => (missing.length === 0 ? null : suggestQuery(query, missing, (suggestions ??= suggestionVocabulary(vocabulary)))),
		preload(query) {
			const texts = /\S\s$/u.test(query) ? searchPlan(query, dWords, vocabulary).texts.slice(0, 1) : [pairPrefix(query, vocabulary)].filter((p) => p !== null);
			for (const text of texts) {
				if (preloaded.has(text)) continue;
				preloaded.add(text);
				for (const shard of shards) void shard.preload(text).catch(() => undefined);
			}
		},
		async search(state, current = () => true) {
			const plan = searchPlan(state.q, dWords, vocabulary);
			const filters = pagefindFilters(state);
			const base = { words: plan.words, pairs: plan.pairs, missing: [] };
			if (plan.texts.length === 0 && !hasFilters(state)) return { hits: [], undatedFrom: null, queries: [], ...base };
			const attempt = async (texts: string[]): Promise<SearchOutcome> => {
				// No words but filters: Pagefind lists the filtered pages (`search(null)`).
				const queries: (string | null)[] = texts.length === 0 ? [null] : texts;
				// Every query on every shard at once: the shards' workers score side by side. Lists by shard, then by query.
				const run = async (sort?: Record<string, 'asc' | 'desc'>) => {
					const lists = await Promise.all(shards.map((shard) => Promise.all(queries.map((q) => shard.search(q, { filters, ...(sort ? { sort } : {}) }).then(toHits)))));
					if (shards.length === 1) return lists;
					// The first results' fragments load while each shard's best result is checked: that is usually one of them.
					if (!sort) for (const hit of mergeShardHits(lists).slice(0, TITLE_RANKED)) void hit.item.data().catch(() => undefined);
					return Promise.all(lists.map((byQuery) => Promise.all(byQuery.map((hits, i) => heldByShard(queries[i]!, hits)))));
				};
				if (state.sort === 'relevance') return { hits: mergeShardHits(await run()), undatedFrom: null, queries: queries.map((q) => q ?? ''), ...base };
				const newest = state.sort === 'newest';
				const [byRelevance, byDate] = await Promise.all([run(), run({ date: newest ? 'desc' : 'asc' })]);
				const { dated, undated } = dateOrder(shardDateOrder(byDate, newest), mergeShardHits(byRelevance));
				return { hits: [...dated, ...undated], undatedFrom: undated.length > 0 ? dated.length : null, queries: queries.map((q) => q ?? ''), ...base };
			};
			let outcome = await attempt(plan.texts);
			if (!current()) return null;
			// Two typed words that form a known word elsewhere but stand apart here: search them as syllables.
			if (outcome.hits.length === 0 && plan.loose.length > 0) outcome = { ...(await attempt(plan.loose)), pairs: [] };
			// Nothing at all: without filters, no page holds the one word (suggestions are made for it).
			if (outcome.hits.length === 0 && plan.words.length === 1 && !hasFilters(state)) return { ...outcome, missing: plan.words };
			// Nothing holds every word: find the words no page holds, and search the others, saying so.
			if (outcome.hits.length === 0 && plan.words.length > 1 && !isPhrase(state.q)) {
				const missing: string[] = [];
				for (const word of plan.words) {
					if (!current()) return null;
					const alone = mergeHits(await Promise.all(searchPlan(word, dWords, vocabulary).texts.flatMap((q) => shards.map((shard) => shard.search(q).then((response) => heldByShard(q, toHits(response)))))));
					if (alone.length === 0 || missingWords(await alone[0]!.item.data(), [word]).length > 0) missing.push(word);
				}
				const kept = plan.words.filter((w) => !missing.includes(w));
				if (kept.length === 0) return { ...outcome, missing };
				if (missing.length > 0) {
					const looser = searchPlan(kept.join(' '), dWords, vocabulary);
					outcome = { ...(await attempt(looser.texts)), words: kept, pairs: looser.pairs };
					const ranked = state.sort === 'relevance' ? await titleRanked(outcome) : outcome;
					return { ...ranked, words: plan.words, missing };
				}
			}
			return state.sort === 'relevance' ? titleRanked(outcome) : outcome;
		},
	};
}
