/**
 * How long the search page waits after a keystroke before it searches (src/scripts/search-ui.ts).
 * Pagefind cannot stop a search it has begun, so a search started between two keystrokes holds
 * back the query the reader finishes typing; on a small index such searches are quick and load
 * the chunks and fragments the finished query needs. Measured with scripts/bench-search.ts
 * (docs/search.md, "Speed"), keys 60 ms apart: at 35,644 pages (10,000 articles) searches
 * started after "th" or "thi du" took 0.5–2.5 s, and the first results' median went from 2,035
 * to 596 ms with the key-rhythm pause; at 3,703 pages (1,000 articles) it went from 297 to
 * 409–435 ms with it, so small indexes keep the short pause.
 */

/** The pause after a keystroke, in ms, on a small index. */
export const SEARCH_PAUSE_MS = 60;
/** The longest pause the reader's rhythm sets. */
const MAX_PAUSE_MS = 400;
/**
 * The pause after a last word of one letter ("thi d"): most likely half typed, and the costliest
 * search there is (every indexed word it begins is matched).
 */
export const ONE_LETTER_PAUSE_MS = 400;
/** From this many indexed pages, the pause follows the reader's rhythm. */
export const RHYTHM_FROM_PAGES = 10_000;
/** The pause is this many times the reader's recent gap between keys. */
const RHYTHM_FACTOR = 1.5;
/** A gap between keys this long or longer is a pause in typing, not part of its rhythm. */
const KEY_PAUSE_MS = 1000;

/** The reader's recent gap between keys after one more gap (ms; 0 before any): a running average that ignores pauses. */
export function keyGapAfter(recent: number, gap: number): number {
	if (!(gap < KEY_PAUSE_MS)) return recent;
	return recent > 0 ? (2 * recent + gap) / 3 : gap;
}

/**
 * The pause before searching what is `typed`: 400 ms after a one-letter last word; on an index of
 * `RHYTHM_FROM_PAGES` pages or more, half again the reader's recent gap between keys (60–400 ms),
 * so that no search starts while the reader types on; else 60 ms.
 */
export function searchPause(typed: string, keyGap: number, pages: number): number {
	if (/(^|\s)\S$/u.test(typed)) return ONE_LETTER_PAUSE_MS;
	if (pages < RHYTHM_FROM_PAGES) return SEARCH_PAUSE_MS;
	return Math.max(SEARCH_PAUSE_MS, Math.min(MAX_PAUSE_MS, RHYTHM_FACTOR * keyGap));
}
