import type { Element, ElementContent, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';

const MARKER = /^Ảnh:\s*/u;

/** The figure of a photo the archive does not keep: a note saying so, then its caption. */
export function missingPhotoFigure(caption: string): Element {
	const children: ElementContent[] = [
		{ type: 'element', tagName: 'span', properties: { className: ['photo-missing__note'] }, children: [{ type: 'text', value: 'Ảnh không còn lưu giữ' }] },
		{ type: 'text', value: ` ${caption}` },
	];
	return { type: 'element', tagName: 'figure', properties: { className: ['photo-missing'] }, children: [{ type: 'element', tagName: 'figcaption', properties: {}, children }] };
}

/**
 * Turns a caption paragraph (`_Ảnh: Toàn cảnh Hội nghị_`, the archive's convention) into a figure
 * that says the photo is not available. Sources name photos we do not have; we keep the caption and
 * never show a fake image.
 */
export function rehypePhotoCaptions() {
	return (tree: Root) => {
		visit(tree, 'element', (node, index, parent) => {
			if (node.tagName !== 'p' || index === undefined || !parent) return;
			const children = node.children.filter((c) => !(c.type === 'text' && !c.value.trim()));
			const only = children[0];
			if (children.length !== 1 || only?.type !== 'element' || only.tagName !== 'em') return;
			const text = toString(only).normalize('NFC');
			if (!MARKER.test(text)) return;
			parent.children[index] = { ...missingPhotoFigure(text.replace(MARKER, '')), position: node.position };
		});
	};
}
