import type { Root } from 'mdast';
import rehypeStringify from 'rehype-stringify';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { rehypeArticleComponents } from '../../../src/plugins/rehype-article-components.ts';
import { COMPONENT_RULE, remarkArticleComponents, type ArticleComponentsData, type ArticleComponentsOptions } from '../../../src/plugins/remark-article-components.ts';

const OPTIONS: ArticleComponentsOptions = { indicators: new Set(['exports', 'state-budget']), images: new Set(['hoi-nghi.jpg']) };

/** Parses MDX, runs the rule, renders the placeholders: the file and its HTML. */
function run(value: string, options = OPTIONS): { file: VFile; html: string } {
	const file = new VFile({ path: 'content/articles/x.mdx', value });
	const processor = unified().use(remarkParse).use(remarkMdx).use(remarkArticleComponents, options).use(remarkRehype).use(rehypeArticleComponents).use(rehypeStringify);
	const html = String(processor.processSync(file));
	return { file, html };
}

describe('remark-article-components (with rehype-article-components)', () => {
	it('renders <Hinh> with and without a photo and <BieuDoChiTieu> as a chart marker (ok)', () => {
		const { file, html } = run(
			'Mở đầu.\n\n<Hinh chuThich="Toàn cảnh  Hội nghị" />\n\n<Hinh src="hoi-nghi.jpg" chuThich="Lễ ký kết" moTa="Hai đại biểu ký" />\n\n<BieuDoChiTieu chiTieu="exports" />\n\n<BieuDoChiTieu chiTieu="state-budget" phamVi="FDI" />\n',
		);
		expect(file.messages.map(String)).toEqual([]);
		expect(html).toBe(
			[
				'<p>Mở đầu.</p>',
				'<figure class="photo-missing"><figcaption><span class="photo-missing__note">Ảnh không còn lưu giữ</span> Toàn cảnh Hội nghị</figcaption></figure>',
				'<figure class="article-figure"><img src="/anh/hoi-nghi.jpg" alt="Hai đại biểu ký" loading="lazy"><figcaption>Lễ ký kết</figcaption></figure>',
				'<div class="article-chart" data-chi-tieu="exports" data-pham-vi="total"></div>',
				'<div class="article-chart" data-chi-tieu="state-budget" data-pham-vi="FDI"></div>',
			].join('\n'),
		);
		expect((file.data as Partial<ArticleComponentsData>).articleComponents).toEqual([
			{ kind: 'figure', caption: 'Toàn cảnh Hội nghị', image: null, alt: null },
			{ kind: 'figure', caption: 'Lễ ký kết', image: 'hoi-nghi.jpg', alt: 'Hai đại biểu ký' },
			{ kind: 'chart', indicator: 'exports', scope: 'total' },
			{ kind: 'chart', indicator: 'state-budget', scope: 'FDI' },
		]);
	});

	it('keeps NFC captions from NFD input, and accepts any key and photo when no vocabulary or folder is given', () => {
		const { file, html } = run(`<Hinh src="anh-moi.png" chuThich="${'Đắk Nông'.normalize('NFD')}" />\n\n<BieuDoChiTieu chiTieu="bat-ky" />\n`, {});
		expect(file.messages.map(String)).toEqual([]);
		expect(html).toBe('<figure class="article-figure"><img src="/anh/anh-moi.png" alt="" loading="lazy"><figcaption>Đắk Nông</figcaption></figure>\n<div class="article-chart" data-chi-tieu="bat-ky" data-pham-vi="total"></div>');
	});

	it('reports every other MDX construct and every bad component at its place, as fatal errors, and drops them (not ok)', () => {
		const { file, html } = run(
			[
				'import X from "y"',
				'',
				'<Foo />',
				'',
				'Chữ <Hinh chuThich="x" /> giữa và {1 + 1}.',
				'',
				'{alert(1)}',
				'',
				'<Hinh />',
				'',
				'<Hinh chuThich="a" tieuDe="b" />',
				'',
				'<Hinh chuThich={x} />',
				'',
				'<Hinh src="../bi-mat.txt" chuThich="a" />',
				'',
				'<Hinh src="khong-co.jpg" chuThich="a" />',
				'',
				'<Hinh chuThich="a">chữ</Hinh>',
				'',
				'<BieuDoChiTieu chiTieu="khong-co" />',
				'',
				'<BieuDoChiTieu chiTieu="exports" phamVi="tong" />',
				'',
				'> <BieuDoChiTieu chiTieu="exports" />',
				'',
				'<script>alert(1)</script>',
				'',
				'<Hinh chuThich="a">',
				'chữ',
				'</Hinh>',
				'',
			].join('\n'),
		);
		expect(file.messages.map(String)).toEqual([
			'content/articles/x.mdx:1:1-1:18: Không dùng `import`/`export` trong bài viết: các thành phần có sẵn không cần nhập. Xóa dòng này.',
			'content/articles/x.mdx:3:1-3:8: Thành phần `<Foo>` không có. Chỉ dùng `<Hinh chuThich="…" />` (ảnh và chú thích) hoặc `<BieuDoChiTieu chiTieu="…" />` (biểu đồ chỉ tiêu của khối).',
			'content/articles/x.mdx:5:5-5:26: Đặt `<Hinh>` trên một dòng riêng, ngoài đoạn văn, danh sách và trích dẫn.',
			'content/articles/x.mdx:5:35-5:42: Không dùng biểu thức `{…}` trong bài viết. Muốn viết dấu ngoặc nhọn, đặt `\\{`.',
			'content/articles/x.mdx:7:1-7:11: Không dùng biểu thức `{…}` trong bài viết. Muốn viết dấu ngoặc nhọn, đặt `\\{`.',
			'content/articles/x.mdx:9:1-9:9: `<Hinh>` cần `chuThich="…"`: chú thích ảnh như bài viết.',
			'content/articles/x.mdx:11:1-11:33: `<Hinh>` không có thuộc tính `tieuDe`; chỉ có `chuThich`, `src`, `moTa`.',
			'content/articles/x.mdx:13:1-13:22: Thuộc tính `chuThich` của `<Hinh>` cần một giá trị trong ngoặc kép: `chuThich="…"`.',
			'content/articles/x.mdx:15:1-15:42: Ảnh `../bi-mat.txt` không có trong thư mục content/anh/. Chép ảnh (.jpg, .png, .webp; tên chữ thường không dấu) vào đó và ghi đúng tên tệp, hoặc bỏ `src` nếu ảnh không còn lưu giữ.',
			'content/articles/x.mdx:17:1-17:41: Ảnh `khong-co.jpg` không có trong thư mục content/anh/. Chép ảnh (.jpg, .png, .webp; tên chữ thường không dấu) vào đó và ghi đúng tên tệp, hoặc bỏ `src` nếu ảnh không còn lưu giữ.',
			'content/articles/x.mdx:19:1-19:30: Đặt `<Hinh>` trên một dòng riêng, ngoài đoạn văn, danh sách và trích dẫn.',
			'content/articles/x.mdx:21:1-21:37: `<BieuDoChiTieu>` cần `chiTieu` là mã một chỉ tiêu trong content/indicators.yaml (không có `khong-co`).',
			'content/articles/x.mdx:23:1-23:50: `phamVi` của `<BieuDoChiTieu>` là `total`, `FDI` hoặc `DDI`, không phải `tong`.',
			'content/articles/x.mdx:25:3-25:38: Đặt `<BieuDoChiTieu>` trên một dòng riêng, ngoài đoạn văn, danh sách và trích dẫn.',
			'content/articles/x.mdx:27:1-27:26: Thành phần `<script>` không có. Chỉ dùng `<Hinh chuThich="…" />` (ảnh và chú thích) hoặc `<BieuDoChiTieu chiTieu="…" />` (biểu đồ chỉ tiêu của khối).',
			'content/articles/x.mdx:29:1-31:8: `<Hinh>` không có nội dung bên trong: viết `<Hinh … />`, chú thích đặt trong `chuThich`.',
		]);
		expect(new Set(file.messages.map((m) => `${m.ruleId} ${m.source} ${m.fatal}`))).toEqual(new Set([`${COMPONENT_RULE.ruleId} ${COMPONENT_RULE.source} true`]));
		expect(COMPONENT_RULE).toEqual({ ruleId: 'mdx-component', source: 'archive' });
		// What is left renders (empty where a component stood); the errors stop the build anyway.
		expect(html).toBe('<p>Chữ  giữa và .</p>\n<p></p>\n<blockquote>\n</blockquote>\n<p></p>');
		expect((file.data as Partial<ArticleComponentsData>).articleComponents).toEqual([]);
	});

	it('is silent on a tree without positions, and still drops what it does not allow', () => {
		const tree = {
			type: 'root',
			children: [
				{ type: 'mdxjsEsm', value: 'import X from "y"' },
				{ type: 'mdxJsxFlowElement', name: 'script', attributes: [], children: [] },
				{ type: 'mdxJsxFlowElement', name: 'Hinh', attributes: [{ type: 'mdxJsxAttribute', name: 'chuThich', value: 'Ảnh' }], children: [] },
			],
		} as unknown as Root;
		const file = new VFile({ path: 'x.mdx' });
		remarkArticleComponents(OPTIONS)(tree, file);
		expect(file.messages).toEqual([]);
		expect(tree.children).toEqual([{ type: 'paragraph', children: [], data: { hName: 'div', hProperties: { id: 'archive-component-0' } }, position: undefined }]);
		expect((file.data as Partial<ArticleComponentsData>).articleComponents).toEqual([{ kind: 'figure', caption: 'Ảnh', image: null, alt: null }]);
	});
});
