/**
 * Query expansion for đ/d. Pagefind strips combining marks from both the index and the query
 * (`van phong` finds `Vân Phong`), but `đ` (U+0111) is a letter of its own, so `dak` never meets
 * `Đắk`. In Vietnamese `đ` only begins a syllable, so each query word that begins with `d` or `đ`
 * has two spellings; the search runs the product of the words' spellings that occur in the index
 * and merges the results (see docs/search.md for why this beats a folded copy of the index).
 */
import { stripMarks } from '../text/fold.ts';
import { pairKey, queryPairs } from './pairs.ts';
import { hasWord, hasWordWithPrefix, pagefindWord } from './vocabulary.ts';

/** Most spellings of the whole query that one search runs (2^4: four words beginning with d/đ). */
export const MAX_QUERY_SPELLINGS = 16;

/** Most d/đ positions toggled within one word (a hyphenated word can hold several syllables). */
const MAX_TOGGLES_PER_WORD = 3;

const LETTER = /[\p{L}\p{M}\p{N}]/u;

/** Splits a query into lower-case NFC words on white space, dropping words without a letter or digit. */
export function queryWords(query: string): string[] {
	return query
		.normalize('NFC')
		.toLowerCase()
		.split(/\s+/u)
		.filter((word) => /[\p{L}\p{N}]/u.test(word));
}

/**
 * The spellings of one lower-case word that differ only in `d`/`đ` at the start of a syllable,
 * the typed spelling first: `dak` → `dak`, `đak`; `đà` → `đà`, `dà`. Other marks stay as typed.
 */
export function dSpellings(word: string): string[] {
	const chars = [...word];
	const positions = chars
		.map((c, i) => ((c === 'd' || c === 'đ') && (i === 0 || !LETTER.test(chars[i - 1]!)) ? i : -1))
		.filter((i) => i >= 0)
		.slice(0, MAX_TOGGLES_PER_WORD);
	const spellings: string[] = [];
	// Bit i set = toggle position i; masks with fewer bits come first, so the typed word leads.
	const masks = [...Array(2 ** positions.length).keys()].sort((a, b) => bitCount(a) - bitCount(b) || a - b);
	for (const mask of masks) {
		const next = [...chars];
		positions.forEach((p, bit) => {
			if (mask & (1 << bit)) next[p] = next[p] === 'd' ? 'đ' : 'd';
		});
		spellings.push(next.join(''));
	}
	return spellings;
}

function bitCount(n: number): number {
	let count = 0;
	for (let m = n; m; m &= m - 1) count++;
	return count;
}

/**
 * Each word's spellings that the index holds, typed first: as a whole word, or, for the last
 * word of a query that is not a phrase (it may still be being typed), as the beginning of one. A word none of whose spellings
 * is held keeps its typed one (Pagefind then matches it as it would without folding).
 */
export function heldSpellings(words: readonly string[], dWords: readonly string[], phrase = false): string[][] {
	return words.map((word, i) => {
		const spellings = dSpellings(word);
		if (spellings.length === 1) return spellings;
		const held = i === words.length - 1 && !phrase ? hasWordWithPrefix : hasWord;
		const kept = spellings.filter((s) => held(dWords, pagefindWord(s)));
		return kept.length > 0 ? kept : [word];
	});
}

/**
 * The word lists to search: one spelling per word, in every combination, the typed combination
 * first and those closest to it next, at most `limit`. `spellings[i]` lists word i's spellings,
 * typed first.
 */
export function combineSpellings(spellings: readonly (readonly string[])[], limit = MAX_QUERY_SPELLINGS): string[][] {
	if (spellings.length === 0) return [];
	// Enumerate index vectors by their sum (distance from the typed spelling), then lexicographically.
	const sizes = spellings.map((s) => Math.max(1, s.length));
	const maxDistance = sizes.reduce((sum, n) => sum + n - 1, 0);
	const out: string[][] = [];
	for (let distance = 0; distance <= maxDistance && out.length < limit; distance++) {
		for (const picks of vectorsWithSum(sizes, distance)) {
			out.push(picks.map((k, i) => spellings[i]![k] ?? spellings[i]![0] ?? ''));
			if (out.length >= limit) break;
		}
	}
	return out;
}

/**
 * Appended to a query word, makes Pagefind 1.6 match that indexed word only, not the longer
 * words it begins: no indexed word contains `$`, so the word has no extensions and Pagefind
 * falls back to the longest indexed word the query word begins with, the word itself when it
 * is indexed. Vietnamese words are syllables: `nghị` should not find `nghiệp`, nor `đà` `đạo`.
 * Pagefind keeps symbols in a query (it drops punctuation), and looks the fallback up only in the
 * index chunks it has loaded, which it picks by where the term sorts: `$` sorts before every
 * digit and letter, so `khoi$` falls in the chunk that holds `khoi`. (`~`, used before, sorts
 * after them: `khoi~` fell in the next chunk when `khoi` ended its own, and matched nothing, or a
 * shorter word an earlier search had loaded; docs/search.md.)
 */
export const WHOLE_WORD = '$';

/** Whether a query is a quoted phrase, which Pagefind matches word for word in sequence. */
export function isPhrase(query: string): boolean {
	return /^\s*".+"\s*$/su.test(query);
}

/**
 * The text Pagefind searches for one word list: every word but the last marked as a whole word
 * (the last may still be being typed, so it also finds the words it begins); phrases unmarked.
 */
export function pagefindQuery(words: readonly string[], phrase = false): string {
	return words.map((w, i) => (phrase || i === words.length - 1 ? w : `${w}${WHOLE_WORD}`)).join(' ');
}

function* vectorsWithSum(sizes: readonly number[], sum: number, from = 0): Generator<number[]> {
	if (from === sizes.length) {
		if (sum === 0) yield [];
		return;
	}
	for (let k = 0; k < sizes[from]! && k <= sum; k++) {
		for (const rest of vectorsWithSum(sizes, sum - k, from + 1)) yield [k, ...rest];
	}
}

/**
 * The form Pagefind itself compares after lower-casing and stripping combining marks (đ stays):
 * two queries with the same key find exactly the same pages.
 */
export function pagefindKey(query: string): string {
	return stripMarks(query);
}

/**
 * What Pagefind runs for what the reader typed: every combination of the d/đ spellings the
 * index holds (typed first), each word but the last whole. Empty when there is nothing to search.
 */
export function pagefindQueries(query: string, dWords: readonly string[]): string[] {
	const words = queryWords(query);
	if (words.length === 0) return [];
	const phrase = isPhrase(query);
	return combineSpellings(heldSpellings(words, dWords, phrase)).map((list) => pagefindQuery(list, phrase));
}

/** What one reader's query runs on Pagefind: the searches (usually one), and, when it joined pairs, the same without them. */
export interface SearchPlan {
	/** Texts searched and merged: one, unless a d/đ word outside every pair has both spellings in the index. */
	texts: string[];
	/** The searches without the joined pairs, run only when `texts` find nothing (a typed pair that no page holds). */
	loose: string[];
	/** The pairs joined, as `[first, second]` syllables of the query. */
	pairs: Array<[string, string]>;
	/** The query's words (lower case, NFC). */
	words: string[];
}

/** A four-digit year of the archive's range, typed as a query word. */
export const YEAR_WORD = /^(19|20)\d\d$/u;

/**
 * The Pagefind searches for what the reader typed. Adjacent words that form a pair of the
 * archive's vocabulary (src/lib/search/pairs.ts) are searched as its joined token, whole
 * (`danang$`), instead of as their two syllables: only pages where the two stand together hold
 * the token, so the syllables would add nothing to what is found, and they cost most (`thi` and
 * `đua` are on 60 % of the pages at 10,000 articles: "thi dua" took 4.4 s as `thi$ đua thidua$`,
 * 2.1 s as `thidua$`; docs/search.md, "Speed").
 *
 * A query with a year keeps the first syllable of each run of pairs too ("co" of "co thi dua"),
 * spelled as the pair spells it: matched in a short page's text, it ranks the pages that name
 * exactly the query (the award row "Cờ thi đua năm 2022") above the articles that repeat the
 * year; the other syllables added cost, not rank (measured at 10,000 articles: docs/search.md).
 * Other words keep the d/đ spellings the index holds; every word but the last is whole, and the
 * last too when white space follows it; a quoted phrase is searched as typed, without pairs.
 */
export function searchPlan(query: string, dWords: readonly string[], vocabulary: Readonly<Record<string, string>>): SearchPlan {
	const words = queryWords(query);
	if (words.length === 0) return { texts: [], loose: [], pairs: [], words };
	const phrase = isPhrase(query);
	if (phrase) {
		const texts = pagefindQueries(query, dWords);
		return { texts, loose: [], pairs: [], words };
	}
	const pairs = queryPairs(words, vocabulary);
	// White space after the last word closes it (the search page preloads each word so finished).
	const open = !/\s$/u.test(query);
	const held = heldSpellings(words, dWords, !open);
	const last = open ? words.length - 1 : -1;
	const withYear = words.some((w) => YEAR_WORD.test(w));
	// Each word searched with its spellings: a paired word, only with a year and as its pair spells it.
	const searched = words.flatMap((word, i) => {
		const pair = pairs.find((p) => p.at === i || p.at === i - 1);
		if (!pair) return [{ i, spellings: held[i]! }];
		// With a year, the first syllable of a run of pairs ("co" of "co thi dua").
		const first = !pairs.some((p) => p.at === i - 1);
		return withYear && first ? [{ i, spellings: [withFirstLetterOf(word, pair.spelling[i - pair.at]!)] }] : [];
	});
	const tokens = pairs.map((p) => `${p.key}${WHOLE_WORD}`);
	const text = (list: readonly string[]) => [...list.map((w, k) => (searched[k]!.i === last ? w : `${w}${WHOLE_WORD}`)), ...tokens].join(' ');
	const texts = searched.length > 0 ? combineSpellings(searched.map((w) => w.spellings)).map(text) : [tokens.join(' ')];
	const loose = combineSpellings(held).map((list) => pagefindQuery(list));
	return { texts, loose: tokens.length > 0 ? loose : [], pairs: pairs.map((p) => [words[p.at]!, words[p.at + 1]!]), words };
}

/** `word` with the d/đ of `indexed` at its start (the rest as typed, marks included). */
function withFirstLetterOf(word: string, indexed: string): string {
	const first = word[0];
	const wanted = indexed[0];
	if ((first === 'd' || first === 'đ') && (wanted === 'd' || wanted === 'đ') && first !== wanted) return `${wanted}${word.slice(1)}`;
	return word;
}

/**
 * While the last word is being typed after another ("dak n"), the beginning of the pair they may
 * form (`dakn`) when a pair of the `vocabulary` begins with it: the search page preloads that
 * prefix, the index chunk of the pair the query will search (`daknong$`). Null otherwise.
 */
export function pairPrefix(query: string, vocabulary: Readonly<Record<string, string>>): string | null {
	if (/\s$/u.test(query) || isPhrase(query)) return null;
	const words = queryWords(query);
	if (words.length < 2) return null;
	const prefix = pairKey(words.at(-2)!, words.at(-1)!);
	return Object.keys(vocabulary).some((key) => key.startsWith(prefix)) ? prefix : null;
}
