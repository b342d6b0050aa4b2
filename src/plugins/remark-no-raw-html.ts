import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { lintRule } from './lint-rule.ts';

/** `no-raw-html`: raw HTML in an article body (an error). */
export const noRawHtmlRule = lintRule<Root>({ origin: 'archive:no-raw-html' }, (tree, file) => {
	visit(tree, 'html', (node) => {
		if (!node.position) return;
		const snippet = node.value.length > 40 ? `${node.value.slice(0, 40)}…` : node.value;
		file.message(`Không dùng HTML trong bài viết: \`${snippet}\` sẽ bị bỏ khi dựng trang.`, { place: node.position }).note = 'Viết bằng Markdown (chú thích ảnh: `_Ảnh: …_`).';
	});
});

/**
 * Reports raw HTML in an article body. The renderer drops it anyway (it never reaches a page);
 * this tells staff where it was and what to write instead.
 */
export function remarkNoRawHtml() {
	return (tree: Root, file: VFile) => noRawHtmlRule(tree, file);
}
