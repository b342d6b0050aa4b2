import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	cellOf,
	chartSeries,
	checkFigure,
	comparableAcrossBlocs,
	containsValue,
	findConflicts,
	indicatorTable,
	loadVocabulary,
	readVocabulary,
	resolveFigure,
	type FigureInput,
	type FigureRecord,
	type Vocabulary,
} from '../../src/lib/indicators/figures.ts';
import { FigureSchema } from '../../src/schemas/article.ts';

const vocabulary = loadVocabulary(readFileSync('content/indicators.yaml', 'utf8'));

function errorOf(fn: () => unknown): { message: string; hint: unknown } {
	try {
		fn();
	} catch (error) {
		return { message: (error as Error).message, hint: (error as { hint?: unknown }).hint };
	}
	throw new Error('expected an error');
}

/** Messages of reading a vocabulary, as `line:col reason`. */
const vocabularyMessages = (yaml: string) => readVocabulary(yaml).file.messages.map((m) => `${m.line ?? ''}:${m.column ?? ''} ${m.reason}`);

describe('loadVocabulary', () => {
	it('loads content/indicators.yaml in file order', () => {
		const keysInFile = [...readFileSync('content/indicators.yaml', 'utf8').matchAll(/^([a-z][a-z0-9-]*):/gm)].map((m) => m[1]);
		expect(keysInFile.length).toBeGreaterThan(25);
		expect([...vocabulary.keys()]).toEqual(keysInFile);
		expect([...vocabulary.keys()].slice(0, 4)).toEqual(['projects-new', 'projects-adjusted', 'capital-new', 'capital-new-and-added']);
		expect(vocabulary.get('projects-new')).toEqual({
			key: 'projects-new',
			label: 'Dự án cấp mới',
			kind: 'count',
			unitLabel: 'dự án',
			comparable: true,
			cues: { before: ['cấp mới', 'thu hút mới', 'đầu tư mới', 'dự án mới'], after: ['đầu tư mới', 'mới'], nouns: ['dự án'] },
		});
		expect(vocabulary.get('capital-cumulative')).toEqual({ key: 'capital-cumulative', label: 'Vốn đăng ký lũy kế', kind: 'money', comparable: false, cues: { before: ['lũy kế', 'luỹ kế'] } });
		expect(vocabulary.get('zones-kcn-area')).toEqual({ key: 'zones-kcn-area', label: 'Diện tích khu công nghiệp', kind: 'area', comparable: true });
	});

	it('names the key and field of every problem', () => {
		const yaml = [
			'capital-new: { label: Vốn, kind: cash, comparable: true }',
			'revenue: { label: Doanh thu, kind: money }',
			'exports: { label: Xuất khẩu, kind: money, comparible: true, comparable: true }',
			'jobs-new: { label: Việc làm, kind: count, comparable: true }',
			'imports: { label: Nhập khẩu, kind: money, unitLabel: USD, comparable: true }',
			'Bad_Key: { label: X, kind: money, comparable: true }',
			'staff: 12',
			'zones-kkt: { label: "  ", kind: count, unitLabel: khu, comparable: "yes" }',
		].join('\n');
		expect(vocabularyMessages(yaml)).toEqual([
			': Chỉ tiêu `capital-new`, trường `kind`: phải là một trong `money`, `count`, `area`, `percent`.',
			': Chỉ tiêu `revenue`, trường `comparable`: thiếu trường này.',
			': Chỉ tiêu `exports`, trường `comparible`: trường lạ (chỉ có `label`, `kind`, `unitLabel`, `comparable`, `cues`).',
			': Chỉ tiêu `jobs-new`, trường `unitLabel`: chỉ tiêu đếm (`kind: count`) cần danh từ đơn vị (`dự án`, `lượt`, `người`, `khu`).',
			': Chỉ tiêu `imports`, trường `unitLabel`: chỉ dùng cho chỉ tiêu đếm; chỉ tiêu `money` lấy đơn vị từ giá trị in trong bài.',
			': Chỉ tiêu `Bad_Key`: mã phải là chữ thường không dấu, nối bằng “-” (vd. `capital-new`).',
			': Chỉ tiêu `staff`: cần một bảng `{ label, kind, comparable }`.',
			': Chỉ tiêu `zones-kkt`, trường `label`: cần nhãn tiếng Việt (chuỗi không rỗng).',
			': Chỉ tiêu `zones-kkt`, trường `comparable`: cần `true` hoặc `false`.',
		]);
		const { vocabulary: valid, file } = readVocabulary(yaml);
		expect([...valid.keys()]).toEqual([]);
		expect(file.messages.map((m) => [m.ruleId, m.source, m.fatal, m.url, m.note])).toEqual(
			Array.from({ length: 9 }, () => ['vocabulary', 'archive', true, 'docs/huong-dan/loi-thuong-gap.md#vocabulary', 'Mỗi chỉ tiêu cần `label`, `kind` (money, count, area, percent), `comparable` (true/false), và `unitLabel` nếu là chỉ tiêu đếm.']),
		);
	});

	it('throws one AstroError with the report when any entry is wrong', () => {
		expect(errorOf(() => loadVocabulary('revenue: { label: Doanh thu, kind: money }\nexports: { label: Xuất khẩu, kind: money, comparable: true }'))).toEqual({
			message: [
				'`content/indicators.yaml` có 1 lỗi:',
				'content/indicators.yaml',
				'  error Chỉ tiêu `revenue`, trường `comparable`: thiếu trường này. vocabulary archive',
				'  → Mỗi chỉ tiêu cần `label`, `kind` (money, count, area, percent), `comparable` (true/false), và `unitLabel` nếu là chỉ tiêu đếm.',
				'  xem: docs/huong-dan/loi-thuong-gap.md#vocabulary',
			].join('\n'),
			hint: 'Sửa từng lỗi theo gợi ý (→), rồi chạy lại `npm run check`.',
		});
	});

	it('catches an unquoted comma in a flow-mapping label', () => {
		const yaml = 'staff: { label: Công chức, viên chức và người lao động, kind: count, unitLabel: người, comparable: true }';
		expect(vocabularyMessages(yaml)).toEqual([': Chỉ tiêu `staff`, trường `viên chức và người lao động`: trường lạ (chỉ có `label`, `kind`, `unitLabel`, `comparable`, `cues`).']);
	});

	it('rejects files that are not a mapping, and YAML errors such as duplicate keys, at their line', () => {
		const note = 'Mỗi dòng có dạng `khoa: { label: …, kind: …, comparable: … }`.';
		expect(readVocabulary('').file.messages.map((m) => [m.reason, m.note])).toEqual([['Tệp phải là một bảng `mã: { … }`, không phải tệp trống.', note]]);
		expect(readVocabulary('- a\n- b', 'x.yaml').file.messages.map((m) => [String(m), m.note])).toEqual([['x.yaml:1:1: Tệp phải là một bảng `mã: { … }`, không phải một danh sách.', note]]);
		expect(vocabularyMessages('revenue: { label: A, kind: money, comparable: true }\nrevenue: { label: B, kind: money, comparable: true }')).toEqual(['2:1 YAML sai cú pháp: Map keys must be unique.']);
	});

	it('normalises labels to NFC', () => {
		const v = loadVocabulary(`revenue: { label: "${'Doanh thu'.normalize('NFD')} thuần", kind: money, comparable: true }`);
		expect(v.get('revenue')?.label).toBe('Doanh thu thuần');
	});
});

const BODY_2016 =
	'Cụ thể: về thu hút đầu tư, toàn Cụm đã cấp mới cho 132 dự án đầu tư với tổng vốn đăng ký 2.470,7 triệu USD (2,48 tỷ USD), đạt 242,97% so với KH (1,17 tỷ USD); lũy kế đến 31/12/2016, các Ban Quản lý KCN, KCX, KKT đã thu hút được 1.229 dự án đầu tư với tổng vốn đăng ký 76.445 tỷ đồng và 16,204 tỷ USD; về các chỉ tiêu khác: giá trị SXCN-TM-DV đạt 210.764,9 tỷ đồng, đạt 108% so với KH (195.168 tỷ đồng).';
const Q1 = 'toàn Cụm đã cấp mới cho 132 dự án đầu tư với tổng vốn đăng ký 2.470,7 triệu USD (2,48 tỷ USD)';
const Q2 = 'đạt 242,97% so với KH (1,17 tỷ USD)';
const Q3 = 'đã thu hút được 1.229 dự án đầu tư với tổng vốn đăng ký 76.445 tỷ đồng và 16,204 tỷ USD';

describe('checkFigure', () => {
	it('accepts correct figures, validated through the real schema', () => {
		const figures = [
			{ key: 'projects-new', printed: '132 dự án', quote: Q1 },
			{ key: 'capital-new', printed: '2.470,7 triệu USD', quote: Q1 },
			{ key: 'capital-new', measure: 'equivalent', printed: '2,48 tỷ USD', quote: Q1 },
			{ key: 'capital-new', measure: 'percent-of-plan', printed: '242,97%', quote: Q2 },
			{ key: 'capital-new', measure: 'plan', printed: '1,17 tỷ USD', quote: Q2 },
			{ key: 'projects-cumulative', printed: '1.229 dự án', quote: Q3, asOf: '2016-12-31' },
		].map((f) => FigureSchema().parse(f));
		expect(figures.map((f) => checkFigure(f, BODY_2016, vocabulary))).toEqual([[], [], [], [], [], []]);
	});

	it('matches NFD and differently spaced text', () => {
		const figure = { key: 'capital-new', printed: '2.470,7  triệu\nUSD'.normalize('NFD'), quote: Q1.replace(/ /g, '\n  ').normalize('NFD') };
		expect(checkFigure(figure, BODY_2016.normalize('NFD').replace(/ /g, '\u00a0'), vocabulary)).toEqual([]);
	});

	it('warns, without failing, when the reading relies on the convention', () => {
		expect(checkFigure({ key: 'capital-new', measure: 'growth-percent', printed: '4.86%', quote: 'tăng 4.86% so với cùng kỳ' }, 'Vốn tăng 4.86% so với cùng kỳ.', vocabulary)).toEqual([
			{
				ruleId: 'number-against-convention',
				field: 'printed',
				message: 'Dấu chấm trong `4.86` được đọc là dấu thập phân (giá trị 4,86) vì nó không thể phân cách hàng nghìn: sau nó có 2 chữ số. Theo quy ước Việt Nam dấu thập phân là dấu phẩy.',
				hint: 'Đối chiếu với nguồn; nếu cách đọc đúng thì không cần sửa gì.',
				fatal: false,
			},
		]);
		expect(checkFigure({ key: 'capital-cumulative', printed: '16,204 tỷ USD', quote: Q3 }, BODY_2016, vocabulary)).toEqual([
			{
				ruleId: 'number-ambiguous',
				field: 'printed',
				message: 'Dấu phẩy trong `16,204` được đọc là dấu thập phân theo quy ước Việt Nam: giá trị 16,204. Nếu nguồn dùng dấu phẩy phân cách hàng nghìn (kiểu Anh), giá trị là 16204.',
				hint: 'Đối chiếu với nguồn; nếu cách đọc đúng thì không cần sửa gì.',
				fatal: false,
			},
		]);
	});

	it('reports a quote missing from the body and a value missing from the quote', () => {
		expect(checkFigure({ key: 'capital-new', printed: '2.470,7 triệu USD', quote: 'tổng vốn đăng ký 2.470,7 triệu USD (2,5 tỷ USD)' }, BODY_2016, vocabulary)).toEqual([
			{
				ruleId: 'quote-not-found',
				field: 'quote',
				message: 'Không tìm thấy câu trích `tổng vốn đăng ký 2.470,7 triệu USD (2,5 tỷ USD)` trong thân bài.',
				hint: 'Chép nguyên văn từ thân bài (so sánh sau khi chuẩn hoá NFC và gộp khoảng trắng).',
				fatal: true,
			},
		]);
		expect(checkFigure({ key: 'capital-new', printed: '70,7 triệu USD', quote: Q1 }, BODY_2016, vocabulary)).toEqual([
			{
				ruleId: 'printed-not-in-quote',
				field: 'printed',
				message: `Giá trị \`70,7 triệu USD\` không có nguyên vẹn trong câu trích \`${Q1}\`.`,
				hint: 'Chép `printed` nguyên văn từ câu trích, gồm cả đơn vị (vd. `5.056,1 triệu USD`).',
				fatal: true,
			},
		]);
	});

	it('reports unknown keys and kind mismatches, for indicators and percent measures', () => {
		const hint = 'Kiểm tra `key` và `measure` của số liệu: chỉ tiêu tiền cần `USD` hoặc `đồng`, diện tích cần `ha`, số liệu phần trăm cần `%`.';
		expect(checkFigure({ key: 'capital-news', printed: '2.470,7 triệu USD', quote: Q1 }, BODY_2016, vocabulary)).toEqual([
			{
				ruleId: 'unknown-key',
				field: 'key',
				message: 'Chỉ tiêu `capital-news` không có trong content/indicators.yaml.',
				hint: 'Dùng một mã có sẵn (vd. `capital-new`) hoặc thêm chỉ tiêu vào content/indicators.yaml.',
				fatal: true,
			},
		]);
		expect(checkFigure({ key: 'projects-cumulative', printed: '76.445 tỷ đồng', quote: Q3 }, BODY_2016, vocabulary)).toEqual([
			{ ruleId: 'kind-mismatch', field: 'printed', message: 'Giá trị `76.445 tỷ đồng` là tiền (VND), nhưng chỉ tiêu `projects-cumulative` cần số đếm.', hint, fatal: true },
		]);
		expect(checkFigure({ key: 'capital-new', measure: 'percent-of-plan', printed: '1,17 tỷ USD', quote: Q2 }, BODY_2016, vocabulary)).toEqual([
			{ ruleId: 'kind-mismatch', field: 'printed', message: 'Giá trị `1,17 tỷ USD` là tiền (USD), nhưng số liệu `percent-of-plan` cần phần trăm (%).', hint, fatal: true },
		]);
		// Without a vocabulary only the measure is checked.
		expect(checkFigure({ key: 'capital-news', printed: '132 dự án', quote: Q1 }, BODY_2016)).toEqual([]);
	});

	it('reports an unreadable value, and everything else wrong with the figure, in order', () => {
		const body = 'Tổng vốn đạt 12 tỷ và 5.056.1 triệu USD.';
		expect(checkFigure({ key: 'capital-new', printed: '12 tỷ', quote: 'Tổng vốn đạt 12 tỷ' }, body, vocabulary)).toEqual([
			{
				ruleId: 'unparseable',
				field: 'printed',
				message: 'Không đọc được giá trị: `12 tỷ` thiếu đơn vị tiền tệ (`USD` hoặc `đồng`).',
				hint: 'Ghi giá trị đúng như bài in: số, từ chỉ bậc nếu có (nghìn, triệu, tỷ), rồi đơn vị: `USD`, `đồng`/`VNĐ`, `ha`, `%`, hoặc danh từ đếm (`dự án`, `lượt`, `người`).',
				fatal: true,
			},
		]);
		expect(checkFigure({ key: 'capital-nw', printed: '5.056.1 triệu USD', quote: 'đạt 5.056,1 triệu USD' }, body, vocabulary).map((p) => [p.ruleId, p.message])).toEqual([
			['unknown-key', 'Chỉ tiêu `capital-nw` không có trong content/indicators.yaml.'],
			['quote-not-found', 'Không tìm thấy câu trích `đạt 5.056,1 triệu USD` trong thân bài.'],
			['printed-not-in-quote', 'Giá trị `5.056.1 triệu USD` không có nguyên vẹn trong câu trích `đạt 5.056,1 triệu USD`.'],
			['unparseable', 'Không đọc được giá trị: `5.056.1 triệu USD` có nhiều dấu chấm nên dấu chấm phải phân cách hàng nghìn, nhưng nhóm `1` có 1 chữ số (phải đúng 3).'],
		]);
	});
});

describe('containsValue', () => {
	it('finds whole values only', () => {
		expect(containsValue(Q1, '2.470,7 triệu USD')).toBe(true);
		expect(containsValue(Q1, '70,7 triệu USD')).toBe(false);
		expect(containsValue(Q1, '2.470,7 triệu US')).toBe(false);
		expect(containsValue(Q1, '132 dự án')).toBe(true);
		expect(containsValue(Q1, '32 dự án')).toBe(false);
		expect(containsValue('đạt 108% so với KH', '108%')).toBe(true);
		expect(containsValue('đạt 1.229 dự án', '1.2')).toBe(false);
		expect(containsValue('đạt 1.229 dự án', '229 dự án')).toBe(false);
		expect(containsValue('45 và 5 dự án', '5 dự án')).toBe(true);
		expect(containsValue('x', '')).toBe(false);
	});
});

describe('resolveFigure', () => {
	it('returns the typed figure with its parsed value', () => {
		const figure = FigureSchema().parse({ key: 'capital-cumulative', printed: '16,204 tỷ USD', quote: Q3, asOf: '2016-12-31', note: 'Phần vốn bằng USD.' });
		const result = resolveFigure(figure, vocabulary);
		expect(result).toEqual({
			ok: true,
			figure: {
				key: 'capital-cumulative',
				label: 'Vốn đăng ký lũy kế',
				scope: 'total',
				measure: 'value',
				printed: '16,204 tỷ USD',
				quote: Q3,
				asOf: { iso: '2016-12-31', precision: 'day', year: 2016, month: 12, day: 31 },
				estimate: false,
				note: 'Phần vốn bằng USD.',
				value: 16204000000,
				decimal: '16204000000',
				unit: 'USD',
				scale: 'tỷ',
				unitLabel: 'tỷ USD',
				fractionDigits: 3,
				confidence: 'convention',
				alternativeValue: 16204000000000,
				readingNote: 'Dấu phẩy trong `16,204` được đọc là dấu thập phân theo quy ước Việt Nam: giá trị 16,204. Nếu nguồn dùng dấu phẩy phân cách hàng nghìn (kiểu Anh), giá trị là 16204.',
			},
			warnings: [expect.objectContaining({ ruleId: 'number-ambiguous', fatal: false })],
		});
	});

	it('gives figures that tables take as they are', () => {
		const result = resolveFigure({ key: 'projects-new', printed: '132 dự án', quote: Q1 }, vocabulary);
		if (!result.ok) throw new Error('expected a figure');
		const record: FigureRecord = { ...result.figure, articleId: '2016-a', bloc: 'khoi-a', year: 2016 };
		expect(indicatorTable([record], 'khoi-a').rows[0]!.cells).toEqual([
			{ state: 'value', year: 2016, value: 132, printed: '132 dự án', unitLabel: 'dự án', articleId: '2016-a', quote: Q1, estimate: false, sources: [record] },
		]);
	});

	it('fails with the problems', () => {
		expect(resolveFigure({ key: 'revenue', printed: '12 dự án', quote: 'x' }, vocabulary)).toEqual({
			ok: false,
			problems: [expect.objectContaining({ ruleId: 'kind-mismatch', message: 'Giá trị `12 dự án` là số đếm, nhưng chỉ tiêu `revenue` cần tiền (VND hoặc USD).' })],
		});
	});
});

// --- Tables on small plain objects --------------------------------------------------------------

function rec(articleId: string, bloc: string, year: number, key: string, unit: FigureRecord['unit'], value: number, printed: string, extra: Partial<FigureRecord> = {}): FigureRecord {
	const unitLabel = printed.replace(/^[\d.,]+\s*/, '');
	return { articleId, bloc, year, key, scope: 'total', measure: 'value', unit, value, printed, unitLabel, quote: `… ${printed} …`, ...extra };
}

const A16 = rec('2016-a', 'khoi-a', 2016, 'capital-new', 'USD', 2470700000, '2.470,7 triệu USD');
const A16b = rec('2016-a-bis', 'khoi-a', 2016, 'capital-new', 'USD', 2470700000, '2,4707 tỷ USD');
const A18c = rec('2018-c', 'khoi-a', 2018, 'capital-new', 'USD', 3000000000, '3 tỷ USD');
const A18d = rec('2018-d', 'khoi-a', 2018, 'capital-new', 'USD', 3100000000, '3,1 tỷ USD', { estimate: true });
const A19 = rec('2019-e', 'khoi-a', 2019, 'capital-new', 'USD', 2000000000, '2 tỷ USD');
const A16vnd = rec('2016-a', 'khoi-a', 2016, 'capital-cumulative', 'VND', 76445000000000, '76.445 tỷ đồng');
const A16usd = rec('2016-a', 'khoi-a', 2016, 'capital-cumulative', 'USD', 16204000000, '16,204 tỷ USD');
const A17vnd = rec('2017-b', 'khoi-a', 2017, 'capital-cumulative', 'VND', 80000000000000, '80.000 tỷ đồng');
const A16plan = rec('2016-a', 'khoi-a', 2016, 'capital-new', 'USD', 1170000000, '1,17 tỷ USD', { measure: 'plan' });
const A16proj = rec('2016-a', 'khoi-a', 2016, 'projects-new', 'count', 132, '132 dự án');
const A16fdi = rec('2016-a', 'khoi-a', 2016, 'capital-new', 'USD', 2000000000, '2 tỷ USD', { scope: 'FDI' });
const A16soket = rec('2016-so-ket', 'khoi-a', 2016, 'capital-new', 'USD', 900000000, '900 triệu USD', { event: 'so-ket' });
const B16 = rec('2016-x', 'khoi-b', 2016, 'capital-new', 'USD', 500000000, '500 triệu USD');
const B17 = rec('2017-x', 'khoi-b', 2017, 'capital-new', 'USD', 600000000, '600 triệu USD');
const B16vnd = rec('2016-x', 'khoi-b', 2016, 'capital-cumulative', 'VND', 1000000000000, '1.000 tỷ đồng');
const B16proj = rec('2016-x', 'khoi-b', 2016, 'projects-new', 'count', 40, '40 dự án', { scope: 'FDI' });

const ALL = [A18d, A16b, B16, A16usd, A16, A16vnd, A18c, A19, A17vnd, A16plan, A16proj, A16fdi, A16soket, B17, B16vnd, B16proj];

describe('cellOf', () => {
	it('is a gap, an agreed value from every source, or a conflict listing each value', () => {
		expect(cellOf(2017, [])).toEqual({ state: 'gap', year: 2017 });
		expect(cellOf(2016, [A16b, A16])).toEqual({
			state: 'value',
			year: 2016,
			value: 2470700000,
			printed: '2.470,7 triệu USD',
			unitLabel: 'triệu USD',
			articleId: '2016-a',
			quote: '… 2.470,7 triệu USD …',
			estimate: false,
			sources: [A16, A16b],
		});
		expect(cellOf(2018, [A18d, A18c])).toEqual({
			state: 'conflict',
			year: 2018,
			values: [
				{ value: 3000000000, sources: [A18c] },
				{ value: 3100000000, sources: [A18d] },
			],
		});
	});
});

describe('indicatorTable', () => {
	it('lays out one bloc: rows by vocabulary, scope, measure and unit; years with gaps; conflicts in place', () => {
		const table = indicatorTable(ALL, 'khoi-a', { vocabulary });
		expect(table.years).toEqual([2016, 2017, 2018, 2019]);
		expect(table.rows.map((r) => [r.key, r.label, r.scope, r.measure, r.unit, r.unitLabel, r.cells.map((c) => (c.state === 'value' ? c.printed : c.state))])).toEqual([
			['projects-new', 'Dự án cấp mới', 'total', 'value', 'count', 'dự án', ['132 dự án', 'gap', 'gap', 'gap']],
			['capital-new', 'Vốn đăng ký cấp mới', 'total', 'value', 'USD', 'tỷ USD', ['2.470,7 triệu USD', 'gap', 'conflict', '2 tỷ USD']],
			['capital-new', 'Vốn đăng ký cấp mới', 'total', 'plan', 'USD', 'tỷ USD', ['1,17 tỷ USD', 'gap', 'gap', 'gap']],
			['capital-new', 'Vốn đăng ký cấp mới', 'FDI', 'value', 'USD', 'tỷ USD', ['2 tỷ USD', 'gap', 'gap', 'gap']],
			['capital-cumulative', 'Vốn đăng ký lũy kế', 'total', 'value', 'VND', 'tỷ đồng', ['76.445 tỷ đồng', '80.000 tỷ đồng', 'gap', 'gap']],
			['capital-cumulative', 'Vốn đăng ký lũy kế', 'total', 'value', 'USD', 'tỷ USD', ['16,204 tỷ USD', 'gap', 'gap', 'gap']],
		]);
		// Agreeing articles share the cell; the mid-year (sơ kết) figure is not in it.
		const capital = table.rows[1]!;
		expect(capital.cells[0]).toMatchObject({ state: 'value', value: 2470700000, articleId: '2016-a', sources: [A16, A16b] });
		expect(capital.cells[2]).toEqual({ state: 'conflict', year: 2018, values: [{ value: 3000000000, sources: [A18c] }, { value: 3100000000, sources: [A18d] }] });
		expect(table.conflicts).toEqual([
			{
				bloc: 'khoi-a',
				year: 2018,
				event: 'tong-ket',
				key: 'capital-new',
				scope: 'total',
				measure: 'value',
				unit: 'USD',
				values: [
					{ value: 3000000000, sources: [A18c] },
					{ value: 3100000000, sources: [A18d] },
				],
				message:
					'Các bài ghi khác nhau cho `capital-new` (Vốn đăng ký cấp mới; Toàn khối; Kết quả; tiền (USD)) của khối `khoi-a` năm 2018: `3 tỷ USD` (bài `2018-c`); `3,1 tỷ USD` (bài `2018-d`).',
			},
		]);
	});

	it('takes the sơ kết figures, or given years, when asked', () => {
		const soKet = indicatorTable(ALL, 'khoi-a', { event: 'so-ket' });
		expect(soKet.years).toEqual([2016]);
		expect(soKet.rows).toHaveLength(1);
		expect(soKet.rows[0]!.cells[0]).toMatchObject({ state: 'value', printed: '900 triệu USD' });
		const some = indicatorTable(ALL, 'khoi-a', { years: [2019, 2015] });
		expect(some.years).toEqual([2015, 2019]);
		expect(some.rows.map((r) => r.cells.map((c) => c.state))).toEqual([['gap', 'value']]);
		expect(some.conflicts).toEqual([]);
	});

	it('is empty for a bloc without figures, and orders unknown keys after the vocabulary', () => {
		expect(indicatorTable(ALL, 'khoi-z')).toEqual({ bloc: 'khoi-z', years: [], rows: [], conflicts: [] });
		const odd = rec('2016-a', 'khoi-a', 2016, 'aaa-unknown', 'count', 1, '1 khu');
		expect(indicatorTable([odd, A16proj], 'khoi-a', { vocabulary }).rows.map((r) => [r.key, r.label])).toEqual([
			['projects-new', 'Dự án cấp mới'],
			['aaa-unknown', 'aaa-unknown'],
		]);
	});
});

describe('findConflicts', () => {
	it('lists every disagreement across blocs, and none for agreement or different units', () => {
		const B17other = rec('2017-y', 'khoi-b', 2017, 'capital-new', 'USD', 650000000, '650 triệu USD');
		const conflicts = findConflicts([...ALL, B17other], vocabulary);
		expect(conflicts.map((c) => c.message)).toEqual([
			'Các bài ghi khác nhau cho `capital-new` (Vốn đăng ký cấp mới; Toàn khối; Kết quả; tiền (USD)) của khối `khoi-a` năm 2018: `3 tỷ USD` (bài `2018-c`); `3,1 tỷ USD` (bài `2018-d`).',
			'Các bài ghi khác nhau cho `capital-new` (Vốn đăng ký cấp mới; Toàn khối; Kết quả; tiền (USD)) của khối `khoi-b` năm 2017: `600 triệu USD` (bài `2017-x`); `650 triệu USD` (bài `2017-y`).',
		]);
		expect(findConflicts([A16, A16b, A16vnd, A16usd])).toEqual([]);
	});
});

describe('chartSeries', () => {
	it('gives one series per indicator, scope and unit with values in two years, never merging VND and USD', () => {
		const series = chartSeries(ALL, 'khoi-a', { vocabulary });
		expect(series.map((s) => [s.key, s.scope, s.unit, s.unitLabel, s.years, s.points.map((p) => [p.year, p.state === 'value' ? p.value : null])])).toEqual([
			[
				'capital-new',
				'total',
				'USD',
				'tỷ USD',
				[2016, 2017, 2018, 2019],
				[
					[2016, 2470700000],
					[2018, null],
					[2019, 2000000000],
				],
			],
			[
				'capital-cumulative',
				'total',
				'VND',
				'tỷ đồng',
				[2016, 2017],
				[
					[2016, 76445000000000],
					[2017, 80000000000000],
				],
			],
		]);
		expect(series[0]!.points[1]).toMatchObject({ state: 'conflict', year: 2018 });
		expect(series[0]!.label).toBe('Vốn đăng ký cấp mới');
	});

	it('needs two agreed values: a conflict year does not count', () => {
		expect(chartSeries([A16, A18c, A18d], 'khoi-a')).toEqual([]);
		expect(chartSeries([A16, A19], 'khoi-a')).toHaveLength(1);
		expect(chartSeries([A16, A16usd, A17vnd], 'khoi-a')).toEqual([]);
	});
});

describe('comparableAcrossBlocs', () => {
	it('compares only comparable indicators with the same scope, measure and unit, reported by two blocs or more', () => {
		const comparisons = comparableAcrossBlocs(ALL, vocabulary);
		expect(comparisons.map((c) => [c.key, c.label, c.scope, c.measure, c.unit, c.years, c.blocs.map((b) => [b.bloc, b.cells.map((x) => (x.state === 'value' ? x.value : x.state))])])).toEqual([
			[
				'capital-new',
				'Vốn đăng ký cấp mới',
				'total',
				'value',
				'USD',
				[2016, 2017, 2018, 2019],
				[
					['khoi-a', [2470700000, 'gap', 'conflict', 2000000000]],
					['khoi-b', [500000000, 600000000, 'gap', 'gap']],
				],
			],
		]);
		// projects-new: khoi-a total vs khoi-b FDI are different scopes; capital-cumulative is not comparable.
		const vocab: Vocabulary = new Map([...vocabulary].map(([k, v]) => [k, k === 'capital-cumulative' ? { ...v, comparable: true } : v]));
		expect(comparableAcrossBlocs(ALL, vocab).map((c) => [c.key, c.unit])).toEqual([
			['capital-new', 'USD'],
			['capital-cumulative', 'VND'],
		]);
	});
});

describe('FigureInput', () => {
	it('accepts the schema output', () => {
		const input: FigureInput = FigureSchema().parse({ key: 'revenue', printed: '1 tỷ USD', quote: 'đạt 1 tỷ USD' });
		expect(checkFigure(input, 'Doanh thu đạt 1 tỷ USD.', vocabulary)).toEqual([]);
	});
});
