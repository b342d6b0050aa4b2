import { describe, expect, it } from 'vitest';
import { buildArchive, type Archive, type SourceEntry } from '../../src/lib/archive/index.ts';
import { report } from '../../src/lib/check/report.ts';
import { ArticleSchema } from '../../src/schemas/article.ts';
import { BlocSchema } from '../../src/schemas/bloc.ts';
import { idReference } from '../../src/schemas/common.ts';
import { UnitSchema } from '../../src/schemas/unit.ts';
import type { ArticleData } from '../../src/schemas/article.ts';

const unit = (id: string, names: Array<{ name: string; from?: number; to?: number }>, variants: string[] = []) => ({
	id,
	file: `content/units/${id}.yaml`,
	data: UnitSchema().parse({ names, variants, province: 'Tỉnh' }),
});
const units = [
	unit('a', [{ name: 'Ban Quản lý các khu công nghiệp tỉnh An' }], ['BQL các KCN tỉnh An']),
	unit('b', [{ name: 'Ban Quản lý các khu công nghiệp và chế xuất Bình', to: 2016 }, { name: 'Ban Quản lý Khu công nghệ cao và các khu công nghiệp Bình', from: 2020 }]),
	unit('c', [{ name: 'Ban Quản lý Khu kinh tế Cần' }]),
];
const blocs = [{ id: 'k', file: 'content/blocs/k.yaml', data: BlocSchema(idReference).parse({ kind: 'khoi', names: [{ name: 'Khối thi đua K', short: 'Khối K' }], region: 'Vùng', from: 2018, members: [{ unit: 'a' }, { unit: 'b' }, { unit: 'c' }] }) }];

/** Every message as `file:line:col: reason` (vfile's own `String(message)`), in derivation order. */
const messages = (archive: Archive) => archive.diagnostics.flatMap((f) => f.messages.map(String));
/** Rule fields of every message: `[ruleId, source, fatal, url]`. */
const rules = (archive: Archive) => archive.diagnostics.flatMap((f) => f.messages.map((m) => [m.ruleId, m.source, m.fatal, m.url]));

function article(id: string, data: Record<string, unknown>, body = 'Nội dung.'): SourceEntry<ArticleData> {
	return {
		id,
		file: `content/articles/${id}.md`,
		body,
		data: ArticleSchema(idReference).parse({ title: id, bloc: 'k', source: { file: `${id}.txt`, condition: 'clean' }, conference: {}, ...data }),
	};
}

describe('chair rotation', () => {
	it('takes the chair from the year that states it and from the previous year that elected it, citing both when they agree', () => {
		const archive = buildArchive({
			blocs,
			units,
			articles: [
				article('y2019', { year: 2019, chair: { unit: 'a', quote: 'A là Khối trưởng năm 2019' }, elected: { chair: { unit: 'b', quote: 'bầu B làm Khối trưởng năm 2020' } } }, 'A là Khối trưởng năm 2019. Hội nghị bầu B làm Khối trưởng năm 2020.'),
				article('y2020', { year: 2020, chair: { unit: 'b', quote: 'B - Khối trưởng năm 2020' } }, 'Ông X, B - Khối trưởng năm 2020, phát biểu.'),
			],
		});
		// The quotes name the boards by letters only: warnings, never errors.
		expect(messages(archive)).toEqual([
			'content/articles/y2019.md:1:1: `chair.unit`: `a` — không thấy trong câu trích: “A là Khối trưởng năm 2019”.',
			'content/articles/y2019.md:1:1: `elected.chair.unit`: `b` — không thấy trong câu trích: “bầu B làm Khối trưởng năm 2020”.',
			'content/articles/y2020.md:1:1: `chair.unit`: `b` — không thấy trong câu trích: “B - Khối trưởng năm 2020”.',
		]);
		expect(rules(archive).map(([id, , fatal]) => [id, fatal])).toEqual(Array.from({ length: 3 }, () => ['fact-not-in-quote', false]));
		expect(archive.chairs.map((c) => [c.year, c.role, c.unit, c.sources, c.unitName])).toEqual([
			[2019, 'chair', 'a', ['y2019'], 'Ban Quản lý các khu công nghiệp tỉnh An'],
			[2020, 'chair', 'b', ['y2019', 'y2020'], 'Ban Quản lý Khu công nghệ cao và các khu công nghiệp Bình'],
		]);
		expect(archive.chairs[1]!.cites).toEqual(['/bai-viet/y2019/#c-' + archive.articles.get('y2019')!.anchors.get('bầu B làm Khối trưởng năm 2020')!.slice(2), archive.articles.get('y2020')!.chair!.cite]);
	});

	it('keeps who served and who was elected when they differ, with a warning, not an error', () => {
		const archive = buildArchive({
			blocs,
			units,
			articles: [article('y2019', { year: 2019, elected: { chair: { unit: 'b' } } }), article('y2020', { year: 2020, chair: { unit: 'c' } })],
		});
		expect(report(archive.diagnostics)).toBe(
			[
				'content/articles/y2020.md',
				'  warning `chair`: Khối trưởng năm 2020 của Khối K là `c`, khác `b` được bầu ở hội nghị năm trước (content/articles/y2019.md). elected-not-served archive',
				'  liên quan: content/articles/y2019.md `elected.chair`: bầu `b` cho năm 2020.',
				'  → Không cần sửa nếu đúng như nguồn (ban được bầu xin rút, khối bầu lại): trang ghi ban đã giữ vai trò, kèm “được bầu: …” và cả hai nguồn. Ghi lý do vào `conference.note` nếu bài có nêu.',
				'  xem: docs/huong-dan/loi-thuong-gap.md#elected-not-served',
			].join('\n'),
		);
		expect(archive.chairs.map((c) => [c.year, c.unit, c.sources])).toEqual([[2020, 'c', ['y2020']]]);
		const row = archive.timelines.get('k')!.find((t) => t.year === 2020)!;
		expect([row.chair!.unit, row.chair!.elected!.unit, row.chair!.elected!.sources.map((s) => s.article)]).toEqual(['c', 'b', ['y2019']]);
	});

	it('fails naming both files and the year when two articles disagree about who served', () => {
		const archive = buildArchive({
			blocs,
			units,
			articles: [article('y2020', { year: 2020, chair: { unit: 'b' } }), article('y2020-so-ket', { year: 2020, event: 'so-ket', chair: { unit: 'c' } })],
		});
		expect(report(archive.diagnostics)).toBe(
			[
				'content/articles/y2020-so-ket.md',
				'  error `chair`: Các bài mâu thuẫn về Khối trưởng năm 2020 của Khối K: `b` (content/articles/y2020.md, nêu trong năm) và `c` (content/articles/y2020-so-ket.md, nêu trong năm). conflict archive',
				'  liên quan: content/articles/y2020.md `chair`: ghi `b` (nêu trong năm).',
				'  → Đối chiếu với nguồn rồi sửa bài sai. Kho lưu trữ không tự chọn một bên. Nếu các nguồn thật sự ghi khác nhau, ghi vào content/blocs/k.yaml: `disputes: [{ year: 2020, role: chair, note: "…" }]`.',
				'  xem: docs/huong-dan/loi-thuong-gap.md#conflict',
			].join('\n'),
		);
		expect(archive.chairs).toEqual([]);
	});

	it('shows every value of a dispute recorded in the bloc file, and fails no more', () => {
		const disputed = { ...blocs[0]!, data: { ...blocs[0]!.data, disputes: [{ year: 2020, role: 'chair' as const, note: 'Bài sơ kết ghi C, bài tổng kết ghi B; chưa có văn bản khác.' }] } };
		const archive = buildArchive({ blocs: [disputed], units, articles: [article('y2020', { year: 2020, chair: { unit: 'b' } }), article('y2020-so-ket', { year: 2020, event: 'so-ket', chair: { unit: 'c' } })] });
		expect(report(archive.diagnostics)).toBe('');
		expect(archive.chairs).toEqual([]);
		const row = archive.timelines.get('k')!.find((t) => t.year === 2020)!;
		expect([row.chair, row.disputes.map((d) => [d.role, d.note, d.values.map((v) => [v.unit, v.sources.map((x) => x.article)])])]).toEqual([
			null,
			[['chair', 'Bài sơ kết ghi C, bài tổng kết ghi B; chưa có văn bản khác.', [['b', ['y2020']], ['c', ['y2020-so-ket']]]]],
		]);
	});

	it('never infers a chair from the host', () => {
		const archive = buildArchive({ blocs, units, articles: [article('y2019', { year: 2019, conference: { host: ['a'] } })] });
		expect(archive.chairs).toEqual([]);
		expect(archive.timelines.get('k')!.find((y) => y.year === 2019)).toEqual({ year: 2019, articles: ['y2019'], chair: null, viceChair: null, disputes: [], gap: false });
	});

	it('shows years without records as gaps between the first and last known year', () => {
		const archive = buildArchive({ blocs, units, articles: [article('y2021', { year: 2021 })] });
		expect(archive.timelines.get('k')!.map((y) => [y.year, y.gap])).toEqual([
			[2018, true],
			[2019, true],
			[2020, true],
			[2021, false],
		]);
	});

	it('names a renamed board by the name it had that year', () => {
		const archive = buildArchive({
			blocs,
			units,
			articles: [article('y2016', { year: 2016, awards: [{ kind: 'leading', name: 'Dẫn đầu', recipients: ['b'], status: 'proposed', by: 'Bộ' }] }), article('y2020', { year: 2020, awards: [{ kind: 'flag', name: 'Cờ thi đua', recipients: ['b'], status: 'proposed', by: 'Bộ' }] })],
		});
		expect(archive.awards.map((w) => [w.year, w.unitName])).toEqual([
			[2016, 'Ban Quản lý các khu công nghiệp và chế xuất Bình'],
			[2020, 'Ban Quản lý Khu công nghệ cao và các khu công nghiệp Bình'],
		]);
	});
});

describe('references and quotes', () => {
	it('reports an unknown board or bloc with the file, the field and a fix', () => {
		const archive = buildArchive({ blocs, units, articles: [article('x', { year: 2019, bloc: 'nope', awards: [{ kind: 'flag', name: 'Cờ thi đua', recipients: ['a', 'zz'], status: 'proposed', by: null }] })] });
		expect(messages(archive)).toMatchInlineSnapshot(`
			[
			  "content/articles/x.md:1:1: \`bloc\`: Khối thi đua \`nope\` không tồn tại.",
			  "content/articles/x.md:1:1: \`awards[0].recipients[1]\`: Ban quản lý \`zz\` không tồn tại.",
			]
		`);
		expect(archive.diagnostics.flatMap((f) => f.messages.map((m) => m.note))).toMatchInlineSnapshot(`
			[
			  "Dùng mã một tệp trong content/blocs/ (\`k\`) hoặc thêm tệp content/blocs/nope.yaml.",
			  "Dùng mã một tệp trong content/units/ (ví dụ \`a\`) hoặc thêm tệp content/units/zz.yaml.",
			]
		`);
		expect(rules(archive)).toMatchInlineSnapshot(`
			[
			  [
			    "reference",
			    "archive",
			    true,
			    "docs/huong-dan/loi-thuong-gap.md#reference",
			  ],
			  [
			    "reference",
			    "archive",
			    true,
			    "docs/huong-dan/loi-thuong-gap.md#reference",
			  ],
			]
		`);
	});

	it('fails when a quote is not in the body, and anchors the sentence when it is', () => {
		const archive = buildArchive({
			blocs,
			units,
			articles: [article('x', { year: 2019, chair: { unit: 'a', quote: 'A là Khối trưởng' }, viceChair: { unit: 'c', quote: 'C là Khối phó' } }, 'Mở đầu. Năm nay A là Khối trưởng của Khối.')],
		});
		expect(messages(archive)).toMatchInlineSnapshot(`
			[
			  "content/articles/x.md:1:1: \`viceChair.quote\`: Câu trích không có nguyên văn trong thân bài: ngay từ đầu đã không khớp.",
			  "content/articles/x.md:1:1: \`chair.unit\`: \`a\` — không thấy trong câu trích: “A là Khối trưởng”.",
			  "content/articles/x.md:1:1: \`viceChair.unit\`: \`c\` — không thấy trong câu trích: “C là Khối phó”.",
			]
		`);
		expect(rules(archive)).toMatchInlineSnapshot(`
			[
			  [
			    "quote",
			    "archive",
			    true,
			    "docs/huong-dan/loi-thuong-gap.md#quote",
			  ],
			  [
			    "fact-not-in-quote",
			    "archive",
			    false,
			    "docs/huong-dan/loi-thuong-gap.md#fact-not-in-quote",
			  ],
			  [
			    "fact-not-in-quote",
			    "archive",
			    false,
			    "docs/huong-dan/loi-thuong-gap.md#fact-not-in-quote",
			  ],
			]
		`);
		const a = archive.articles.get('x')!;
		expect(a.html).toBe(`<p>Mở đầu. <span class="cite" id="${a.chair!.cite.split('#')[1]}">Năm nay A là Khối trưởng của Khối.</span></p>`);
	});

	it('reports raw HTML with its line and column and never renders it', () => {
		const archive = buildArchive({ blocs, units, articles: [article('x', { year: 2019 }, 'Đoạn một.\n\n<script>alert(1)</script>\n\n[x](javascript:alert(1)) <img src=x onerror=alert(1)>')] });
		expect(messages(archive)).toMatchInlineSnapshot(`
			[
			  "content/articles/x.md:3:1-3:26: Không dùng HTML trong bài viết: \`<script>alert(1)</script>\` sẽ bị bỏ khi dựng trang.",
			  "content/articles/x.md:5:26-5:54: Không dùng HTML trong bài viết: \`<img src=x onerror=alert(1)>\` sẽ bị bỏ khi dựng trang.",
			  "content/articles/x.md:5:1-5:25: Liên kết \`javascript:alert(1)\` không an toàn và đã bị bỏ khỏi trang.",
			]
		`);
		expect(rules(archive)).toMatchInlineSnapshot(`
			[
			  [
			    "no-raw-html",
			    "archive",
			    true,
			    "docs/huong-dan/loi-thuong-gap.md#no-raw-html",
			  ],
			  [
			    "no-raw-html",
			    "archive",
			    true,
			    "docs/huong-dan/loi-thuong-gap.md#no-raw-html",
			  ],
			  [
			    "unsafe-link",
			    "archive",
			    false,
			    "docs/huong-dan/loi-thuong-gap.md#unsafe-link",
			  ],
			]
		`);
		expect(archive.articles.get('x')!.html).toBe('<p>Đoạn một.</p>\n<p><a>x</a> </p>');
	});
});

describe('reserved ids', () => {
	it('refuses a bloc id that collides with a route', () => {
		const clash = { ...blocs[0]!, id: 'loai', file: 'content/blocs/loai.yaml' };
		expect(messages(buildArchive({ blocs: [clash], units, articles: [] }))).toMatchInlineSnapshot(`
			[
			  "content/blocs/loai.yaml:1:1: Mã khối \`loai\` trùng với một đường dẫn của trang (/khen-thuong/loai/…).",
			]
		`);
	});
});

describe('sources and encoding', () => {
	it('requires every source file to exist when the list is given', () => {
		const archive = buildArchive({ blocs, units, articles: [article('x', { year: 2019 })], sourceFiles: new Set(['khac.txt']) });
		expect(messages(archive)).toMatchInlineSnapshot(`
			[
			  "content/articles/x.md:1:1: \`source.file\`: Tệp nguồn \`x.txt\` không có trong content/sources/.",
			]
		`);
		expect(messages(buildArchive({ blocs, units, articles: [article('x', { year: 2019 })], sourceFiles: new Set(['x.txt']) }))).toEqual([]);
	});

	it('rejects a body that was decoded with the wrong encoding', () => {
		const archive = buildArchive({ blocs, units, articles: [article('x', { year: 2019 }, 'Đoạn một.\n\nH\uFFFDi ngh\uFFFD')] });
		expect(messages(archive)).toMatchInlineSnapshot(`
			[
			  "content/articles/x.md:3:1: Văn bản có ký tự thay thế “�”: tệp đã bị đọc sai bảng mã.",
			]
		`);
		expect(rules(archive)).toMatchInlineSnapshot(`
			[
			  [
			    "encoding",
			    "archive",
			    true,
			    "docs/huong-dan/loi-thuong-gap.md#encoding",
			  ],
			]
		`);
	});
});

describe('mentions and drafts', () => {
	it('finds boards named in the body by any spelling variant', () => {
		const archive = buildArchive({ blocs, units, articles: [article('x', { year: 2019 }, 'Đại diện ban quản lý các khu công nghiệp An và BQL Khu kinh tế Cần dự họp.')] });
		expect(archive.articles.get('x')!.mentions).toEqual(['a', 'c']);
	});

	it('leaves drafts out unless asked', () => {
		const draft = article('d', { year: 2019, draft: true });
		expect(buildArchive({ blocs, units, articles: [draft] }).articles.size).toBe(0);
		expect(buildArchive({ blocs, units, articles: [draft], includeDrafts: true }).articles.size).toBe(1);
	});
});
