/**
 * The built HTML as the search index reads it. Astro compresses HTML, so `<dt>Năm</dt><dd>2022</dd>`
 * has no space between the term and its value, and Pagefind separates words only at the blocks
 * it knows (`p`, `li`, `td`, `div`, headings…): without help it indexes `năm2022`. The indexer
 * pads the closing tags of the other blocks with a space first.
 */

/** Block elements after which Pagefind 1.6 does not break words (it does for h1–h6, p, td, div, ul, li, article, section). */
const UNSEPARATED_BLOCKS = ['address', 'aside', 'blockquote', 'caption', 'dd', 'details', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'header', 'legend', 'main', 'ol', 'pre', 'summary', 'table', 'tbody', 'tfoot', 'th', 'thead', 'tr'];
const CLOSING = new RegExp(`</(${UNSEPARATED_BLOCKS.join('|')})>`, 'gi');

/** Puts a space before the closing tag of every block Pagefind would otherwise glue to the next one. */
export function padBlocks(html: string): string {
	return html.replace(CLOSING, ' $&');
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** The visible text of an HTML page's body (scripts, styles and tags removed, entities decoded). */
export function bodyText(html: string): string {
	const body = /<body[^>]*>([\s\S]*)<\/body>/i.exec(html)?.[1] ?? html;
	return body
		.replace(/<(script|style|template|noscript)\b[\s\S]*?<\/\1>/gi, ' ')
		.replace(/<[^>]*>/g, ' ')
		.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
			if (name[0] === '#') return String.fromCodePoint(name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10));
			return ENTITIES[name.toLowerCase()] ?? entity;
		});
}
