import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { lintRule } from './lint-rule.ts';

const SAFE = /^(?:https?:|mailto:|tel:|\/|#|\.{0,2}\/|[^:]*$)/i;

/** `unsafe-link`: a link or image whose URL uses a scheme other than http(s), mailto or tel (a warning). */
export const unsafeLinkRule = lintRule<Root>({ origin: 'archive:unsafe-link', severity: 'warning' }, (tree, file) => {
	visit(tree, ['link', 'image', 'definition'], (node) => {
		const url = (node as { url?: string }).url ?? '';
		if (!node.position || SAFE.test(url.trim())) return;
		const shown = url.length > 40 ? `${url.slice(0, 40)}…` : url;
		file.message(`Liên kết \`${shown}\` không an toàn và đã bị bỏ khỏi trang.`, { place: node.position }).note = 'Chỉ dùng liên kết http(s), mailto hoặc đường dẫn trong trang.';
	});
});

/**
 * Warns about links and images whose URL uses a scheme other than http(s), mailto or tel
 * (`javascript:`, `data:`, `vbscript:` …). The sanitiser removes them from the page, so this is a
 * warning, not an error: it tells staff where they were instead of dropping them silently.
 */
export function remarkSafeLinks() {
	return (tree: Root, file: VFile) => unsafeLinkRule(tree, file);
}
