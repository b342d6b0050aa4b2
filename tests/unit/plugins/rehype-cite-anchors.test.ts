import type { Root } from 'hast';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { rehypeCiteAnchors, type CiteAnchorsData } from '../../../src/plugins/rehype-cite-anchors.ts';
import { normalizeText, shortHash } from '../../../src/lib/text/match.ts';

function render(value: string, quotes: string[]) {
	const file = new VFile({ path: 'content/articles/x.md', value });
	const html = String(unified().use(remarkParse).use(remarkRehype).use(rehypeCiteAnchors, { quotes }).use(rehypeStringify).processSync(file));
	const data = file.data as Partial<CiteAnchorsData>;
	return { html, file, anchors: Object.fromEntries(data.citeAnchors!), unmatched: data.unmatchedQuotes };
}

/** The id the plugin gives a sentence: `c-` and a hash of its normalised text. */
const id = (sentence: string) => `c-${shortHash(normalizeText(sentence))}`;

describe('rehype-cite-anchors', () => {
	it('wraps the one sentence that states a quote, keeps the rest of the paragraph as text', () => {
		const s2 = 'Khối trưởng năm 2021 là Ban Quản lý các KCN Đà Nẵng.';
		const { html, file, anchors, unmatched } = render(`Hội nghị khai mạc lúc 8 giờ. ${s2} Hội nghị bế mạc.\n`, ['Khối trưởng năm 2021 là Ban Quản lý']);
		expect(html).toBe(`<p>Hội nghị khai mạc lúc 8 giờ. <span class="cite" id="${id(s2)}">${s2}</span> Hội nghị bế mạc.</p>`);
		expect(anchors).toEqual({ 'Khối trưởng năm 2021 là Ban Quản lý': id(s2) });
		expect(unmatched).toEqual([]);
		expect(file.messages.map(String)).toEqual([]);
	});

	it('finds a quote written with other spaces and NFD marks, across a line break, in a list item', () => {
		const s = 'Vốn đăng ký đạt 2,48 tỷ USD.';
		const { html, anchors } = render(`- Mở đầu. Vốn đăng ký\nđạt 2,48 tỷ USD.\n`, ['Vo\u0302\u0301n  đăng ký đạt 2,48'.normalize('NFD')]);
		expect(html).toBe(`<ul>\n<li>Mở đầu. <span class="cite" id="${id('Vốn đăng ký\nđạt 2,48 tỷ USD.')}">Vốn đăng ký\nđạt 2,48 tỷ USD.</span></li>\n</ul>`);
		expect(Object.values(anchors)).toEqual([id(s)]);
	});

	it('merges quotes in overlapping sentences into one span; a quote spanning two sentences takes both', () => {
		const { html, anchors } = render('Một. Hai ba. Bốn năm. Sáu.\n', ['Hai', 'ba. Bốn', 'năm']);
		const span = 'Hai ba. Bốn năm.';
		expect(html).toBe(`<p>Một. <span class="cite" id="${id(span)}">${span}</span> Sáu.</p>`);
		expect(anchors).toEqual({ Hai: id(span), 'ba. Bốn': id(span), năm: id(span) });
	});

	it('anchors the whole paragraph when inline markup is inside, and numbers repeated sentences', () => {
		const { html, anchors } = render('Đơn vị **Đà Nẵng** nhận Cờ thi đua.\n\nHọp lại.\n\nHọp lại.\n', ['nhận Cờ thi đua', 'Họp lại']);
		expect(html).toBe(`<p id="${id('Đơn vị Đà Nẵng nhận Cờ thi đua.')}" class="cite">Đơn vị <strong>Đà Nẵng</strong> nhận Cờ thi đua.</p>\n<p><span class="cite" id="${id('Họp lại.')}">Họp lại.</span></p>\n<p>Họp lại.</p>`);
		expect(anchors).toEqual({ 'nhận Cờ thi đua': id('Đơn vị Đà Nẵng nhận Cờ thi đua.'), 'Họp lại': id('Họp lại.') });
		const twice = render('A b.\n\n_A b._\n', ['A b', 'A b.']);
		expect(Object.keys(twice.anchors)).toEqual(['A b', 'A b.']);
		expect(new Set(Object.values(twice.anchors)).size).toBe(1);
	});

	it('cites headings but not code blocks; reports quotes found nowhere (not ok)', () => {
		const { html, anchors, unmatched, file } = render('## Tổng kết năm 2020\n\n```\nmã nguồn 2019\n```\n', ['Tổng kết năm 2020', 'mã nguồn 2019', 'không có ở đâu']);
		expect(html).toContain(`<h2><span class="cite" id="${id('Tổng kết năm 2020')}">Tổng kết năm 2020</span></h2>`);
		expect(anchors).toEqual({ 'Tổng kết năm 2020': id('Tổng kết năm 2020') });
		expect(unmatched).toEqual(['mã nguồn 2019', 'không có ở đâu']);
		expect(file.messages.map(String)).toEqual([]);
	});

	it('gives the same sentence cited in two places distinct ids (`-2`)', () => {
		// The first paragraph is NFD (a tree not normalised upstream): only the ASCII quote finds it,
		// and its sentence's id is computed on NFC text, so it equals the second paragraph's.
		const sentence = 'Họp lại năm 2020.';
		const tree: Root = {
			type: 'root',
			children: [
				{ type: 'element', tagName: 'p', properties: {}, children: [{ type: 'text', value: sentence.normalize('NFD') }] },
				{ type: 'element', tagName: 'p', properties: {}, children: [{ type: 'text', value: sentence }] },
			],
		};
		const file = new VFile();
		rehypeCiteAnchors({ quotes: ['2020', 'Họp lại'] })(tree, file);
		expect((file.data as Partial<CiteAnchorsData>).citeAnchors).toEqual(new Map([['2020', id(sentence)], ['Họp lại', `${id(sentence)}-2`]]));
		expect(file.messages).toEqual([]);
	});

	it('works on a tree without positions; two quotes in one sentence share its id', () => {
		const tree: Root = {
			type: 'root',
			children: [
				{ type: 'element', tagName: 'p', properties: {}, children: [{ type: 'text', value: 'Lặp. Khác một.' }] },
				{ type: 'element', tagName: 'li', properties: {}, children: [{ type: 'text', value: 'Lặp. Khác hai.' }] },
			],
		};
		const file = new VFile();
		rehypeCiteAnchors({ quotes: ['Khác một', 'Lặp. Khác hai'] })(tree, file);
		expect(unified().use(rehypeStringify).stringify(tree)).toBe(`<p>Lặp. <span class="cite" id="${id('Khác một.')}">Khác một.</span></p><li><span class="cite" id="${id('Lặp. Khác hai.')}">Lặp. Khác hai.</span></li>`);
		const again: Root = { type: 'root', children: [0, 1].map(() => ({ type: 'element' as const, tagName: 'p', properties: {}, children: [{ type: 'text' as const, value: 'Một câu.' }] })) };
		rehypeCiteAnchors({ quotes: ['Một câu', 'Một câu.'] })(again, file);
		expect([...(file.data as Partial<CiteAnchorsData>).citeAnchors!.values()]).toEqual([id('Một câu.'), id('Một câu.')]);
		expect(file.messages).toEqual([]);
	});
});
