import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

const SAFE = /^(?:https?:|mailto:|tel:|\/|#|\.{0,2}\/|[^:]*$)/i;

/**
 * Warns about links and images whose URL uses a scheme other than http(s), mailto or tel
 * (`javascript:`, `data:`, `vbscript:` …). The sanitiser removes them from the page, so this is a
 * warning, not an error: it tells staff where they were instead of dropping them silently.
 */
export function remarkSafeLinks() {
	return (tree: Root, file: VFile) => {
		visit(tree, ['link', 'image', 'definition'], (node) => {
			const url = (node as { url?: string }).url ?? '';
			if (!node.position || SAFE.test(url.trim())) return;
			const shown = url.length > 40 ? `${url.slice(0, 40)}…` : url;
			file.message(`Liên kết \`${shown}\` không an toàn và đã bị bỏ khỏi trang. Chỉ dùng liên kết http(s), mailto hoặc đường dẫn trong trang.`, {
				place: node.position,
				ruleId: 'unsafe-link',
				source: 'archive',
			});
		});
	};
}
