/**
 * The archive's one Vietnamese folding, for slugs, matching and search.
 *
 * Unicode decomposes the tone and vowel marks (`ế` → `e` + U+0302 + U+0301), so stripping
 * combining marks after NFD removes them. It does not decompose `đ`/`Đ` (U+0111/U+0110): they are
 * letters of their own, so they are mapped to `d`/`D` explicitly. Input may be NFC or NFD.
 */

/** Removes Vietnamese diacritics, keeping case: `Đắk Nông` → `Dak Nong`. */
export function foldDiacritics(text: string): string {
	return text.normalize('NFD').replace(/đ/g, 'd').replace(/Đ/g, 'D').replace(/\p{M}+/gu, '').normalize('NFC');
}

/** Folding for search and matching: diacritics removed, đ → d, lower case (`Đà Nẵng` → `da nang`). */
export function foldVietnamese(text: string): string {
	return foldDiacritics(text).toLowerCase();
}

/** One word as search compares it: folded, letters and digits only (`Nẵng.` → `nang`). */
export function foldWord(text: string): string {
	return foldVietnamese(text).replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Combining marks removed and lower case, but `đ` kept: how Pagefind itself compares words. */
export function stripMarks(text: string): string {
	return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().normalize('NFC');
}
