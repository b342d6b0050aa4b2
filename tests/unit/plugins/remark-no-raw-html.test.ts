import type { Root } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { remarkNoRawHtml } from '../../../src/plugins/remark-no-raw-html.ts';

/** Parses `value` as Markdown and runs the rule on it, as remark-lint's own tests do. */
function lint(value: string): VFile {
	const file = new VFile({ path: 'content/articles/x.md', value });
	const processor = unified().use(remarkParse).use(remarkNoRawHtml);
	processor.runSync(processor.parse(file), file);
	return file;
}

describe('remark-no-raw-html', () => {
	it('is silent on Markdown without HTML (ok)', () => {
		const file = lint('# Hội nghị\n\nĐoàn đến **Đà Nẵng** ngày 12/1.\n\n_Ảnh: Toàn cảnh Hội nghị_\n\n`<b>` trong mã là chữ.\n');
		expect(file.messages.map(String)).toEqual([]);
	});

	it('reports each block and inline HTML node with its place, as a fatal error (not ok)', () => {
		const file = lint('Đoạn một.\n\n<div class="x">khối</div>\n\nChữ <b>đậm</b> và <img src=x onerror="alert(1)" title="một thuộc tính rất dài">.\n');
		expect(file.messages.map(String)).toEqual([
			'content/articles/x.md:3:1-3:26: Không dùng HTML trong bài viết: `<div class="x">khối</div>` sẽ bị bỏ khi dựng trang.',
			'content/articles/x.md:5:5-5:8: Không dùng HTML trong bài viết: `<b>` sẽ bị bỏ khi dựng trang.',
			'content/articles/x.md:5:11-5:15: Không dùng HTML trong bài viết: `</b>` sẽ bị bỏ khi dựng trang.',
			'content/articles/x.md:5:19-5:80: Không dùng HTML trong bài viết: `<img src=x onerror="alert(1)" title="một…` sẽ bị bỏ khi dựng trang.',
		]);
		expect(file.messages.map((m) => [m.ruleId, m.source, m.fatal, m.note, m.url])).toEqual(
			Array.from({ length: 4 }, () => ['no-raw-html', 'archive', true, 'Viết bằng Markdown (chú thích ảnh: `_Ảnh: …_`).', 'docs/huong-dan/loi-thuong-gap.md#no-raw-html']),
		);
	});

	it('is silent on a tree without positions', () => {
		const tree: Root = { type: 'root', children: [{ type: 'html', value: '<script>alert(1)</script>' }, { type: 'paragraph', children: [{ type: 'html', value: '<b>' }] }] };
		const file = new VFile({ path: 'x.md' });
		remarkNoRawHtml()(tree, file);
		expect(file.messages).toEqual([]);
	});
});
