/**
 * Matching Vietnamese phrases in text that may be damaged. Extraction never runs its regular
 * expressions on the text itself but on a *shadow*: the same text lower-cased and folded to ASCII
 * letter by letter, so that it has exactly the same length and every match maps back to the same
 * offsets in the original (from which quotes are cut). Phrases are compiled by `kw()` into patterns
 * that tolerate the damage of the text's condition:
 *
 * - `clean`: the folded phrase (`Hội nghị` → `hoi\s+nghi`), so tone placement and case do not matter;
 * - `lost-diacritics`: every letter above U+00FF may be missing (`Khối` → `kh(?:o)?i`, which matches
 *   the damaged `Khi` and `Khôi`);
 * - `ocr`: in words of four letters or more, a run of n vowels may be misread as n-1 to n+1 other
 *   letters (`khối` → `kh[a-z]{1,3}`, matching `Khéi`, `Khdi`; `quản` matching `Quaén`), in
 *   three-letter words as other vowels, and words of one or two letters keep their vowels; l may be
 *   read as i or 1, Đ as P; in the shadow, digits inside words are read as the letters OCR
 *   confuses them with (`1y` → `ly`, `6ng` → `ong`, `t6` → `to`).
 */

/** The state of a text, as `source.condition` names it. */
export type TextMode = 'clean' | 'ocr' | 'lost-diacritics';

const OCR_DIGITS: Record<string, string> = { '1': 'l', '0': 'o', '6': 'o', '4': 'a' };
const OCR_SYMBOLS: Record<string, string> = { '¢': 'e', '€': 'e', '&': 'e' };

/** One character lower-cased and folded to its ASCII base letter when it has one (`Ố` → `o`, `Đ` → `d`). */
function foldChar(ch: string): string {
	const lower = ch.toLowerCase();
	if (lower.length !== 1) return ch;
	if (lower === 'đ') return 'd';
	const base = lower.normalize('NFD')[0]!;
	return base.length === 1 ? base : lower;
}

/** The shadow of a text: same length, lower case, folded; in `ocr` mode digits and symbols inside words read as letters. */
export function shadow(text: string, mode: TextMode): string {
	const out: string[] = [];
	for (let i = 0; i < text.length; i++) {
		const ch = text[i]!;
		// Keep UTF-16 length: astral characters (two units) are copied unit by unit.
		out.push(ch.length === 1 && !(ch >= '\ud800' && ch <= '\udfff') ? foldChar(ch) : ch);
	}
	if (mode === 'ocr') {
		for (const token of text.matchAll(/[\p{L}\p{N}&¢€]+/gu)) {
			const word = token[0];
			if (!/\p{L}/u.test(word) || !/[\p{N}&¢€]/u.test(word)) continue;
			const letters = word.replace(/[^\p{L}]/gu, '');
			if (letters.length >= 2 && letters === letters.toUpperCase()) continue; // QH15, ISO9001
			for (let j = 0; j < word.length; j++) {
				const ch = word[j]!;
				const mapped = OCR_DIGITS[ch] ?? (j > 0 ? OCR_SYMBOLS[ch] : undefined);
				if (mapped) out[token.index + j] = mapped;
			}
		}
	}
	return out.join('');
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const VOWEL = /[aeiouy]/;

/**
 * Compiles a Vietnamese phrase into a regular-expression source that matches it in the shadow of
 * a text in `mode`, on word boundaries. Words are separated by any whitespace.
 */
export function kw(phrase: string, mode: TextMode): string {
	const words = phrase.normalize('NFC').trim().split(/\s+/);
	const parts = words.map((word) => {
		const chars = [...word];
		// A word made only of lost letters would match nothing at all: keep it required.
		if (mode === 'lost-diacritics' && chars.every((ch) => ch.codePointAt(0)! > 0xff)) {
			return escape(chars.map(foldChar).join(''));
		}
		if (mode === 'ocr' && chars.length >= 4) {
			// OCR misreads, drops or doubles vowels: a run of n vowels matches n-1 to n+1 letters.
			return chars
				.map(foldChar)
				.join('')
				.replace(/[aeiouy]+|[^aeiouy]/g, (run) => {
					if (!VOWEL.test(run)) return run === 'l' ? '[li]' : run === 'd' ? '[dp]' : escape(run);
					return `[a-z]{${Math.max(1, run.length - 1)},${run.length + 1}}`;
				});
		}
		return chars
			.map((ch) => {
				const f = foldChar(ch);
				if (mode === 'lost-diacritics') return ch.codePointAt(0)! > 0xff ? `(?:${escape(f)})?` : escape(f);
				if (mode === 'ocr') {
					// Short words keep their vowels nearly as printed: `h[a-z]` for `ha` would match any word.
					if (VOWEL.test(f)) return chars.length <= 2 ? f : '[aeiouy]';
					if (f === 'l') return '[li]';
					if (f === 'd') return '[dp]';
				}
				return escape(f);
			})
			.join('');
	});
	return `(?<![a-z0-9])${parts.join('\\s+')}(?![a-z0-9])`;
}

/** `kw()` for several alternative phrases. */
export function anyKw(phrases: readonly string[], mode: TextMode): string {
	return `(?:${phrases.map((p) => kw(p, mode)).join('|')})`;
}

/** A text with its shadow, and helpers to search the shadow and cut the original. */
export class ShadowText {
	readonly text: string;
	readonly shadow: string;
	readonly mode: TextMode;
	constructor(text: string, mode: TextMode) {
		this.text = text;
		this.mode = mode;
		this.shadow = shadow(text, mode);
	}
	/** All matches of a pattern source in the shadow. */
	all(source: string, from = 0, to = this.text.length): RegExpExecArray[] {
		const re = new RegExp(source, 'g');
		const part = this.shadow.slice(0, to);
		re.lastIndex = from;
		const found: RegExpExecArray[] = [];
		let m: RegExpExecArray | null;
		while ((m = re.exec(part))) {
			found.push(m);
			if (m[0] === '') re.lastIndex++;
		}
		return found;
	}
	/** The first match at or after `from`, or `null`. */
	first(source: string, from = 0, to = this.text.length): RegExpExecArray | null {
		return this.all(source, from, to)[0] ?? null;
	}
	/** True when the pattern occurs within [from, to). */
	has(source: string, from = 0, to = this.text.length): boolean {
		return this.first(source, from, to) !== null;
	}
	/** The original text of a range. */
	cut(start: number, end: number): string {
		return this.text.slice(start, end);
	}
}
