/** Page-number links for a paginated listing: first, last, and a window around the current page. */

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
