/**
 * The search index in shards. Pagefind's indexer holds every page it is given until it writes the
 * index (about 126 KB a page: 4.5 GB at 10,000 articles). So a large archive is indexed as a few
 * Pagefind bundles, one after the other, each holding a span of dates: the indexer holds one
 * shard at a time. The search page runs one engine (one worker) per shard, side by side, and
 * merges their results (docs/search.md, "Shards").
 *
 * Shards hold contiguous spans of dates, oldest first, so a search sorted by date is each shard's
 * sorted results, shard after shard; pages without a date (boards, blocs), which sorted searches
 * leave out, are shared out among the shards.
 */

/** Where the build lists the shards for the search page (written beside the d/đ words and pairs). */
export const SHARDS_PATH = 'tim-kiem/chi-muc.json';

/**
 * Pages a shard holds at most, unless `ARCHIVE_SEARCH_SHARD_PAGES` says otherwise: Pagefind's
 * indexer then stays near 2.5 GB. Below it the index is one bundle: a second one costs the reader
 * another engine to download and start, and makes a first search no faster (docs/search.md, "Shards").
 */
export const MAX_SHARD_PAGES = 20_000;

/** The environment variable that sets the pages a shard holds at most (a machine with less memory, or a test). */
export const SHARD_PAGES_ENV = 'ARCHIVE_SEARCH_SHARD_PAGES';

/** One shard as the search page reads it: its bundle folder (from the site's root), its pages and its span of dates. */
export interface SearchShard {
	/** `pagefind/` for the first shard, `pagefind/<n>/` for the others. */
	bundle: string;
	pages: number;
	/** The earliest and latest date of its pages (ISO), `null` when it holds no dated page. */
	from: string | null;
	to: string | null;
}

/** How many shards an index of `pages` pages is split into, each holding at most `maxPages`. */
export function shardCount(pages: number, maxPages = MAX_SHARD_PAGES): number {
	return Math.max(1, Math.ceil(pages / maxPages));
}

/** The pages a shard holds at most: `ARCHIVE_SEARCH_SHARD_PAGES` when it is a whole number above 0, else `MAX_SHARD_PAGES`. */
export function maxShardPages(env: Record<string, string | undefined>): number {
	const value = Number(env[SHARD_PAGES_ENV]);
	return Number.isInteger(value) && value > 0 ? value : MAX_SHARD_PAGES;
}

/** The bundle folder of shard `n` (from 0), from the site's root. */
export function shardBundle(n: number): string {
	return n === 0 ? 'pagefind/' : `pagefind/${n}/`;
}

/**
 * Splits pages into `count` shards of near-equal size: the dated pages as contiguous spans of
 * dates (ties in the given order), the pages without a date (boards, blocs) dealt out in turn, so
 * that every shard holds the same mix of pages and Pagefind's scores compare across shards.
 */
export function splitShards<T>(pages: readonly T[], dateOf: (page: T) => string | null, count: number): T[][] {
	const dated = pages.map((page, i) => ({ page, date: dateOf(page), i })).filter((e): e is { page: T; date: string; i: number } => e.date !== null);
	dated.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.i - b.i));
	const shards = Array.from({ length: count }, (_, n) => dated.slice(Math.round((n * dated.length) / count), Math.round(((n + 1) * dated.length) / count)).map((e) => e.page));
	pages.filter((page) => dateOf(page) === null).forEach((page, i) => shards[i % count]!.push(page));
	return shards;
}

/** Whether a value is the shard list the build writes (the search page checks what it fetched). */
export function isShardList(value: unknown): value is SearchShard[] {
	const date = (v: unknown) => v === null || typeof v === 'string';
	return (
		Array.isArray(value) &&
		value.length > 0 &&
		value.every((s: Partial<SearchShard> | null) => !!s && typeof s.bundle === 'string' && /^pagefind\/(\d+\/)?$/.test(s.bundle) && typeof s.pages === 'number' && date(s.from) && date(s.to))
	);
}
