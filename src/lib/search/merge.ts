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
	return mergeSorted(lists.map((list) => [...list].sort(byScoreThenId)), true);
}

/**
 * The hits of the index's shards, `lists[shard][query]`, merged as {@link mergeHits} merges them:
 * each shard's lists merged, then the shards, whose pages differ, without looking for repeats.
 */
export function mergeShardHits<T>(lists: readonly (readonly (readonly ScoredHit<T>[])[])[]): ScoredHit<T>[] {
	return mergeSorted(lists.map((byQuery) => mergeHits(byQuery)), false);
}

/**
 * Lists sorted by {@link byScoreThenId} merged in that order; where the lists may share `repeats`,
 * each page once (its first hit in this order has its best score; on a tie the earlier list's is
 * kept; one list holds a page once). Linear: one map and one sort of every hit had taken 50 ms of
 * the page's thread for the 21,469 results of "thi dua" at 10,000 articles (docs/search.md, "Speed").
 */
function mergeSorted<T>(sorted: ScoredHit<T>[][], repeats: boolean): ScoredHit<T>[] {
	const lists = sorted.filter((list) => list.length > 0);
	if (lists.length <= 1) return lists[0] ?? [];
	const seen = repeats ? new Set<string>() : null;
	const merged: ScoredHit<T>[] = [];
	const at = lists.map(() => 0);
	for (;;) {
		let from = -1;
		for (let i = 0; i < lists.length; i++) {
			const head = lists[i]![at[i]!];
			if (head && (from < 0 || byScoreThenId(head, lists[from]![at[from]!]!) < 0)) from = i;
		}
		if (from < 0) return merged;
		const hit = lists[from]![at[from]!++]!;
		if (seen?.has(hit.id)) continue;
		seen?.add(hit.id);
		merged.push(hit);
	}
}

/** Best score first, equal scores by page id. */
function byScoreThenId(a: ScoredHit<unknown>, b: ScoredHit<unknown>): number {
	return b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
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
