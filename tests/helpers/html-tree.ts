import { parse, type DefaultTreeAdapterMap } from 'parse5';

/** An element of a parse5 tree. */
export type Element = DefaultTreeAdapterMap['element'];
type Node = DefaultTreeAdapterMap['node'];

/** Every element of an HTML document, in document order (parse5, as browsers parse). */
export function elementsOf(html: string): Element[] {
	const out: Element[] = [];
	const walk = (n: Node) => {
		if ('tagName' in n) out.push(n);
		if ('childNodes' in n) n.childNodes.forEach(walk);
	};
	walk(parse(html));
	return out;
}

/** An attribute's value, or undefined. */
export function attr(el: Element, name: string): string | undefined {
	return el.attrs.find((a) => a.name === name)?.value;
}
