/** Builds the DOM of search results from their views; text only goes in as text nodes. */
import type { HitView } from '../lib/search/hit.ts';

/** Creates an element with an optional class and text. */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
	const node = document.createElement(tag);
	if (className) node.className = className;
	if (text !== undefined) node.textContent = text;
	return node;
}

/** One result: a heading linking to the page, its type and details, and the excerpt. */
export function renderHit(view: HitView): HTMLLIElement {
	const item = el('li', `search-hit search-hit--${view.type}`);
	const heading = el('h3', 'search-hit__title');
	const link = el('a', undefined, view.title);
	link.href = view.url;
	heading.append(link);

	const meta = el('p', 'search-hit__meta');
	meta.append(el('span', 'search-hit__type', view.typeLabel));
	for (const detail of view.details) meta.append(' · ', detail);

	const excerpt = el('p', 'search-hit__excerpt');
	if (view.cutStart) excerpt.append('… ');
	for (const part of view.excerpt) excerpt.append(part.mark ? el('mark', undefined, part.text) : part.text);
	if (view.cutEnd) excerpt.append(' …');

	item.append(heading, meta, excerpt);
	return item;
}
