/** Merging the result lists of the several Pagefind searches one query runs (one per d/đ spelling and shard of the index). */

/** One result of one search: Pagefind's page id and score, and whatever the caller keeps with it. */
export interface ScoredHit<T> {
	id: string;
	score: number;
	item: T;
}

/**
 * One hit per page, with its best score and the result of the search that gave it (whose word
 * locations highlight the spelling that matched), best first; equal scores in the order of page
 * ids. Pagefind's own order among equal scores depends on what it has searched before (measured
 * on 2,174 award pages scoring alike for "co thi dua 2022", docs/search.md), and the same query
 * must show the same pages.
 */
export function mergeHits<T>(lists: readonly (readonly ScoredHit<T>[])[]): ScoredHit<T>[] {
	const best = new Map<string, ScoredHit<T>>();
	for (const list of lists) {
		for (const hit of list) {
			const seen = best.get(hit.id);
			if (!seen || hit.score > seen.score) best.set(hit.id, hit);
		}
	}
	return [...best.values()].sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * Date order: the hits of the date-sorted searches (their scores are positions in one global
 * order, so they merge like relevance scores), then the hits that have no date (boards, blocs),
 * which Pagefind drops from sorted searches, in relevance order.
 */
export function dateOrder<T>(sorted: readonly ScoredHit<T>[], byRelevance: readonly ScoredHit<T>[]): { dated: ScoredHit<T>[]; undated: ScoredHit<T>[] } {
	const dated = new Set(sorted.map((h) => h.id));
	return { dated: [...sorted], undated: byRelevance.filter((h) => !dated.has(h.id)) };
}

/**
 * Date order across the index's shards, each holding a span of dates (oldest span first,
 * src/lib/search/shards.ts): each shard's date-sorted lists merged, then the shards one after the
 * other, newest span first when `newest`. `lists[shard][query]`.
 */
export function shardDateOrder<T>(lists: readonly (readonly (readonly ScoredHit<T>[])[])[], newest: boolean): ScoredHit<T>[] {
	const shards = lists.map((byQuery) => mergeHits(byQuery));
	return (newest ? shards.reverse() : shards).flat();
}
