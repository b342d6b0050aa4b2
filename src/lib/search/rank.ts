/**
 * Ordering the first results the page shows, from their fragments (which it loads anyway to
 * show them): a page whose title, recipient, event line or year holds more of the query's
 * units (joined pairs, other words, the year) comes first; among equals, a board or bloc (the
 * entity the query names) before the pages that mention it; then Pagefind's order. And whether
 * every word of the query matched.
 */
import { FILTER_KEYS, RESULT_TYPES, SEARCH_META } from './facets.ts';
import { foldVietnamese, foldWord } from '../text/fold.ts';
import type { FragmentLike } from './hit.ts';
import { PAIR_META, pairKey } from './pairs.ts';
import { WHOLE_WORD, YEAR_WORD } from './query.ts';
import { indexWords } from './vocabulary.ts';

/** What a query asks for, in the units a title is compared by. */
export interface QueryUnits {
	/** Joined pair keys (`hanam`). */
	pairs: string[];
	/** Folded words outside every pair, the year excluded (`bang`, `khen` when no pair joined them). */
	words: string[];
	/** Years typed (four digits). */
	years: string[];
	/** Whether the last word may still be being typed (matched as a prefix). */
	lastIsPrefix: boolean;
}


/** The units of a query's words (lower case, as typed) and of the pairs it joined. */
export function queryUnits(words: readonly string[], pairs: ReadonlyArray<readonly [string, string]>): QueryUnits {
	const paired = new Set<number>();
	const keys: string[] = [];
	for (const [a, b] of pairs) {
		const at = words.findIndex((w, i) => w === a && words[i + 1] === b && !paired.has(i + 1));
		if (at >= 0) {
			paired.add(at);
			paired.add(at + 1);
		}
		keys.push(pairKey(a, b));
	}
	const rest = words.filter((_, i) => !paired.has(i)).map(foldWord).filter(Boolean);
	return { pairs: keys, words: rest.filter((w) => !YEAR_WORD.test(w)), years: rest.filter((w) => YEAR_WORD.test(w)), lastIsPrefix: !paired.has(words.length - 1) };
}

const wordsOf = (text: string) => foldVietnamese(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/** The archive's acronyms and what they stand for, folded: a title that spells one out also holds the acronym. */
const ACRONYMS: ReadonlyArray<readonly [string, string]> = [
	['bql', 'ban quan ly'],
	['kcn', 'khu cong nghiep'],
	['kcx', 'khu che xuat'],
	['kkt', 'khu kinh te'],
	['kcnc', 'khu cong nghe cao'],
];

/** A title's folded words, with the acronyms of the phrases it spells out. */
function titleWordsOf(text: string): string[] {
	const words = wordsOf(text);
	const joined = ` ${words.join(' ')} `;
	return [...words, ...ACRONYMS.filter(([, phrase]) => joined.includes(` ${phrase} `)).map(([acronym]) => acronym)];
}

/** Share of the query's units that a result's title, recipient, event line, pairs of those, or year hold (0–1). */
export function titleCoverage(fragment: FragmentLike, units: QueryUnits): number {
	const total = units.pairs.length + units.words.length + units.years.length;
	if (total === 0) return 0;
	const meta = fragment.meta;
	const titlePairs = new Set(`${meta[PAIR_META.entity] ?? ''} ${meta[PAIR_META.title] ?? ''}`.split(/\s+/).filter(Boolean));
	const titleWords = titleWordsOf(`${meta.title ?? ''} ${meta[SEARCH_META.recipient] ?? ''} ${meta[SEARCH_META.event] ?? ''}`);
	const years = new Set([...(fragment.filters[FILTER_KEYS.year] ?? []), ...titleWords.filter((w) => YEAR_WORD.test(w))]);
	const last = units.words.at(-1);
	const hasWord = (w: string) => titleWords.includes(w) || (units.lastIsPrefix && w === last && titleWords.some((t) => t.startsWith(w)));
	const covered = units.pairs.filter((p) => titlePairs.has(p)).length + units.words.filter(hasWord).length + units.years.filter((y) => years.has(y)).length;
	return covered / total;
}

const isEntity = (fragment: FragmentLike) => {
	const type = fragment.filters[FILTER_KEYS.type]?.[0];
	return type === RESULT_TYPES.board || type === RESULT_TYPES.bloc;
};

/** The order (indexes into `fragments`, which are in Pagefind's order) in which to show them. */
export function titleOrder(fragments: readonly FragmentLike[], units: QueryUnits): number[] {
	const keyed = fragments.map((f, i) => ({ i, coverage: titleCoverage(f, units), entity: isEntity(f) ? 1 : 0 }));
	return keyed.sort((a, b) => b.coverage - a.coverage || b.entity - a.entity || a.i - b.i).map((k) => k.i);
}

/** Each result's words, found once however often they are asked (a shard's best result is also the first shown). */
const holders = new WeakMap<FragmentLike, (word: string, whole: boolean) => boolean>();

/**
 * Whether a result holds a query word anywhere (text, title, metadata), folded, as Pagefind
 * indexes words: `whole`, or as the beginning of a word (the last word, which may be being typed).
 */
function holderOf(fragment: FragmentLike): (word: string, whole: boolean) => boolean {
	let holds = holders.get(fragment);
	if (holds) return holds;
	// The text folded once and then split: folding changes no white space, so these are the words
	// that splitting and then folding each gives, at a fraction of the cost (20 ms a long article).
	const held = new Set(indexWords(foldVietnamese(`${fragment.content} ${Object.values(fragment.meta).join(' ')}`)));
	const heldList = [...held];
	holds = (word, whole) => {
		const folded = foldWord(word);
		return !folded || held.has(folded) || (!whole && heldList.some((h) => h.startsWith(folded)));
	};
	holders.set(fragment, holds);
	return holds;
}

/**
 * The query's words that a result does not hold, the last one as the beginning of a word;
 * Pagefind drops a word that no page holds, so when the best result lacks a word, no page has it.
 */
export function missingWords(fragment: FragmentLike, words: readonly string[]): string[] {
	const holds = holderOf(fragment);
	return words.filter((word, i) => !holds(word, i < words.length - 1));
}

/**
 * The terms of a Pagefind query text (`khoi$ 2021$ khoipho$ nam`) that a result does not hold (a
 * term ending in `$` whole, the others as the beginning of a word). Pagefind drops a term its index
 * lacks and answers with the pages that hold the others: when one shard's best result lacks a
 * term, that shard has no page with every term.
 */
export function missingTerms(fragment: FragmentLike, text: string): string[] {
	const holds = holderOf(fragment);
	return text.split(/\s+/u).filter((term) => {
		const whole = term.endsWith(WHOLE_WORD);
		return !holds(whole ? term.slice(0, -WHOLE_WORD.length) : term, whole);
	});
}
