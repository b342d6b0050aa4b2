import type { Element, ElementContent, Root, Text } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { findLoose, normalizeText, shortHash } from '../lib/text/match.ts';

export interface CiteAnchorsOptions {
	/** Quotes from the front matter; each must occur in the body. */
	quotes: readonly string[];
}

/** What the plugin leaves on `file.data`. */
export interface CiteAnchorsData {
	/** Normalised quote → the id of the element holding the sentence(s) that state it. */
	citeAnchors: Map<string, string>;
	/** Quotes found nowhere in the body. */
	unmatchedQuotes: string[];
}

/** Elements whose text can be cited: paragraphs, list items, photo captions, headings. */
const CITABLE = new Set(['p', 'li', 'figcaption', 'h2', 'h3', 'h4']);

const segmenter = new Intl.Segmenter('vi', { granularity: 'sentence' });

/** Sentence ranges of a paragraph's text (Intl.Segmenter, Vietnamese rules). */
function sentences(text: string): Array<{ start: number; end: number }> {
	return [...segmenter.segment(text)].map((s) => ({ start: s.index, end: s.index + s.segment.length }));
}

/**
 * Anchors every body sentence that a front-matter quote cites: the sentence (or the run of
 * sentences a quote spans) is wrapped in `<span class="cite" id="c-…">`, so a timeline cell or a
 * table value can link to `#c-…` and the page highlights it with `:target`. Ids come from the
 * sentence text, so they survive edits elsewhere in the article.
 */
export function rehypeCiteAnchors(options: CiteAnchorsOptions) {
	return (tree: Root, file: VFile) => {
		const pending = new Map<string, string>();
		for (const quote of options.quotes) pending.set(normalizeText(quote), quote);
		const anchors = new Map<string, string>();
		const used = new Set<string>();

		const idFor = (text: string) => {
			const base = `c-${shortHash(normalizeText(text))}`;
			let id = base;
			for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
			used.add(id);
			return id;
		};

		visit(tree, 'element', (node: Element) => {
			if (!CITABLE.has(node.tagName)) return;
			if (pending.size === 0) return;
			const text = toString(node);
			const collapsed = text.replace(/\s+/g, ' ');
			const hits: Array<{ key: string; start: number; end: number }> = [];
			for (const [key, quote] of pending) {
				// Cheap rejection first: most paragraphs hold none of the quotes.
				if (!collapsed.includes(key)) continue;
				const range = findLoose(text, quote);
				if (range) hits.push({ key, ...range });
			}
			if (hits.length === 0) return;
			for (const hit of hits) pending.delete(hit.key);

			const single = node.children.length === 1 && node.children[0]!.type === 'text' ? (node.children[0] as Text) : null;
			if (!single) {
				// Inline markup inside: anchor the whole paragraph rather than split elements.
				const id = idFor(text);
				node.properties = { ...node.properties, id, className: ['cite'] };
				for (const hit of hits) anchors.set(hit.key, id);
				return;
			}

			// Group the sentences each quote touches; overlapping groups merge into one span.
			const ranges = sentences(single.value);
			const groups: Array<{ first: number; last: number; keys: string[] }> = [];
			for (const hit of hits) {
				const first = ranges.findIndex((r) => r.end > hit.start);
				let last = ranges.findIndex((r) => r.end >= hit.end);
				if (last < 0) last = ranges.length - 1;
				groups.push({ first, last, keys: [hit.key] });
			}
			groups.sort((a, b) => a.first - b.first || a.last - b.last);
			const merged: typeof groups = [];
			for (const g of groups) {
				const prev = merged.at(-1);
				if (prev && g.first <= prev.last) {
					prev.last = Math.max(prev.last, g.last);
					prev.keys.push(...g.keys);
				} else merged.push({ ...g, keys: [...g.keys] });
			}

			const children: ElementContent[] = [];
			let cursor = 0;
			for (const g of merged) {
				const start = ranges[g.first]!.start;
				const end = ranges[g.last]!.end;
				if (start > cursor) children.push({ type: 'text', value: single.value.slice(cursor, start) });
				const sentence = single.value.slice(start, end);
				const trimmed = sentence.replace(/\s+$/u, '');
				const id = idFor(trimmed);
				children.push({ type: 'element', tagName: 'span', properties: { className: ['cite'], id }, children: [{ type: 'text', value: trimmed }] });
				if (trimmed.length < sentence.length) children.push({ type: 'text', value: sentence.slice(trimmed.length) });
				for (const key of g.keys) anchors.set(key, id);
				cursor = end;
			}
			if (cursor < single.value.length) children.push({ type: 'text', value: single.value.slice(cursor) });
			node.children = children;
		});

		const data = file.data as Partial<CiteAnchorsData>;
		data.citeAnchors = anchors;
		data.unmatchedQuotes = [...pending.values()];
	};
}
