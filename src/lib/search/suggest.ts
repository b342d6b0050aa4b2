/**
 * "Did you mean": when words of a query are in no page, the nearest syllables of the archive's
 * own vocabulary (the published pair vocabulary: names of boards, provinces, blocs, people, and
 * the domain's terms) within one or two typing slips, preferring one that forms a known word with
 * its neighbour ("dak nogn" → "dak nong"). The vocabulary is the one the search page already
 * loads, so a suggestion costs no request, and every suggested syllable is in the index.
 */
import { distance } from 'fastest-levenshtein';
import { foldVietnamese } from '../text/fold.ts';
import { queryWords } from './query.ts';

/** The vocabulary as suggestions use it: folded syllables, and the joined keys of known pairs. */
export interface SuggestionVocabulary {
	syllables: readonly string[];
	pairs: ReadonlySet<string>;
}

/** Most edits between a typed word and a suggestion: none for one or two letters, one for three, two from four. */
const maxEdits = (word: string): number => (word.length >= 4 ? 2 : word.length === 3 ? 1 : 0);

/** Edits between two words, a swap of neighbouring letters counting as one ("nogn" → "nong"). */
export function typingDistance(a: string, b: string): number {
	const d = distance(a, b);
	if (d !== 2 || a.length !== b.length) return d;
	for (let i = 0; i + 1 < a.length; i++) if (a[i] !== b[i]) return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2) ? 1 : d;
	return d;
}

/** The suggestion vocabulary of the published pair vocabulary (joined key → indexed spelling). */
export function suggestionVocabulary(vocabulary: Readonly<Record<string, string>>): SuggestionVocabulary {
	const syllables = new Set<string>();
	for (const spelling of Object.values(vocabulary)) for (const s of foldVietnamese(spelling).split(/\s+/u)) if (s) syllables.add(s);
	return { syllables: [...syllables].sort(), pairs: new Set(Object.keys(vocabulary)) };
}

/**
 * The best syllable for a folded word between its neighbours (folded, or null), or null when none
 * is within `maxEdits`: fewest edits, one and a half less for forming a known pair with a neighbour (so a pair wins ties and beats one more slip); ties go
 * to the first in order.
 */
export function nearestSyllable(word: string, vocabulary: SuggestionVocabulary, before: string | null = null, after: string | null = null): string | null {
	const limit = maxEdits(word);
	let best: string | null = null;
	let bestCost = Infinity;
	for (const s of vocabulary.syllables) {
		if (Math.abs(s.length - word.length) > limit) continue;
		const edits = typingDistance(word, s);
		if (edits > limit) continue;
		const paired = (before !== null && vocabulary.pairs.has(before + s)) || (after !== null && vocabulary.pairs.has(s + after));
		const cost = edits - (paired ? 1.5 : 0);
		if (cost < bestCost) [best, bestCost] = [s, cost];
	}
	return best;
}

/**
 * The query with each of its `missing` words (as the search reports them) replaced by the best
 * syllable of the vocabulary, or null when no missing word has one.
 */
export function suggestQuery(query: string, missing: readonly string[], vocabulary: SuggestionVocabulary): string | null {
	const absent = new Set(missing.map(foldVietnamese));
	const words = queryWords(query);
	const folded = words.map(foldVietnamese);
	let changed = false;
	const suggested = words.map((word, i) => {
		if (!absent.has(folded[i]!)) return word;
		const near = nearestSyllable(folded[i]!, vocabulary, folded[i - 1] ?? null, folded[i + 1] ?? null);
		if (near === null || near === folded[i]) return word;
		changed = true;
		return near;
	});
	return changed ? suggested.join(' ') : null;
}
