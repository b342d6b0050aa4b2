/**
 * The damage seen in source `000_…`: every code point above U+00FF was deleted when the text was
 * extracted. Its source mixed two spellings of Vietnamese: precomposed (NFC, `Khối`) and tone marks
 * written as separate combining characters after the base letter (`Kho^` + U+0301 + `i`, as
 * Windows-1258 text does), which is why `toan Khôi` (toàn Khối) survives while `Khi` (Khối) does
 * not. These pure functions reproduce the damage so a restoration can be checked against the source.
 */

/** The five Vietnamese tone marks as combining characters: grave, acute, tilde, hook above, dot below. */
export const TONE_MARKS: ReadonlySet<string> = new Set(['\u0300', '\u0301', '\u0303', '\u0309', '\u0323']);

/** Deletes every code point above U+00FF, as the extraction of source `000_…` did. */
export function dropAboveLatin1(text: string): string {
	let out = '';
	for (const ch of text) if (ch.codePointAt(0)! <= 0xff) out += ch;
	return out;
}

/**
 * Spells text with each tone mark as a separate combining character after its base letter, the
 * base letter keeping its shape mark precomposed (â ê ô ă ơ ư; đ has no decomposition): `ố` →
 * `ô` + U+0301, `à` → `a` + U+0300, `ợ` → `ơ` + U+0323.
 */
export function separateToneMarks(text: string): string {
	let out = '';
	// Each letter with its marks; a mark with no letter before it (only at the start) keeps an empty base.
	for (const [, base = '', marks = ''] of text.normalize('NFD').matchAll(/(\P{M}|^)(\p{M}*)/gu)) {
		const shape = [...marks].filter((m) => !TONE_MARKS.has(m)).join('');
		const tone = [...marks].filter((m) => TONE_MARKS.has(m)).join('');
		out += (base + shape).normalize('NFC') + tone;
	}
	return out;
}

/** The forms a word (or text) can take after the damage: from its NFC spelling and from its separate-tone-mark spelling. */
export function damagedForms(word: string): Set<string> {
	return new Set([dropAboveLatin1(word.normalize('NFC')), dropAboveLatin1(separateToneMarks(word))]);
}
