/** Turning Pagefind's excerpt string into parts the page can render as text nodes, never as HTML. */
import { foldVietnamese } from '../text/fold.ts';

/** A run of excerpt text, highlighted (`mark`) when it is a matched word. */
export interface ExcerptPart {
	text: string;
	mark: boolean;
}

const PUNCTUATION_EDGES = /^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/su;

/**
 * Splits a Pagefind excerpt (`<mark>` around matched words, `<` and `>` of the text escaped as
 * `&lt;`/`&gt;`, nothing else escaped) into parts. Punctuation stuck to a matched word stays
 * outside the highlight (`<mark>Nông.</mark>` → `Nông` marked, `.` plain); neighbours merge.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
	const parts: ExcerptPart[] = [];
	const push = (text: string, mark: boolean) => {
		if (!text) return;
		const last = parts.at(-1);
		if (last && last.mark === mark && !mark) last.text += text;
		else parts.push({ text, mark });
	};
	let marked = false;
	for (const token of excerpt.split(/(<\/?mark>)/)) {
		if (token === '<mark>') marked = true;
		else if (token === '</mark>') marked = false;
		else {
			const text = token.replace(/&lt;/g, '<').replace(/&gt;/g, '>');
			if (!marked) push(text, false);
			else {
				const [, lead = '', core = '', trail = ''] = PUNCTUATION_EDGES.exec(text) ?? [];
				push(lead, false);
				push(core, true);
				push(trail, false);
			}
		}
	}
	return parts;
}

const unescape = (text: string) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').trim();

/** Whether a plain excerpt (escaped like the excerpt) starts inside its page's text, which then gets a leading ellipsis. */
export function startsMidText(plainExcerpt: string, content: string): boolean {
	return !content.trimStart().startsWith(unescape(plainExcerpt).slice(0, 40));
}

/** Whether a plain excerpt stops before the end of its page's text. */
export function endsMidText(plainExcerpt: string, content: string): boolean {
	return !content.trimEnd().endsWith(unescape(plainExcerpt).slice(-40));
}

/**
 * Un-highlights a syllable of a joined pair where it stands alone: for "ha nam", "Hà Nam" stays
 * marked but "năm" (year) does not, although Pagefind, which folds marks, marked both. `pairs`
 * are the query's pairs as typed; `standalone` the query's other words (always kept).
 */
export function pairedMarks(parts: readonly ExcerptPart[], pairs: ReadonlyArray<readonly [string, string]>, standalone: readonly string[]): ExcerptPart[] {
	if (pairs.length === 0) return [...parts];
	const fold = (t: string) => foldVietnamese(t).replace(/[^\p{L}\p{N}]+/gu, '');
	const keys = new Set(pairs.map(([a, b]) => `${fold(a)} ${fold(b)}`));
	const paired = new Set(pairs.flatMap(([a, b]) => [fold(a), fold(b)]));
	const keep = new Set(standalone.map(fold));
	// Marked parts and, for each, the marked part right before it (separated by white space only).
	const marks = parts.map((p, i) => (p.mark ? i : -1)).filter((i) => i >= 0);
	const neighbour = (i: number, step: -1 | 1): number => {
		const j = i + step;
		if (parts[j]?.mark) return j;
		if (parts[j] && /^\s+$/.test(parts[j]!.text) && parts[j + step]?.mark) return j + step;
		return -1;
	};
	const unmark = new Set<number>();
	for (const i of marks) {
		const word = fold(parts[i]!.text);
		if (!paired.has(word) || keep.has(word)) continue;
		const before = neighbour(i, -1);
		const after = neighbour(i, 1);
		const inPair = (before >= 0 && keys.has(`${fold(parts[before]!.text)} ${word}`)) || (after >= 0 && keys.has(`${word} ${fold(parts[after]!.text)}`));
		if (!inPair) unmark.add(i);
	}
	const out: ExcerptPart[] = [];
	parts.forEach((p, i) => {
		const part = { text: p.text, mark: p.mark && !unmark.has(i) };
		const last = out.at(-1);
		if (last && !last.mark && !part.mark) last.text += part.text;
		else out.push(part);
	});
	return out;
}
