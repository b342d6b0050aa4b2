/** Turning Pagefind's excerpt string into parts the page can render as text nodes, never as HTML. */
import { foldWord } from '../text/fold.ts';

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

/** Words of the excerpts that Pagefind makes and that `resultExcerpt` cuts (Pagefind's `excerptLength`). */
export const EXCERPT_WORDS = 24;

const pairKeys = (pairs: ReadonlyArray<readonly [string, string]>) => new Set(pairs.map(([a, b]) => foldWord(a) + foldWord(b)));

/**
 * Highlights the query's pairs where their two syllables stand together ("Hà Nam", not "năm"
 * alone): the search asks Pagefind for the pairs' joined tokens, which are metadata, so Pagefind
 * marks none of their syllables. `pairs` are the query's pairs as typed. Overlapping pairs
 * ("cờ thi" and "thi đua") are marked as one run.
 */
export function markPairs(parts: readonly ExcerptPart[], pairs: ReadonlyArray<readonly [string, string]>): ExcerptPart[] {
	if (pairs.length === 0) return [...parts];
	const keys = pairKeys(pairs);
	const out: ExcerptPart[] = [];
	const push = (text: string, mark: boolean) => {
		const last = out.at(-1);
		if (!text) return;
		if (last && last.mark === mark && !mark) last.text += text;
		else out.push({ text, mark });
	};
	for (const part of parts) {
		if (part.mark) {
			out.push({ ...part });
			continue;
		}
		// Words at even indexes, what separates them at odd ones.
		const tokens = part.text.split(/([^\p{L}\p{M}\p{N}]+)/u);
		const marked = tokens.map(() => false);
		for (let j = 0; j + 2 < tokens.length; j += 2) {
			if (/^\s+$/u.test(tokens[j + 1]!) && tokens[j] && tokens[j + 2] && keys.has(foldWord(tokens[j]!) + foldWord(tokens[j + 2]!))) marked[j] = marked[j + 1] = marked[j + 2] = true;
		}
		let run = '';
		let runMarked = false;
		tokens.forEach((token, j) => {
			if (marked[j] !== runMarked) {
				push(run, runMarked);
				run = '';
				runMarked = marked[j]!;
			}
			run += token;
		});
		push(run, runMarked);
	}
	return out;
}

/** An excerpt's parts and whether it cuts its page's text at the start and at the end. */
export interface ExcerptView {
	parts: ExcerptPart[];
	cutStart: boolean;
	cutEnd: boolean;
}

/**
 * The excerpt a result shows: Pagefind's, with the query's pairs highlighted; or, when that
 * highlights nothing (a query of pairs only, which Pagefind matched in metadata and so excerpted
 * from the page's start), `EXCERPT_WORDS` words of the page's text around the first place where
 * one of the pairs stands.
 */
export function resultExcerpt(fragment: { excerpt: string; plain_excerpt: string; content: string }, pairs: ReadonlyArray<readonly [string, string]>): ExcerptView {
	const parts = markPairs(excerptParts(fragment.excerpt), pairs);
	const pagefind = { parts, cutStart: startsMidText(fragment.plain_excerpt, fragment.content), cutEnd: endsMidText(fragment.plain_excerpt, fragment.content) };
	if (pairs.length === 0 || parts.some((p) => p.mark)) return pagefind;
	const keys = pairKeys(pairs);
	const words = fragment.content.split(/\s+/u).filter(Boolean);
	const at = words.findIndex((w, i) => i + 1 < words.length && !/[^\p{L}\p{M}\p{N}]$/u.test(w) && keys.has(foldWord(w) + foldWord(words[i + 1]!)));
	if (at < 0) return pagefind;
	const start = Math.max(0, Math.min(at - Math.floor(EXCERPT_WORDS / 3), words.length - EXCERPT_WORDS));
	const end = Math.min(words.length, start + EXCERPT_WORDS);
	return { parts: markPairs([{ text: words.slice(start, end).join(' '), mark: false }], pairs), cutStart: start > 0, cutEnd: end < words.length };
}
