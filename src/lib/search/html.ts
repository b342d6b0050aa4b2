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

/**
 * The text of a page's search title, recipient and event: each `data-pagefind-meta` value and the
 * text of the element that carries it (an article's line under its title also gives the
 * conference's date and place).
 */
export function titleText(html: string): string {
	const values: string[] = [];
	for (const m of html.matchAll(/<(\w+)[^>]*\sdata-pagefind-meta="([^"]*)"[^>]*>/g)) {
		const attr = decode(m[2]!);
		const colon = attr.indexOf(':');
		const key = colon >= 0 ? attr.slice(0, colon) : attr;
		if (key === 'date') continue;
		if (colon >= 0) values.push(attr.slice(colon + 1));
		const end = html.indexOf(`</${m[1]}>`, m.index! + m[0].length);
		if (end > 0) values.push(bodyText(`<body>${html.slice(m.index! + m[0].length, end)}</body>`));
	}
	return values.map((v) => v.trim()).filter(Boolean).join(' . ');
}

/**
 * The text Pagefind indexes for a page, near enough for finding its word pairs: from the
 * `data-pagefind-body` element on, without the site's footer, the elements marked
 * `data-pagefind-ignore` (navigation, an award page's labels and bloc, source links), and the
 * hidden filter values: pairs Pagefind does not index would make a page match a pair it lacks.
 */
export function indexedText(html: string): string {
	const start = html.search(/<[^>]+\sdata-pagefind-body[\s=>]/);
	if (start < 0) return '';
	const footer = html.indexOf('<footer class="site-footer"', start);
	return bodyText(
		`<body>${html
			.slice(start, footer > 0 ? footer : undefined)
			// Elements that never hold one of their own kind: the first closing tag ends them.
			.replace(/<(nav|dt|dd|p|a)\b[^>]*\sdata-pagefind-ignore\b[^>]*>[\s\S]*?<\/\1>/g, ' ')
			.replace(/<(span|div)\b[^>]*data-pagefind-(?:filter|ignore)[^>]*>[^<]*<\/\1>/g, ' ')}</body>`,
	);
}

/** The page's `loại` filter value (`ban quản lý`, `khối`, `bài viết`, `khen thưởng`), or `''`. */
export function pageType(html: string): string {
	const m = /data-pagefind-filter="loại(?::([^"]*))?"[^>]*>([^<]*)/.exec(html);
	return decode((m?.[1] ?? m?.[2] ?? '').trim());
}

/** The page's sort date (`data-pagefind-sort="date:…"`, ISO), or `null` for a page without one (boards, blocs). */
export function pageDate(html: string): string | null {
	return /\sdata-pagefind-sort="date:([^"]+)"/.exec(html)?.[1] ?? null;
}

/** Adds the page's joined pairs as metadata fields (key → tokens) right inside its `data-pagefind-body` element; empty fields are left out. */
export function withPairMeta(html: string, fields: ReadonlyArray<readonly [string, readonly string[]]>): string {
	const open = /<[^>]*\sdata-pagefind-body(?:[\s=][^>]*)?>/.exec(html);
	if (!open) return html;
	const spans = fields
		.filter(([, t]) => t.length > 0)
		.map(([key, t]) => `<span data-pagefind-meta="${key}:${t.join(' ')}" hidden></span>`)
		.join('');
	const at = open.index + open[0].length;
	return html.slice(0, at) + spans + html.slice(at);
}

function decode(text: string): string {
	return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
		if (name[0] === '#') return String.fromCodePoint(name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10));
		return ENTITIES[name.toLowerCase()] ?? entity;
	});
}
