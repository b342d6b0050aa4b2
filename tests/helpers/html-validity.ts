/**
 * An HTML checker for the built pages, standing in for html-validate (whose install breaks npm
 * here: see README, “Security, integrity and the quality gates”). parse5 — the WHATWG parser rehype uses — reports lexical errors
 * (bad attributes, duplicate attributes, bad character references, missing doctype …); to that we
 * add the tree checks a validator makes and parse5 silently repairs:
 *
 * - every non-void element is closed explicitly where it was opened (an end tag the parser had to
 *   imply or ignore means mis-nesting: `<p><div>`, `<a><a>`, a stray `</p>`);
 * - content models: flow content inside phrasing-only parents, interactive content inside `a` and
 *   `button`, list items, definition lists, tables, figures, details;
 * - attributes: duplicate or malformed ids, id references (`for`, `aria-labelledby`, `headers` …),
 *   required attributes (`alt`, `lang`, `href`), number-valued attributes, `scope`, JSON-LD syntax;
 * - the document: one `<title>` with text, `<meta charset="utf-8">` first, at most one `<main>`.
 *
 * Stricter than the spec in one way: optional end tags (`</li>`, `</p>`) must be present, since
 * our generators (Astro, rehype-stringify) always write them.
 */
import { parse, type DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
/** Elements whose content model is phrasing content only. */
const PHRASING_ONLY = new Set(['p', 'span', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'strong', 'em', 'b', 'i', 'u', 's', 'small', 'code', 'kbd', 'samp', 'var', 'abbr', 'cite', 'q', 'dfn', 'sub', 'sup', 'time', 'mark', 'data', 'label', 'button', 'legend', 'pre', 'output', 'bdi', 'bdo', 'ruby', 'del', 'ins']);
const PHRASING = new Set(['a', 'abbr', 'area', 'audio', 'b', 'bdi', 'bdo', 'br', 'button', 'canvas', 'cite', 'code', 'data', 'datalist', 'del', 'dfn', 'em', 'embed', 'i', 'iframe', 'img', 'input', 'ins', 'kbd', 'label', 'link', 'map', 'mark', 'math', 'meta', 'meter', 'noscript', 'object', 'output', 'picture', 'progress', 'q', 'ruby', 's', 'samp', 'script', 'select', 'slot', 'small', 'span', 'strong', 'sub', 'sup', 'svg', 'template', 'textarea', 'time', 'u', 'var', 'video', 'wbr']);
const OBSOLETE = new Set(['acronym', 'applet', 'basefont', 'big', 'blink', 'center', 'dir', 'font', 'frame', 'frameset', 'marquee', 'nobr', 'strike', 'tt']);
/** Required parents (`parent > child`). */
const PARENTS: Record<string, string[]> = {
	li: ['ul', 'ol', 'menu'],
	dt: ['dl', 'div'],
	dd: ['dl', 'div'],
	tr: ['table', 'thead', 'tbody', 'tfoot'],
	td: ['tr'],
	th: ['tr'],
	thead: ['table'],
	tbody: ['table'],
	tfoot: ['table'],
	caption: ['table'],
	colgroup: ['table'],
	figcaption: ['figure'],
	summary: ['details'],
	option: ['select', 'datalist', 'optgroup'],
	legend: ['fieldset'],
	source: ['picture', 'audio', 'video'],
};
/** Allowed element children (`script` and `template` are always allowed). */
const CHILDREN: Record<string, string[]> = {
	ul: ['li'],
	ol: ['li'],
	menu: ['li'],
	dl: ['dt', 'dd', 'div'],
	table: ['caption', 'colgroup', 'thead', 'tbody', 'tfoot', 'tr'],
	thead: ['tr'],
	tbody: ['tr'],
	tfoot: ['tr'],
	tr: ['td', 'th'],
	select: ['option', 'optgroup', 'hr'],
};
const ID_REFS = ['for', 'aria-labelledby', 'aria-describedby', 'aria-controls', 'aria-owns', 'aria-details', 'aria-errormessage', 'aria-activedescendant', 'headers', 'list', 'form'];

const isElement = (n: Node): n is Element => 'tagName' in n;
const attr = (el: Element, name: string) => el.attrs.find((a) => a.name === name)?.value;
const has = (el: Element, name: string) => el.attrs.some((a) => a.name === name);
const textOf = (n: Node): string => ('value' in n && n.nodeName === '#text' ? n.value : 'childNodes' in n ? n.childNodes.map(textOf).join('') : '');

function isInteractive(el: Element): boolean {
	switch (el.tagName) {
		case 'a':
			return has(el, 'href');
		case 'input':
			return attr(el, 'type') !== 'hidden';
		case 'button':
		case 'select':
		case 'textarea':
		case 'details':
		case 'iframe':
		case 'embed':
		case 'label':
			return true;
		case 'audio':
		case 'video':
			return has(el, 'controls');
		default:
			return has(el, 'tabindex');
	}
}

/** Problems of one HTML document, each as `line:col message`; empty when it is valid. */
export function validateHtml(html: string): string[] {
	const problems: string[] = [];
	const at = (line: number | undefined, col: number | undefined, message: string) => problems.push(`${line ?? '?'}:${col ?? '?'} ${message}`);
	const doc = parse(html, {
		sourceCodeLocationInfo: true,
		onParseError: (e) => at(e.startLine, e.startCol, `parse error: ${e.code}`),
	});

	const elements: Element[] = [];
	const walk = (node: Node) => {
		if (isElement(node)) elements.push(node);
		if ('childNodes' in node) node.childNodes.forEach(walk);
		if (isElement(node) && node.tagName === 'template') walk((node as DefaultTreeAdapterMap['template']).content as unknown as Node);
	};
	walk(doc);

	const ids = new Map<string, number>();
	for (const el of elements) {
		const id = attr(el, 'id');
		if (id !== undefined) ids.set(id, (ids.get(id) ?? 0) + 1);
	}

	for (const el of elements) {
		const loc = el.sourceCodeLocation;
		const place = (msg: string) => at(loc?.startLine, loc?.startCol, `<${el.tagName}> ${msg}`);
		const parent = el.parentNode && isElement(el.parentNode as Node) ? (el.parentNode as Element) : null;
		const inSvg = el.namespaceURI !== 'http://www.w3.org/1999/xhtml';

		// Mis-nesting: the parser implied this element or closed it somewhere else.
		if (!loc) {
			if (!(el.tagName === 'tbody' && parent?.tagName === 'table')) place('is implied by the parser: an end tag without its start tag, or an element outside its allowed place');
		} else if (!loc.startTag) {
			place('has an end tag without a matching start tag');
		} else if (!VOID.has(el.tagName) && !loc.endTag) {
			const selfClosed = inSvg && html.slice(loc.startTag.endOffset - 2, loc.startTag.endOffset) === '/>';
			if (!selfClosed) place('is not closed where it was opened (mis-nested, or an optional end tag left out)');
		}
		if (inSvg) continue;
		if (OBSOLETE.has(el.tagName)) place('is obsolete');

		// Content models.
		if (parent && PHRASING_ONLY.has(parent.tagName) && !PHRASING.has(el.tagName) && !(parent.tagName === 'button' && el.tagName === 'svg')) {
			place(`is not allowed inside <${parent.tagName}> (phrasing content only)`);
		}
		const required = PARENTS[el.tagName];
		if (required && !(parent && required.includes(parent.tagName))) place(`must be a child of ${required.map((p) => `<${p}>`).join(' or ')}, not <${parent?.tagName ?? '#document'}>`);
		const allowed = parent ? CHILDREN[parent.tagName] : undefined;
		if (allowed && !allowed.includes(el.tagName) && el.tagName !== 'script' && el.tagName !== 'template') place(`is not allowed as a child of <${parent!.tagName}>`);
		if (el.tagName === 'caption' && parent && parent.childNodes.filter(isElement)[0] !== el) place('must be the first child of its <table>');
		if (el.tagName === 'summary' && parent && parent.childNodes.filter(isElement)[0] !== el) place('must be the first child of its <details>');
		if (isInteractive(el)) {
			for (let up = parent; up; up = up.parentNode && isElement(up.parentNode as Node) ? (up.parentNode as Element) : null) {
				if ((up.tagName === 'a' && has(up, 'href')) || up.tagName === 'button') {
					place(`is interactive content inside <${up.tagName}>`);
					break;
				}
			}
		}

		// Attributes.
		const id = attr(el, 'id');
		if (id !== undefined) {
			if (id === '' || /\s/.test(id)) place(`has an invalid id \`${id}\``);
			else if (ids.get(id)! > 1) place(`has a duplicate id \`${id}\``);
		}
		for (const name of ID_REFS) {
			const value = attr(el, name);
			if (value === undefined) continue;
			for (const ref of value.split(/\s+/).filter(Boolean)) if (!ids.has(ref)) place(`${name}="${value}" refers to a missing id \`${ref}\``);
		}
		for (const name of ['tabindex']) {
			const value = attr(el, name);
			if (value !== undefined && !/^-?\d+$/.test(value)) place(`${name}="${value}" is not an integer`);
		}
		for (const name of ['colspan', 'rowspan']) {
			const value = attr(el, name);
			if (value !== undefined && !/^[1-9]\d*$/.test(value)) place(`${name}="${value}" is not a positive integer`);
		}
		if (el.tagName === 'th' && has(el, 'scope') && !['row', 'col', 'rowgroup', 'colgroup'].includes(attr(el, 'scope')!)) place(`scope="${attr(el, 'scope')}" is not a valid scope`);
		if (el.tagName === 'img' && !has(el, 'alt')) place('has no alt attribute');
		if (el.tagName === 'a' && has(el, 'href') && attr(el, 'href')!.trim() === '') place('has an empty href');
		if (el.tagName === 'link' && (!attr(el, 'rel') || !attr(el, 'href'))) place('needs rel and href');
		if (el.tagName === 'meta' && !['charset', 'name', 'http-equiv', 'property', 'itemprop'].some((n) => has(el, n))) place('needs charset, name, http-equiv, property or itemprop');
		if (el.tagName === 'meta' && ['name', 'http-equiv', 'property'].some((n) => has(el, n)) && !has(el, 'content')) place('has no content');
		if (el.tagName === 'script' && attr(el, 'type') === 'application/ld+json') {
			try {
				JSON.parse(textOf(el));
			} catch (error) {
				place(`holds JSON-LD that is not JSON: ${(error as Error).message}`);
			}
		}
		for (const a of el.attrs) if (/^on/i.test(a.name)) place(`has an event-handler attribute ${a.name}`);
	}

	// The document.
	const html0 = elements.find((e) => e.tagName === 'html');
	if (!html0 || !attr(html0, 'lang')) at(1, 1, '<html> needs a lang attribute');
	const titles = elements.filter((e) => e.tagName === 'title' && e.namespaceURI === 'http://www.w3.org/1999/xhtml');
	if (titles.length !== 1 || !textOf(titles[0]!).trim()) at(1, 1, `needs exactly one non-empty <title> (found ${titles.length})`);
	const head = elements.find((e) => e.tagName === 'head');
	const first = head?.childNodes.filter(isElement)[0];
	if (!first || first.tagName !== 'meta' || attr(first, 'charset')?.toLowerCase() !== 'utf-8') at(1, 1, '<meta charset="utf-8"> must be the first element of <head>');
	if (elements.filter((e) => e.tagName === 'main' && !has(e, 'hidden')).length > 1) at(1, 1, 'has more than one visible <main>');
	return problems;
}
