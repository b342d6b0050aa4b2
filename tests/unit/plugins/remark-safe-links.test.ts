import type { Root } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { remarkSafeLinks } from '../../../src/plugins/remark-safe-links.ts';

function lint(value: string): VFile {
	const file = new VFile({ path: 'content/articles/x.md', value });
	const processor = unified().use(remarkParse).use(remarkSafeLinks);
	processor.runSync(processor.parse(file), file);
	return file;
}

describe('remark-safe-links', () => {
	it('accepts http(s), mailto, tel, site paths, fragments and relative links (ok)', () => {
		const file = lint(
			'[a](https://kcn.gov.vn/) [b](http://x.vn) [c](mailto:ban@x.vn) [d](tel:+84236) [e](/khoi/dong-bang-song-hong/) [f](#c-1) [g](./a.md) [h](../b) [i](tep.txt) [j]( HTTPS://X.VN )\n\n![ảnh](/anh.png)\n\n[ref]: https://x.vn\n',
		);
		expect(file.messages.map(String)).toEqual([]);
	});

	it('warns about each other scheme in links, images and definitions, with its place (not ok)', () => {
		const file = lint('[a](javascript:alert(1)) và ![b](data:image/png;base64,AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA)\n\n[c]: vbscript:msgbox\n');
		expect(file.messages.map(String)).toEqual([
			'content/articles/x.md:1:1-1:25: Liên kết `javascript:alert(1)` không an toàn và đã bị bỏ khỏi trang.',
			'content/articles/x.md:1:29-1:101: Liên kết `data:image/png;base64,AAAAAAAAAAAAAAAAAA…` không an toàn và đã bị bỏ khỏi trang.',
			'content/articles/x.md:3:1-3:21: Liên kết `vbscript:msgbox` không an toàn và đã bị bỏ khỏi trang.',
		]);
		expect(file.messages.map((m) => [m.ruleId, m.source, m.fatal, m.note, m.url])).toEqual(
			Array.from({ length: 3 }, () => ['unsafe-link', 'archive', false, 'Chỉ dùng liên kết http(s), mailto hoặc đường dẫn trong trang.', 'docs/huong-dan/loi-thuong-gap.md#unsafe-link']),
		);
	});

	it('is silent on a tree without positions', () => {
		const tree: Root = { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'link', url: 'javascript:alert(1)', children: [{ type: 'text', value: 'x' }] }] }] };
		const file = new VFile({ path: 'x.md' });
		remarkSafeLinks()(tree, file);
		expect(file.messages).toEqual([]);
	});
});
