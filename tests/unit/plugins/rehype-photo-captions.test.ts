import type { Root } from 'hast';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { rehypePhotoCaptions } from '../../../src/plugins/rehype-photo-captions.ts';

function render(value: string): { html: string; file: VFile } {
	const file = new VFile({ path: 'content/articles/x.md', value });
	const html = String(unified().use(remarkParse).use(remarkRehype).use(rehypePhotoCaptions).use(rehypeStringify).processSync(file));
	return { html, file };
}

const MISSING = (caption: string) => `<figure class="photo-missing"><figcaption><span class="photo-missing__note">Ảnh không còn lưu giữ</span> ${caption}</figcaption></figure>`;

describe('rehype-photo-captions', () => {
	it('turns a paragraph that is only an emphasised `Ảnh:` caption into a missing-photo figure, NFC', () => {
		const { html, file } = render('_Ảnh: Toàn cảnh Hội nghị_\n\n*Ảnh:Đại biểu dự họp*\n\n_A\u0309nh: Ông Nguyễn Văn A phát biểu_\n');
		expect(html).toBe([MISSING('Toàn cảnh Hội nghị'), MISSING('Đại biểu dự họp'), MISSING('Ông Nguyễn Văn A phát biểu')].join('\n'));
		expect(file.messages.map(String)).toEqual([]);
	});

	it('leaves other paragraphs alone (not a caption)', () => {
		const { html, file } = render('Ảnh: không nghiêng.\n\n_Ảnh: nghiêng_ và chữ sau\n\n_Hình: không phải ảnh_\n\n**Ảnh: đậm**\n\n- _Ảnh: trong danh sách_\n');
		expect(html).toBe(
			'<p>Ảnh: không nghiêng.</p>\n<p><em>Ảnh: nghiêng</em> và chữ sau</p>\n<p><em>Hình: không phải ảnh</em></p>\n<p><strong>Ảnh: đậm</strong></p>\n<ul>\n<li><em>Ảnh: trong danh sách</em></li>\n</ul>',
		);
		expect(file.messages.map(String)).toEqual([]);
	});

	it('works on a tree without positions, and keeps the position when there is one', () => {
		const tree: Root = { type: 'root', children: [{ type: 'element', tagName: 'p', properties: {}, children: [{ type: 'element', tagName: 'em', properties: {}, children: [{ type: 'text', value: 'Ảnh: Lễ ký kết' }] }] }] };
		rehypePhotoCaptions()(tree);
		expect(unified().use(rehypeStringify).stringify(tree)).toBe(MISSING('Lễ ký kết'));
		expect(tree.children[0]!.position).toBeUndefined();
		const processor = unified().use(remarkParse).use(remarkRehype).use(rehypePhotoCaptions);
		const positioned = processor.runSync(processor.parse('Đoạn.\n\n_Ảnh: X_\n')) as Root;
		expect(positioned.children.filter((c) => c.type === 'element').map((c) => c.position?.start.line)).toEqual([1, 3]);
	});
});
