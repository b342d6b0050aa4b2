/**
 * Lookups over the derived archive, built once per archive object (so once per build) and
 * shared by every page: articles, awards and chairs by bloc, year and board. Pages and list
 * helpers select from these instead of filtering whole lists per page, which grew as
 * pages × articles. Every list keeps the order of the archive list it comes from.
 */
import type { Archive, Article, AwardRow, Bloc, ChairRow } from './types.ts';

export interface ArchiveIndex {
	/** Articles of a bloc, in `articleList` order (newest first). */
	articlesByBloc: ReadonlyMap<string, readonly Article[]>;
	/** Articles reviewing a year, in `articleList` order. */
	articlesByYear: ReadonlyMap<number, readonly Article[]>;
	/** Articles mentioning a board (front matter or body), in `articleList` order. */
	mentionsByUnit: ReadonlyMap<string, readonly Article[]>;
	/** Articles whose conference a board hosted, in `articleList` order. */
	hostedByUnit: ReadonlyMap<string, readonly Article[]>;
	/** Award rows in `awards` order, by bloc, year, board, and bloc and year (`blocYearKey`). */
	awardsByBloc: ReadonlyMap<string, readonly AwardRow[]>;
	awardsByYear: ReadonlyMap<number, readonly AwardRow[]>;
	awardsByUnit: ReadonlyMap<string, readonly AwardRow[]>;
	awardsByBlocYear: ReadonlyMap<string, readonly AwardRow[]>;
	/** Chair rows in `chairs` order, by board and by year. */
	chairsByUnit: ReadonlyMap<string, readonly ChairRow[]>;
	chairsByYear: ReadonlyMap<number, readonly ChairRow[]>;
	/** The first chair row for a bloc, year and role (`roleKey`). */
	chairAt: ReadonlyMap<string, ChairRow>;
	/** Blocs that list a board as a member, in `blocs` order. */
	blocsByUnit: ReadonlyMap<string, readonly Bloc[]>;
}

/** Key of `awardsByBlocYear`. */
export const blocYearKey = (bloc: string, year: number) => `${bloc}\u0000${year}`;
/** Key of `chairAt`. */
export const roleKey = (bloc: string, year: number, role: ChairRow['role']) => `${bloc}\u0000${year}\u0000${role}`;

const EMPTY: readonly never[] = Object.freeze([]);
const cache = new WeakMap<Archive, ArchiveIndex>();

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
	const list = map.get(key);
	if (list) list.push(value);
	else map.set(key, [value]);
}

/** A list from an index, or an empty list. */
export function listOf<K, V>(map: ReadonlyMap<K, readonly V[]>, key: K): readonly V[] {
	return map.get(key) ?? EMPTY;
}

/** The archive's lookups, computed on first use and cached for that archive object. */
export function archiveIndex(archive: Archive): ArchiveIndex {
	const cached = cache.get(archive);
	if (cached) return cached;
	const articlesByBloc = new Map<string, Article[]>();
	const articlesByYear = new Map<number, Article[]>();
	const mentionsByUnit = new Map<string, Article[]>();
	const hostedByUnit = new Map<string, Article[]>();
	for (const a of archive.articleList) {
		push(articlesByBloc, a.bloc, a);
		push(articlesByYear, a.year, a);
		for (const u of new Set(a.mentions)) push(mentionsByUnit, u, a);
		for (const u of new Set(a.host)) push(hostedByUnit, u, a);
	}
	const awardsByBloc = new Map<string, AwardRow[]>();
	const awardsByYear = new Map<number, AwardRow[]>();
	const awardsByUnit = new Map<string, AwardRow[]>();
	const awardsByBlocYear = new Map<string, AwardRow[]>();
	for (const w of archive.awards) {
		push(awardsByBloc, w.bloc, w);
		push(awardsByYear, w.year, w);
		if (w.unit !== null) push(awardsByUnit, w.unit, w);
		push(awardsByBlocYear, blocYearKey(w.bloc, w.year), w);
	}
	const chairsByUnit = new Map<string, ChairRow[]>();
	const chairsByYear = new Map<number, ChairRow[]>();
	const chairAt = new Map<string, ChairRow>();
	for (const c of archive.chairs) {
		push(chairsByUnit, c.unit, c);
		push(chairsByYear, c.year, c);
		const key = roleKey(c.bloc, c.year, c.role);
		if (!chairAt.has(key)) chairAt.set(key, c);
	}
	const blocsByUnit = new Map<string, Bloc[]>();
	for (const bloc of archive.blocs.values()) for (const u of new Set(bloc.members.map((m) => m.unit))) push(blocsByUnit, u, bloc);
	const index: ArchiveIndex = { articlesByBloc, articlesByYear, mentionsByUnit, hostedByUnit, awardsByBloc, awardsByYear, awardsByUnit, awardsByBlocYear, chairsByUnit, chairsByYear, chairAt, blocsByUnit };
	cache.set(archive, index);
	return index;
}
