import { describe, expect, it } from 'vitest';
import { renderArticleBody } from '../../src/lib/archive/article-body.ts';
import { mdxProse } from '../../src/lib/check/mdx-prose.ts';
import { articleBodyParts } from '../../src/lib/views/article-body-parts.ts';

describe('renderArticleBody on an .mdx body', () => {
	const body = 'Mở đầu. Khối trưởng năm 2023 là Ban Quản lý Khu kinh tế Vân Phong.\n\n<Hinh chuThich="Toàn cảnh Hội nghị" />\n\n<BieuDoChiTieu chiTieu="exports" />\n';

	it('anchors quotes in the body and in a caption, renders the components, keeps the text for search and mentions', () => {
		const r = renderArticleBody(body, { path: 'content/articles/x.mdx', quotes: ['Khối trưởng năm 2023', 'Toàn cảnh Hội nghị'], components: { indicators: new Set(['exports']) } });
		expect(r.messages.map(String)).toEqual([]);
		expect(r.unmatchedQuotes).toEqual([]);
		const [sentence, caption] = [...r.anchors.values()];
		expect(r.html).toBe(
			`<p>Mở đầu. <span class="cite" id="${sentence}">Khối trưởng năm 2023 là Ban Quản lý Khu kinh tế Vân Phong.</span></p>\n` +
				`<figure class="photo-missing"><figcaption id="${caption}" class="cite"><span class="photo-missing__note">Ảnh không còn lưu giữ</span> Toàn cảnh Hội nghị</figcaption></figure>\n` +
				'<div class="article-chart" data-chi-tieu="exports" data-pham-vi="total"></div>',
		);
		expect(r.text).toBe('Mở đầu. Khối trưởng năm 2023 là Ban Quản lý Khu kinh tế Vân Phong.\nẢnh không còn lưu giữ Toàn cảnh Hội nghị\n');
	});

	it('renders the same text as Markdown when it is a Markdown file (`<` stays raw HTML there)', () => {
		const r = renderArticleBody(body, { path: 'content/articles/x.md', quotes: [] });
		expect(r.html).toBe('<p>Mở đầu. Khối trưởng năm 2023 là Ban Quản lý Khu kinh tế Vân Phong.</p>');
		expect(r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}`)).toEqual(['3:1 no-raw-html', '5:1 no-raw-html']);
	});

	it('reports an MDX syntax error at its place and renders nothing (not ok)', () => {
		const r = renderArticleBody('Đoạn một.\n\nGiá trị a < b và {x\n', { path: 'content/articles/x.mdx', quotes: ['Đoạn một'] });
		expect(r.messages.map(String)).toEqual([
			'content/articles/x.mdx:3:20: MDX sai cú pháp: Unexpected end of file in expression, expected a corresponding closing brace for `{`. Trong tệp .mdx, dấu `<` và `{` mở một thành phần hay biểu thức: viết `\\<`, `\\{` nếu muốn chữ thường, và đóng mọi thẻ (`<Hinh … />`).',
		]);
		expect(r.messages.map((m) => [m.ruleId, m.source, m.fatal])).toEqual([['mdx-syntax', 'archive', true]]);
		expect([r.html, r.text, r.unmatchedQuotes]).toEqual(['', '', ['Đoạn một']]);
	});
});

describe('mdxProse', () => {
	it('blanks component tags, keeping line:column, captions and descriptions', () => {
		const body = 'Chữ đầu.\n\n<Hinh src="a.jpg"\n  chuThich="Toàn cảnh" moTa=\'Hội trường\' />\n\n<BieuDoChiTieu chiTieu="exports" />\nCuối.\n';
		const prose = mdxProse(body);
		expect(prose.length).toBe(body.length);
		expect(prose.split('\n').map((l) => l.trimEnd())).toEqual(['Chữ đầu.', '', '', '            Toàn cảnh        Hội trường', '', '', 'Cuối.', '']);
		expect(prose.split('\n')[3]!.indexOf('Toàn')).toBe(body.split('\n')[3]!.indexOf('Toàn'));
		expect(mdxProse('Không có thẻ nào.\n')).toBe('Không có thẻ nào.\n');
	});
});

describe('articleBodyParts', () => {
	const vocabulary = new Map([['exports', { label: 'Xuất khẩu' }]]) as unknown as Parameters<typeof articleBodyParts>[4];

	it('is one HTML part for a body without charts', () => {
		expect(articleBodyParts('<p>A</p>', 'k', undefined, [], vocabulary)).toEqual([{ kind: 'html', html: '<p>A</p>' }]);
		expect(articleBodyParts('', 'k', undefined, [], vocabulary)).toEqual([{ kind: 'html', html: '' }]);
	});

	it('splits at each chart marker; a bloc without the series gets no chart, and says which indicator', () => {
		const html = '<p>A</p>\n<div class="article-chart" data-chi-tieu="exports" data-pham-vi="FDI"></div>\n<p>B</p><div class="article-chart" data-chi-tieu="khac" data-pham-vi="total"></div>';
		expect(articleBodyParts(html, 'k', undefined, [], vocabulary)).toEqual([
			{ kind: 'html', html: '<p>A</p>\n' },
			{ kind: 'charts', indicator: 'exports', label: 'Xuất khẩu', charts: [], tableUrl: '/khoi/k/' },
			{ kind: 'html', html: '\n<p>B</p>' },
			{ kind: 'charts', indicator: 'khac', label: 'khac', charts: [], tableUrl: '/khoi/k/' },
		]);
	});
});
