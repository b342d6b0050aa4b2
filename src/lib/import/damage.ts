/**
 * Telling a clean Vietnamese text from a damaged one, so the importer can set `source.condition`
 * and warn. Two kinds of damage occur in the archive's sources:
 *
 * - `lost-diacritics`: every character above U+00FF was deleted on extraction (`Hi ngh` for
 *   `Hội nghị`). Such text has (almost) no letters above U+00FF, yet many "words" with no vowel at
 *   all (`ngh`, `tng`, `nm`), which Vietnamese never has.
 * - `ocr`: characters were misread (`Khéi` for `Khối`, `1y` for `lý`, `6ng` for `ông`). Such text has a
 *   high share of tokens that are not Vietnamese syllables, accented tokens that cannot be Vietnamese,
 *   and digits mixed into words.
 */
import type { TextMode } from './pattern.ts';
import { foldDiacritics } from '../text/slug.ts';
import { isAcronym, isVietnameseSyllable, wordTokens } from './syllable.ts';

export interface DamageStats {
	/** Word tokens counted (acronyms excluded). */
	words: number;
	/** Share of letters above U+00FF (ư ơ ă đ and most toned vowels are there). */
	aboveLatin1Share: number;
	/** Share of tokens that are not Vietnamese syllables. */
	invalidShare: number;
	/** Share of tokens without any vowel (`ngh`, `tng`). */
	vowellessShare: number;
	/** Share of tokens with a non-ASCII letter that are still not syllables (`Khéi`, `hién`): misread marks. */
	invalidMarkedShare: number;
	/** Tokens mixing lower-case letters and digits (`1y`, `6ng`, `t6`). */
	digitLetterMixes: number;
	/** Examples of each finding, for the warning. */
	examples: { vowelless: string[]; invalid: string[]; mixes: string[] };
}

export interface DamageReport {
	condition: TextMode;
	/** Why, in Vietnamese (empty for clean text). */
	reasons: string[];
	stats: DamageStats;
}


/** Measures a text (NFC) for the signs of damage. */
export function damageStats(text: string): DamageStats {
	let letters = 0;
	let above = 0;
	for (const ch of text) {
		if (/\p{L}/u.test(ch)) {
			letters++;
			if (ch.codePointAt(0)! > 0xff) above++;
		}
	}
	let words = 0;
	let invalid = 0;
	let vowelless = 0;
	let invalidMarked = 0;
	const examples: DamageStats['examples'] = { vowelless: [], invalid: [], mixes: [] };
	const note = (list: string[], word: string) => {
		if (list.length < 5 && !list.includes(word)) list.push(word);
	};
	for (const { word } of wordTokens(text)) {
		if (isAcronym(word)) continue;
		words++;
		if (!/[aeiouy]/i.test(foldDiacritics(word))) {
			vowelless++;
			note(examples.vowelless, word);
		}
		if (!isVietnameseSyllable(word)) {
			invalid++;
			if (/[^\x00-\x7f]/.test(word)) invalidMarked++;
			note(examples.invalid, word);
		}
	}
	let mixes = 0;
	for (const m of text.matchAll(/(?<![\p{L}\p{N}])(?=[\p{L}\p{N}]*\p{Ll})(?=[\p{L}\p{N}]*\p{N})[\p{L}\p{N}]+/gu)) {
		if (/^\d+(?:m2|m3|km2|km|ha|kg|kw|mw)$/i.test(m[0]) || /^covid\d*$/i.test(m[0])) continue;
		mixes++;
		note(examples.mixes, m[0]);
	}
	return {
		words,
		aboveLatin1Share: letters ? above / letters : 0,
		invalidShare: words ? invalid / words : 0,
		vowellessShare: words ? vowelless / words : 0,
		invalidMarkedShare: words ? invalidMarked / words : 0,
		digitLetterMixes: mixes,
		examples,
	};
}

/** Thresholds; clean sources of the archive score about 1% invalid tokens and no vowel-less words. */
export const DAMAGE_THRESHOLDS = {
	/** Fewer words than this: too short to judge, treated as clean. */
	minWords: 30,
	/** Below this share of letters above U+00FF, text has lost its Vietnamese letters. */
	aboveLatin1: 0.01,
	/** Above this share of vowel-less words, syllables are broken. */
	vowelless: 0.03,
	/** Stripped text keeps only letters that were not damaged: its accented tokens are syllables. */
	invalidMarkedForLost: 0.02,
	/** Above this share of non-syllables, text is OCR-damaged. */
	invalid: 0.12,
	/** This many digit/letter mixes (at least 2 per 1,000 words), with some non-syllables, point to OCR. */
	mixes: 3,
	/** The share of non-syllables that must go with digit/letter mixes. */
	invalidWithMixes: 0.03,
} as const;

/** Classifies a text as clean, OCR-damaged or stripped of its characters above U+00FF. */
export function detectDamage(text: string): DamageReport {
	const stats = damageStats(text);
	const t = DAMAGE_THRESHOLDS;
	const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
	if (stats.words < t.minWords) return { condition: 'clean', reasons: [], stats };
	if (stats.aboveLatin1Share < t.aboveLatin1 && stats.vowellessShare > t.vowelless && stats.invalidMarkedShare < t.invalidMarkedForLost) {
		return {
			condition: 'lost-diacritics',
			reasons: [
				`chỉ ${pct(stats.aboveLatin1Share)} chữ cái là chữ riêng của tiếng Việt (ư, ơ, ă, đ và phần lớn chữ có dấu thanh); văn bản tiếng Việt thường có 10–20%`,
				`${pct(stats.vowellessShare)} từ không có nguyên âm, như ${stats.examples.vowelless.map((w) => `“${w}”`).join(', ')}`,
			],
			stats,
		};
	}
	const mixesCount = stats.digitLetterMixes >= t.mixes && stats.digitLetterMixes * 500 >= stats.words && stats.invalidShare > t.invalidWithMixes;
	if (stats.invalidShare > t.invalid || mixesCount) {
		const reasons = [`${pct(stats.invalidShare)} từ không phải âm tiết tiếng Việt, như ${stats.examples.invalid.map((w) => `“${w}”`).join(', ')}`];
		if (stats.digitLetterMixes) reasons.push(`${stats.digitLetterMixes} từ lẫn chữ số, như ${stats.examples.mixes.map((w) => `“${w}”`).join(', ')}`);
		return { condition: 'ocr', reasons, stats };
	}
	return { condition: 'clean', reasons: [], stats };
}
