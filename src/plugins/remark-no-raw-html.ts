import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

/** Rule id and source stamped on every message, like remark-lint's `origin`. */
export const RAW_HTML_RULE = { ruleId: 'no-raw-html', source: 'archive' } as const;

/**
 * Reports raw HTML in an article body. The renderer drops it anyway (it never reaches a page);
 * this tells staff where it was and what to write instead.
 */
export function remarkNoRawHtml() {
	return (tree: Root, file: VFile) => {
		visit(tree, 'html', (node) => {
			if (!node.position) return;
			const snippet = node.value.length > 40 ? `${node.value.slice(0, 40)}…` : node.value;
			const message = file.message(`Không dùng HTML trong bài viết: \`${snippet}\` sẽ bị bỏ khi dựng trang. Viết bằng Markdown (chú thích ảnh: \`_Ảnh: …_\`).`, {
				place: node.position,
				...RAW_HTML_RULE,
			});
			message.fatal = true;
		});
	};
}
