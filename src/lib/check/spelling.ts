/**
 * Vietnamese spell-check of plain text (or Markdown bodies: `#`, `_` and other marks are not words).
 *
 * Built on `retext` (parse-latin tokeniser) + `retext-spell` (nspell) + `dictionary-vi` (Hunspell,
 * a list of Vietnamese syllables). Pure: no file access and no Astro imports; the caller reads the
 * allow-list (`content/spelling-allow.txt`) and passes it in, parsed with {@link parseAllowList}.
 *
 * What is not checked (and not counted as a word):
 * - numbers and codes containing a digit (`2020`, `5.056,1`, `4.86%`, `QH15`, the `19` of `Covid-19`);
 * - Roman numerals written with I, V, X, L (`khóa XIII`, `lần thứ X`);
 * - URLs and e-mail addresses.
 *
 * Words are checked case by case like Hunspell: a dictionary or allow-list word in lower case also
 * accepts Capitalised and ALL-CAPS forms; a name (`Đắk`) accepts `ĐẮK` but not `đắk`; an
 * abbreviation (`KCN`) only itself.
 *
 * Positions (line, column: 1-based; offset: 0-based, UTF-16 code units) refer to the text in Unicode
 * NFC; the text is normalised to NFC first (for NFC input, which the archive stores, they are the
 * input's own positions).
 */
import { retext } from 'retext';
import retextSpell from 'retext-spell';
import dictionaryVi from 'dictionary-vi';
import { toString } from 'nlcst-to-string';
import { SKIP, visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import type { Root, Source, Word } from 'nlcst';

/** One flagged word. */
export interface SpellingMessage {
	/** The word as written (a hyphenated word is reported whole: `TT-XYZ`). */
	word: string;
	/** 1-based line and column of the word's first character. */
	line: number;
	column: number;
	/** 1-based line and column just after the word. */
	endLine: number;
	endColumn: number;
	/** 0-based offset of the word's first character. */
	offset: number;
	/** Dictionary suggestions (often none: the dictionary lists syllables, not words). */
	suggestions: string[];
	/** Human-readable reason from retext-spell. */
	reason: string;
}

/** The result of checking one text. */
export interface SpellingReport {
	/** Words checked (numbers, codes with digits, Roman numerals and URLs are not counted). */
	words: number;
	/** Word occurrences flagged as unknown. */
	flagged: number;
	/** `flagged / words` (0 for a text without words). */
	rate: number;
	messages: SpellingMessage[];
}

export interface SpellCheckOptions {
	/** Reviewed words to accept: abbreviations and proper names (see `content/spelling-allow.txt`). */
	allow?: Iterable<string>;
	/** Unknown words for which suggestions are computed (retext-spell’s `max`, counted over the checker’s life; default 10: suggestions are slow). */
	maxSuggestions?: number;
}

/**
 * Parse the allow-list: one word per line; `#` starts a comment (whole line or after the word);
 * blank lines ignored. Words are NFC-normalised.
 */
export function parseAllowList(text: string): string[] {
	const words: string[] = [];
	for (const raw of text.split(/\r?\n/)) {
		const word = raw.replace(/#.*$/, '').trim().normalize('NFC');
		if (!word) continue;
		if (/\s/.test(word)) throw new Error(`Danh sách từ được chấp nhận: mỗi dòng một từ, không phải “${word}”.`);
		words.push(word);
	}
	return words;
}

/*
 * Tone-mark placement. In the open syllables oa, oe and uy (no final consonant) Vietnamese writes the
 * tone mark either on the first vowel ("old" style: hòa, khỏe, thủy) or on the second ("new" style:
 * hoà, khoẻ, thuỷ). Both are correct (docs/huong-dan/nguyen-tac-luu-tru.md). `dictionary-vi` lists only the new style (`hoà`,
 * `thuỷ`, `uỷ`; no `hòa`, `thủy`, `ủy`), so every dictionary and allow-list word gets its other-style
 * twin added to the checker's personal dictionary: the text is checked as written, positions stay
 * exact, and both spellings pass. Closed syllables (hoàn, thuyết) and qu + y (quý: the u belongs to
 * the consonant qu) have a single placement and are left alone.
 */
const TONES: Record<string, readonly string[]> = {
	a: ['à', 'á', 'ả', 'ã', 'ạ'],
	e: ['è', 'é', 'ẻ', 'ẽ', 'ẹ'],
	o: ['ò', 'ó', 'ỏ', 'õ', 'ọ'],
	u: ['ù', 'ú', 'ủ', 'ũ', 'ụ'],
	y: ['ỳ', 'ý', 'ỷ', 'ỹ', 'ỵ'],
};

/** Which tone (0–4) a vowel carries, and its bare letter; `undefined` for an unmarked letter. */
function toneOf(ch: string): { base: string; tone: number } | undefined {
	const lower = ch.toLowerCase();
	for (const [base, marked] of Object.entries(TONES)) {
		const tone = marked.indexOf(lower);
		if (tone >= 0) return { base: ch === lower ? base : base.toUpperCase(), tone };
	}
	return undefined;
}

function withTone(base: string, tone: number): string {
	const marked = TONES[base.toLowerCase()]?.[tone];
	if (!marked) return base;
	return base === base.toLowerCase() ? marked : marked.toUpperCase();
}

const PAIRS = new Set(['oa', 'oe', 'uy']);

/**
 * The same word with the tone mark in the other accepted place (`hòa` ⇄ `hoà`, `Thủy` ⇄ `Thuỷ`),
 * or `undefined` when the word has a single correct placement.
 */
export function toneVariant(word: string): string | undefined {
	const chars = [...word.normalize('NFC')];
	if (chars.length < 2) return undefined;
	const first = chars[chars.length - 2]!;
	const second = chars[chars.length - 1]!;
	const before = chars.slice(0, -2).join('');
	const t1 = toneOf(first);
	const t2 = toneOf(second);
	const b1 = t1?.base ?? first;
	const b2 = t2?.base ?? second;
	if (!PAIRS.has((b1 + b2).toLowerCase())) return undefined;
	// qu + y: the u is part of the consonant, the mark always sits on y (quý, never qúy).
	if (b1.toLowerCase() === 'u' && /[qQ]$/.test(before)) return undefined;
	if (t1 && !t2) return before + b1 + withTone(b2, t1.tone);
	if (t2 && !t1) return before + withTone(b1, t2.tone) + b2;
	return undefined;
}

/** Dictionary words, read once from `dictionary-vi` (first line of a .dic file is the count). */
let dictionaryWords: string[] | undefined;
function getDictionaryWords(): string[] {
	dictionaryWords ??= new TextDecoder()
		.decode(dictionaryVi.dic)
		.split(/\r?\n/)
		.slice(1)
		.map((line) => line.split('/')[0]!.trim())
		.filter(Boolean);
	return dictionaryWords;
}

/** Personal dictionary for nspell: tone twins of the dictionary, the allow-list and its twins. */
function personalDictionary(allow: Iterable<string>): string {
	const words = new Set<string>();
	const add = (w: string) => {
		words.add(w);
		const twin = toneVariant(w);
		if (twin) words.add(twin);
	};
	for (const w of getDictionaryWords()) {
		const twin = toneVariant(w);
		if (twin) words.add(twin);
	}
	for (const w of allow) add(w.normalize('NFC'));
	return [...words].join('\n') + '\n';
}

const URL_OR_EMAIL = /\b(?:https?:\/\/|www\.)[^\s<>"“”‘’]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+/giu;
const ROMAN = /^(?:X{0,3})(?:IX|IV|V?I{0,3})$|^(?:XL|LX{0,3})(?:IX|IV|V?I{0,3})$/;

function isNumberLike(value: string): boolean {
	return /\d/.test(value) || (value.length > 0 && ROMAN.test(value));
}

/**
 * retext plugin, run before retext-spell: turns what is not a word to check (numbers, codes with
 * digits, Roman numerals, URLs) into `SourceNode`s, which retext-spell skips, and counts the words
 * left in `file.data.wordCount`.
 */
function retextMarkNonWords() {
	return (tree: Root, file: VFile) => {
		const text = String(file.value);
		const ranges: Array<[number, number]> = [];
		for (const m of text.matchAll(URL_OR_EMAIL)) ranges.push([m.index, m.index + m[0].length]);
		const inUrl = (start: number, end: number) => ranges.some(([a, b]) => start < b && end > a);

		let count = 0;
		visit(tree, 'WordNode', (node: Word, index, parent) => {
			if (!parent || index === undefined) return;
			const start = node.position?.start.offset ?? -1;
			const end = node.position?.end.offset ?? -1;
			let keep = !inUrl(start, end);
			if (keep) {
				node.children = node.children.map((child) =>
					child.type === 'TextNode' && isNumberLike(child.value) ? ({ type: 'SourceNode', value: child.value, position: child.position } satisfies Source) : child,
				);
				keep = node.children.some((child) => child.type === 'TextNode');
			}
			if (!keep) {
				const source: Source = { type: 'SourceNode', value: toString(node), position: node.position };
				(parent.children as Array<Word | Source>)[index] = source;
				return SKIP;
			}
			count++;
			return SKIP;
		});
		file.data.wordCount = count;
	};
}

declare module 'vfile' {
	interface DataMap {
		wordCount: number;
	}
}

/**
 * A reusable checker (the dictionary is loaded once). Returns the report for a text.
 */
export function createSpellChecker(options: SpellCheckOptions = {}): (text: string) => SpellingReport {
	const processor = retext()
		.use(retextMarkNonWords)
		.use(retextSpell, {
			dictionary: dictionaryVi,
			personal: personalDictionary(options.allow ?? []),
			// Quoted single words (“tầm”) are Vietnamese prose here, not code: check them too.
			ignoreLiteral: false,
			ignoreDigits: true,
			max: options.maxSuggestions ?? 10,
		})
		.freeze();

	return (input: string): SpellingReport => {
		const file = new VFile({ value: input.normalize('NFC') });
		const tree = processor.parse(file);
		processor.runSync(tree, file);
		const messages: SpellingMessage[] = file.messages
			.filter((m) => m.source === 'retext-spell' && m.ruleId !== 'overflow' && typeof m.actual === 'string')
			.map((m) => ({
				word: m.actual!,
				line: m.place && 'start' in m.place ? m.place.start.line : (m.line ?? 0),
				column: m.place && 'start' in m.place ? m.place.start.column : (m.column ?? 0),
				endLine: m.place && 'end' in m.place ? m.place.end.line : (m.line ?? 0),
				endColumn: m.place && 'end' in m.place ? m.place.end.column : (m.column ?? 0),
				offset: (m.place && 'start' in m.place ? m.place.start.offset : undefined) ?? -1,
				suggestions: [...(m.expected ?? [])],
				reason: m.reason,
			}));
		const words = file.data.wordCount ?? 0;
		return { words, flagged: messages.length, rate: words === 0 ? 0 : messages.length / words, messages };
	};
}

/** Check one text (builds a checker each call; use {@link createSpellChecker} for many texts). */
export function checkSpelling(text: string, options: SpellCheckOptions = {}): SpellingReport {
	return createSpellChecker(options)(text);
}
