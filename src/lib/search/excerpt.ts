/** Turning Pagefind's excerpt string into parts the page can render as text nodes, never as HTML. */

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
