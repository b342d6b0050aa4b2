/** Page-number links for a paginated listing: first, last, and a window around the current page. */
import { formatVnNumber } from '../text/vn-number.ts';

/** One item of a page-number bar: a page, or a gap (`…`). */
export type PageLink = { kind: 'page'; n: number; url: string; current: boolean } | { kind: 'gap' };

/**
 * Links for pages 1..`last` around `current`: always the first and last, `window` pages each side
 * of the current one, and a gap where pages are left out (a gap of one page shows the page).
 */
export function pageLinks(current: number, last: number, urlOf: (n: number) => string, window = 2): PageLink[] {
	const shown = new Set<number>([1, last]);
	for (let n = current - window; n <= current + window; n++) if (n >= 1 && n <= last) shown.add(n);
	const pages = [...shown].sort((a, b) => a - b);
	const out: PageLink[] = [];
	let prev = 0;
	for (const n of pages) {
		if (n - prev === 2) out.push({ kind: 'page', n: n - 1, url: urlOf(n - 1), current: n - 1 === current });
		else if (n - prev > 2) out.push({ kind: 'gap' });
		out.push({ kind: 'page', n, url: urlOf(n), current: n === current });
		prev = n;
	}
	return out;
}

/** URL of page `n` of a listing whose first page is `base` (`/bai-viet/` → `/bai-viet/2/`). */
export function pageUrl(base: string, n: number): string {
	return n === 1 ? base : `${base}${n}/`;
}

/** A group of a listing (a letter, a bloc) on one page: whole, or the part of a longer group. */
export interface PageGroup<T> {
	id: string;
	label: string;
	items: T[];
	/** The group began on an earlier page. */
	continued: boolean;
}

/** A grouped listing split into pages, every group with its size, and the page each group starts on (for an A–Z bar). */
export interface GroupedPages<T> {
	pages: PageGroup<T>[][];
	groups: Array<{ id: string; label: string; count: number }>;
	startPage: Map<string, number>;
}

/**
 * Packs groups into pages of at most `perPage` items, in order. A group starts a new page when it
 * does not fit on the current one; a group longer than a page is split and its later parts are
 * marked `continued`. An empty listing is one empty page.
 */
export function groupPages<T>(groups: ReadonlyArray<{ id: string; label: string; items: readonly T[] }>, perPage: number): GroupedPages<T> {
	const pages: PageGroup<T>[][] = [[]];
	const startPage = new Map<string, number>();
	let used = 0;
	for (const group of groups) {
		if (used > 0 && used + group.items.length > perPage) {
			pages.push([]);
			used = 0;
		}
		startPage.set(group.id, pages.length);
		for (let from = 0; from < group.items.length; ) {
			if (used === perPage) {
				pages.push([]);
				used = 0;
			}
			const items = group.items.slice(from, from + perPage - used);
			pages.at(-1)!.push({ id: group.id, label: group.label, items, continued: from > 0 });
			used += items.length;
			from += items.length;
		}
	}
	return { pages, groups: groups.map((g) => ({ id: g.id, label: g.label, count: g.items.length })), startPage };
}

/** Which items of a listing a page holds: `khối 21–40 trong 240`, or `khối 241 trong 241` for one. */
export function rangeLabel(noun: string, first: number, last: number, total: number): string {
	const n = (value: number) => formatVnNumber(value);
	return `${noun} ${first === last ? n(first) : `${n(first)}–${n(last)}`} trong ${n(total)}`;
}

/** The static paths of a grouped listing (`/khoi/`, `/khoi/2/` …): each page's groups and number. */
export function groupedPaths<T>(listing: GroupedPages<T>) {
	return listing.pages.map((groups, i) => ({ params: { page: i === 0 ? undefined : String(i + 1) }, props: { groups, n: i + 1 } }));
}

/** What page `n` of a grouped listing shows around its groups: the A–Z bar's links, the heading's range and the neighbours. */
export function groupedPageNav<T>(listing: GroupedPages<T>, base: string, n: number) {
	const last = listing.pages.length;
	const groups = listing.pages[n - 1] ?? [];
	const startOf = (id: string) => listing.startPage.get(id) ?? 1;
	return {
		last,
		letters: listing.groups.map((g) => ({ ...g, url: `${startOf(g.id) === n ? '' : pageUrl(base, startOf(g.id))}#${g.id}` })),
		range: last > 1 ? ` – ${groups[0]?.label ?? ''}${groups.length > 1 ? `–${groups.at(-1)!.label}` : ''} (trang ${n}/${last})` : '',
		prev: n > 1 ? pageUrl(base, n - 1) : undefined,
		next: n < last ? pageUrl(base, n + 1) : undefined,
	};
}
