/**
 * The index's words that begin with `d` or `đ`, written once per build next to the search page.
 * Query expansion needs them because Pagefind, when no indexed word begins with a query word,
 * silently searches the longest indexed word that the query word begins with (`dua` → `du`, so
 * "thi dua" would also find every page with "dự"): a spelling is only searched when the index
 * holds a word that begins with it.
 */
import { stripMarks } from '../text/fold.ts';

const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/g;

/** A word as Pagefind indexes it: letters and digits only, lower case, combining marks removed (đ stays). */
export function pagefindWord(raw: string): string {
	return stripMarks(raw.normalize('NFC').replace(/[^\p{L}\p{N}]+/gu, ''));
}

/** The words Pagefind indexes for a text: each white-space word, and the parts of punctuated ones (`Rịa-Vũng` → `riavung`, `ria`, `vung`). */
export function indexWords(text: string): string[] {
	const words: string[] = [];
	for (const raw of text.split(/\s+/u)) {
		const word = pagefindWord(raw);
		if (!word) continue;
		words.push(word);
		if (ASCII_PUNCTUATION.test(raw)) {
			for (const part of raw.replace(ASCII_PUNCTUATION, ' ').split(/\s+/u)) {
				const p = pagefindWord(part);
				if (p.length > 1 && p !== word) words.push(p);
			}
		}
		ASCII_PUNCTUATION.lastIndex = 0;
	}
	return words;
}

/** Whether a word begins with d or đ (the only letters query expansion changes). */
export function isDWord(word: string): boolean {
	return word.startsWith('d') || word.startsWith('đ');
}

/** Whether some word of an ascending, de-duplicated vocabulary begins with `prefix`. */
export function hasWordWithPrefix(sorted: readonly string[], prefix: string): boolean {
	const at = lowerBound(sorted, prefix);
	return at < sorted.length && sorted[at]!.startsWith(prefix);
}

/** Whether an ascending, de-duplicated vocabulary holds `word` itself. */
export function hasWord(sorted: readonly string[], word: string): boolean {
	return sorted[lowerBound(sorted, word)] === word;
}

function lowerBound(sorted: readonly string[], key: string): number {
	let lo = 0;
	let hi = sorted.length;
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if (sorted[mid]! < key) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

/** Ascending, de-duplicated d/đ words of many texts. */
export function dVocabulary(texts: Iterable<string>): string[] {
	const words = new Set<string>();
	for (const text of texts) for (const word of indexWords(text)) if (isDWord(word)) words.add(word);
	return [...words].sort();
}

/** Where the build publishes the d/đ vocabulary (`src/integrations/pagefind.ts`). */
export const D_WORDS_PATH = 'tim-kiem/tu-d.json';
