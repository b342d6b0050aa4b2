import { readFileSync } from 'node:fs';
import type { Paragraph, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { unitRecord } from '../../src/lib/import/board-match.ts';
import { renderDraft, renderDraftBloc } from '../../src/lib/import/draft.ts';
import { blocRecord, extractArticle } from '../../src/lib/import/extract.ts';
import { readArticleText } from '../../src/lib/content/front-matter.ts';
import { yamlData } from '../../src/lib/content/yaml.ts';
import { loadVocabulary } from '../../src/lib/indicators/figures.ts';
import { ArticleSchema } from '../../src/schemas/article.ts';
import { idReference } from '../../src/schemas/common.ts';

const UNITS = [
	unitRecord('thanh-hoa', { names: [{ name: 'Ban Quản lý Khu kinh tế Nghi Sơn và các khu công nghiệp tỉnh Thanh Hóa' }], variants: ['Ban Quản lý KKT Nghi Sơn và các KCN Thanh Hóa'], province: 'Thanh Hóa' }),
	unitRecord('nghe-an', { names: [{ name: 'Ban Quản lý Khu kinh tế Đông Nam Nghệ An' }], variants: ['Ban Quản lý KKT Đông Nam Nghệ An'], province: 'Nghệ An' }),
	unitRecord('ha-tinh', { names: [{ name: 'Ban Quản lý Khu kinh tế tỉnh Hà Tĩnh' }], province: 'Hà Tĩnh' }),
	unitRecord('quang-binh', { names: [{ name: 'Ban Quản lý các khu công nghiệp tỉnh Quảng Bình' }], province: 'Quảng Bình' }),
];
const VOCABULARY = loadVocabulary(readFileSync('content/indicators.yaml', 'utf8'));
const BLOCS = [blocRecord('dong-bang-song-hong', { kind: 'khoi', names: [{ name: 'Khối thi đua Ban Quản lý các KCN, KCX, KKT các tỉnh đồng bằng sông Hồng', short: 'Khối đồng bằng sông Hồng' }], region: 'Đồng bằng sông Hồng' })];

// A synthetic article of a bloc the archive does not have, with web-page leftovers.
const RAW = `Hội nghị tổng kết Khối thi đua Bắc Trung Bộ năm 2023

| |
Ngày 18-19/1/2024 tại thành phố Vinh, Khối thi đua Ban Quản lý các KCN, KKT các tỉnh Bắc Trung Bộ đã tổ chức Hội nghị tổng kết công tác thi đua, khen thưởng năm 2023. Ban Quản lý KKT Đông Nam Nghệ An - Khối trưởng Khối thi đua năm 2023 đăng cai tổ chức Hội nghị.

hinh1.jpg (120 KB)
Toàn cảnh Hội nghị

Tham dự Hội nghị có bà Trần Thị Lan - Phó Vụ trưởng Vụ Thi đua - Khen thưởng và Truyền thông; ông Lê Văn Nam - Trưởng ban Ban Quản lý Khu kinh tế tỉnh Hà Tĩnh.

Năm 2023, toàn Khối đã cấp mới cho 120 dự án với tổng vốn đăng ký 2.345,6 triệu USD (tương đương 56.789 tỷ đồng); nộp ngân sách nhà nước đạt 12.345 tỷ đồng, đạt 105% so với kế hoạch.

Hội nghị đã thống nhất đề nghị Bộ trưởng Bộ Kế hoạch và Đầu tư tặng Cờ thi đua cho Ban Quản lý KKT Nghi Sơn và các KCN Thanh Hóa; tặng Bằng khen cho Ban Quản lý KKT Đông Nam Nghệ An và Ban Quản lý các KCN tỉnh Quảng Bình.

Các thành viên đã bầu Ban Quản lý Khu kinh tế tỉnh Hà Tĩnh làm Khối trưởng Khối thi đua năm 2024 và Ban Quản lý các KCN tỉnh Quảng Bình là Khối phó Khối thi đua năm 2024.

NV`;

describe('extractArticle on a synthetic article', () => {
	const e = extractArticle(RAW, { units: UNITS, blocs: BLOCS, vocabulary: VOCABULARY });

	it('finds the conference, roles, awards, officials and figures', () => {
		expect(e.condition).toBe('clean');
		expect(e.title).toBe('Hội nghị tổng kết Khối thi đua Bắc Trung Bộ năm 2023');
		expect(e.cleaned.author).toBe('NV');
		expect(e.year?.value).toBe(2023);
		expect(e.conference.start?.value).toBe('2024-01-18');
		expect(e.conference.end?.value).toBe('2024-01-19');
		expect(e.conference.place?.value).toBe('thành phố Vinh');
		expect(e.conference.host?.value).toEqual(['nghe-an']);
		expect(e.chair).toMatchObject({ unit: 'nghe-an', quote: 'Ban Quản lý KKT Đông Nam Nghệ An - Khối trưởng Khối thi đua năm 2023' });
		expect(e.viceChair).toBeNull();
		expect(e.elected.year).toBe(2024);
		expect(e.elected.chair?.unit).toBe('ha-tinh');
		expect(e.elected.viceChair?.unit).toBe('quang-binh');
		expect(e.awards.map((a) => [a.kind, a.status, a.recipients, a.by])).toEqual([
			['flag', 'proposed', ['thanh-hoa'], 'Bộ trưởng Bộ Kế hoạch và Đầu tư'],
			['merit', 'proposed', ['nghe-an', 'quang-binh'], 'Bộ trưởng Bộ Kế hoạch và Đầu tư'],
		]);
		expect(e.officials.map((o) => [o.name, o.title])).toEqual([
			['Trần Thị Lan', 'Phó Vụ trưởng Vụ Thi đua - Khen thưởng và Truyền thông'],
			['Lê Văn Nam', 'Trưởng ban Ban Quản lý Khu kinh tế tỉnh Hà Tĩnh'],
		]);
		expect(e.figures.map((f) => [f.key, f.measure, f.printed])).toEqual([
			['projects-new', 'value', '120 dự án'],
			['capital-new', 'value', '2.345,6 triệu USD'],
			['capital-new', 'equivalent', '56.789 tỷ đồng'],
			['state-budget', 'value', '12.345 tỷ đồng'],
			['state-budget', 'percent-of-plan', '105%'],
		]);
	});

	it('proposes a draft bloc for a bloc the archive does not have', () => {
		expect(e.bloc?.value).toBe('bac-trung-bo');
		const members = [
			{ unit: 'nghe-an', role: 'Khối trưởng năm 2023' },
			{ unit: 'ha-tinh', role: 'được bầu Khối trưởng năm 2024' },
			{ unit: 'quang-binh', role: 'được bầu Khối phó năm 2024' },
			{ unit: 'thanh-hoa', role: null },
		];
		expect(e.draftBloc).toEqual({ id: 'bac-trung-bo', kind: 'khoi', name: 'Khối thi đua Ban Quản lý các KCN, KKT các tỉnh Bắc Trung Bộ', short: 'Khối Bắc Trung Bộ', region: 'Bắc Trung Bộ', members });
		const yaml = renderDraftBloc(e.draftBloc!, 'x.txt');
		expect(yamlData(yaml)).toEqual({ kind: 'khoi', names: [{ name: 'Khối thi đua Ban Quản lý các KCN, KKT các tỉnh Bắc Trung Bộ', short: 'Khối Bắc Trung Bộ' }], variants: [], region: 'Bắc Trung Bộ', members: members.map(({ unit }) => ({ unit })) });
		expect(yaml).toContain('  - unit: nghe-an # bài ghi: Khối trưởng năm 2023\n');
		// Every board it names is in the archive's list the test gives: no board to draft.
		expect(e.draftUnits).toEqual([]);
	});

	it('writes a valid draft whose every quote is body paragraph text, every pre-filled field marked', () => {
		const md = renderDraft(e, { file: 'x.txt', encoding: 'utf-8' });
		const { data, body: content } = readArticleText(md)!;
		const parsed = ArticleSchema(idReference).safeParse(data);
		expect(parsed.success, JSON.stringify(!parsed.success && parsed.error.issues)).toBe(true);
		expect(data.draft).toBe(true);
		expect(md).toMatch(/^bloc: bac-trung-bo # KIỂM TRA: khối chưa có trong kho/m);
		expect(md).toMatch(/^ {2}start: 2024-01-18 # KIỂM TRA: /m);
		expect(md).toMatch(/^ {2}condition: clean # KIỂM TRA: /m);
		expect(content).not.toMatch(/hinh1\.jpg|\| \|/);
		expect(content).toContain('\n_Ảnh: Toàn cảnh Hội nghị_\n');
		const tree = unified().use(remarkParse).parse(content) as Root;
		const paragraphs = tree.children.filter((n): n is Paragraph => n.type === 'paragraph').map((p) => toString(p));
		const quotes: string[] = [];
		JSON.stringify(data, (key, value) => {
			if (key === 'quote') quotes.push(value);
			return value;
		});
		expect(quotes.length).toBeGreaterThanOrEqual(10);
		for (const q of quotes) expect(paragraphs.some((p) => p.includes(q)), q).toBe(true);
	});

	it('leaves unknowns null and says so', () => {
		const bare = extractArticle('Một đoạn văn không nêu gì về hội nghị, chỉ có chữ.', { units: UNITS, blocs: BLOCS, vocabulary: VOCABULARY });
		expect([bare.bloc, bare.year, bare.conference.start, bare.conference.place, bare.chair]).toEqual([null, null, null, null, null]);
		const md = renderDraft(bare, { file: 'y.txt', encoding: 'utf-8' });
		expect(md).toMatch(/^year: null # KIỂM TRA: không tìm thấy năm tổng kết$/m);
	});

	it('keys figures by the cues of content/indicators.yaml, so a new indicator needs no code change', () => {
		const text = 'Năm 2023, vốn điều lệ của các doanh nghiệp trong Khối đạt 500 tỷ đồng; doanh thu đạt 1.200 tỷ đồng.';
		const keys = (vocabulary: typeof VOCABULARY) => extractArticle(text, { units: UNITS, blocs: BLOCS, vocabulary }).figures.map((f) => [f.key, f.printed]);
		expect(keys(VOCABULARY)).toEqual([
			[null, '500 tỷ đồng'],
			['revenue', '1.200 tỷ đồng'],
		]);
		const extended = loadVocabulary(`${readFileSync('content/indicators.yaml', 'utf8')}\ncharter-capital: { label: Vốn điều lệ, kind: money, comparable: false, cues: { before: [vốn điều lệ] } }\n`);
		expect(keys(extended)).toEqual([
			['charter-capital', '500 tỷ đồng'],
			['revenue', '1.200 tỷ đồng'],
		]);
		// An indicator without cues is never guessed.
		const bare = loadVocabulary('revenue: { label: Doanh thu, kind: money, comparable: true }');
		expect(keys(bare)).toEqual([
			[null, '500 tỷ đồng'],
			[null, '1.200 tỷ đồng'],
		]);
	});

	it('prefers the nearest cue after a number, and the longer of two cues ending together', () => {
		const figures = (text: string) => extractArticle(text, { units: UNITS, blocs: BLOCS, vocabulary: VOCABULARY }).figures.map((f) => [f.key, f.printed]);
		expect(figures('Toàn Khối có 12 KCN, KCX đang hoạt động có nhà máy xử lý nước thải tập trung.')).toEqual([['zones-operating', '12 KCN, KCX']]);
		expect(figures('Toàn Khối có 12 KCN, KCX có nhà máy xử lý nước thải, đang hoạt động.')).toEqual([['zones-with-wastewater-plant', '12 KCN, KCX']]);
		expect(figures('Kim ngạch xuất nhập khẩu ước đạt 21.857 triệu USD.')).toEqual([['exports-imports', '21.857 triệu USD']]);
		expect(figures('Kim ngạch nhập khẩu ước đạt 9.857 triệu USD.')).toEqual([['imports', '9.857 triệu USD']]);
	});
});
