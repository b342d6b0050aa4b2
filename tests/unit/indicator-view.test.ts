import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Figure } from '../../src/lib/archive/index.ts';
import { indicatorTable, loadVocabulary, resolveFigure, type FigureInput } from '../../src/lib/indicators/figures.ts';
import { compareView, countNoun } from '../../src/lib/indicators/compare.ts';
import { cellView, chartViews, displayUnitLabel, formatAsOf, NoteList, numberInUnit, rowId, tableView, unitExponent, valueInUnit } from '../../src/lib/indicators/view.ts';
import { parsePartialDate } from '../../src/lib/text/partial-date.ts';

const vocabulary = loadVocabulary(readFileSync('content/indicators.yaml', 'utf8'));

type FigureSpec = Omit<FigureInput, 'quote' | 'asOf'> & { article?: string; asOf?: string; quote?: string };

/** A resolved figure as the archive builds it; the cite is `/bai-viet/<article>/#c-<printed>`. */
function fig(bloc: string, year: number, spec: FigureSpec): Figure {
	const { article, asOf, quote, ...input } = spec;
	const date = asOf ? parsePartialDate(asOf) : null;
	const resolved = resolveFigure({ ...input, quote: quote ?? `đạt ${spec.printed}`, asOf: date?.ok ? date.date : null }, vocabulary);
	if (!resolved.ok) throw new Error(JSON.stringify(resolved.problems));
	const r = resolved.figure;
	const articleId = article ?? `${year}-${bloc}`;
	return {
		articleId,
		bloc,
		year,
		event: 'tong-ket',
		key: r.key,
		label: r.label!,
		scope: r.scope,
		measure: r.measure,
		unit: r.unit,
		value: r.value,
		printed: r.printed,
		unitLabel: r.unitLabel,
		scale: r.scale,
		fractionDigits: r.fractionDigits,
		quote: r.quote,
		estimate: r.estimate,
		asOf: r.asOf?.iso ?? null,
		...(r.note === undefined ? {} : { note: r.note }),
		cite: `/bai-viet/${articleId}/#c-${r.printed.replace(/[^\p{L}\p{N}]+/gu, '-')}`,
	};
}

const printedValue = (printed: string) => fig('x', 2020, { key: 'revenue', printed }).value;

describe('numbers in a row’s unit', () => {
	it('reads the scale of a unit label', () => {
		expect(['triệu USD', 'tỷ đồng', 'nghìn người', 'ha', '%', '', 'tỉ đồng'].map(unitExponent)).toEqual([6, 9, 3, 0, 0, 0, 9]);
		expect(valueInUnit(5056100000, 'triệu USD')).toBe(5056.1);
		expect(valueInUnit(453287500000000, 'tỷ đồng')).toBe(453287.5);
		expect(valueInUnit(4.86, '%')).toBe(4.86);
	});

	it('prints the value in the row’s unit with the precision printed, and says how the article printed it when different', () => {
		expect(numberInUnit({ value: 5056100000, printed: '5.056,1 triệu USD', scale: 'triệu', fractionDigits: 1 }, 'triệu USD')).toEqual({ text: '5.056,1', printedNote: null });
		expect(numberInUnit({ value: 5890000000, printed: '5,890 tỷ USD', scale: 'tỷ', fractionDigits: 3 }, 'triệu USD')).toEqual({ text: '5.890', printedNote: 'bài in: 5,890 tỷ USD' });
		expect(numberInUnit({ value: 123493000000000, printed: '123.493,0 tỷ đồng', scale: 'tỷ', fractionDigits: 1 }, 'tỷ đồng')).toEqual({ text: '123.493,0', printedNote: null });
		expect(numberInUnit({ value: 2331663000, printed: '2.331,663 triệu USD', scale: 'triệu', fractionDigits: 3 }, 'tỷ USD')).toEqual({ text: '2,331663', printedNote: 'bài in: 2.331,663 triệu USD' });
		expect(numberInUnit({ value: 4.86, printed: '4.86%', scale: null, fractionDigits: 2 }, '%')).toEqual({ text: '4,86', printedNote: 'bài in: 4.86%' });
		expect(numberInUnit({ value: 5, printed: '05 KKT', scale: null, fractionDigits: 0 }, 'KKT')).toEqual({ text: '5', printedNote: 'bài in: 05 KKT' });
		expect(numberInUnit({ value: 105549, printed: '105.549 người', scale: null, fractionDigits: 0 }, 'lao động')).toEqual({ text: '105.549', printedNote: 'bài in: 105.549 người' });
		expect(printedValue('5.056,1 triệu USD')).toBe(5056100000);
	});

	it('formats as-of dates at the precision known', () => {
		expect([formatAsOf('2016-12-31'), formatAsOf('2019-12'), formatAsOf('2020'), formatAsOf(null)]).toEqual(['31/12/2016', 'tháng 12/2019', 'năm 2020', null]);
	});
});

describe('displayUnitLabel', () => {
	it('uses the smallest scale printed in the row so no value gains decimals; same currency only', () => {
		const table = indicatorTable([fig('a', 2016, { key: 'exports', printed: '2.331,663 triệu USD' }), fig('a', 2019, { key: 'exports', printed: '69,134 tỷ USD' })], 'a', { vocabulary });
		expect(table.rows[0]!.unitLabel).toBe('tỷ USD');
		expect(displayUnitLabel(table.rows[0]!.cells, 'tỷ USD')).toBe('triệu USD');
		expect(displayUnitLabel(table.rows[0]!.cells.slice(1), 'tỷ USD')).toBe('tỷ USD');
	});
});

describe('tableView', () => {
	const figures = [
		fig('k', 2019, { key: 'capital-new-and-added', scope: 'FDI', printed: '5,890 tỷ USD' }),
		fig('k', 2021, { key: 'capital-new-and-added', scope: 'FDI', printed: '5.056,1 triệu USD' }),
		fig('k', 2019, { key: 'capital-valid', scope: 'DDI', measure: 'growth-percent', printed: '4.86%', note: 'Bài in dấu chấm.' }),
		fig('k', 2021, { key: 'revenue', printed: '397.701 tỷ đồng', estimate: true, note: 'Bài ghi “ước đạt”.' }),
		fig('k', 2019, { key: 'workers-total', printed: '1.095.829 người', asOf: '2019-12-15', note: 'Bài ghi “ước đạt”.' }),
		fig('k', 2021, { key: 'workers-total', printed: '1.148.174 người', article: '2021-k-a' }),
		fig('k', 2021, { key: 'workers-total', printed: '1.148.174 người', article: '2021-k-b' }),
		fig('other', 2021, { key: 'revenue', printed: '1 tỷ đồng' }),
	];
	const view = tableView(indicatorTable(figures, 'k', { vocabulary }));

	it('groups rows by indicator in vocabulary order, with scope, measure and unit in words', () => {
		expect(view.years).toEqual([2019, 2020, 2021]);
		expect(view.groups.map((g) => [g.key, g.rows.map((r) => [r.id, r.scopeLabel, r.measureLabel, r.unitLabel])])).toEqual([
			['capital-new-and-added', [['ct-capital-new-and-added-fdi-value-usd', 'Dự án FDI', 'Kết quả', 'triệu USD']]],
			['capital-valid', [['ct-capital-valid-ddi-growth-percent-percent', 'Dự án DDI', 'Tăng so với cùng kỳ', '%']]],
			['revenue', [['ct-revenue-total-value-vnd', 'Toàn khối', 'Kết quả', 'tỷ đồng']]],
			['workers-total', [['ct-workers-total-total-value-count', 'Toàn khối', 'Kết quả', 'người']]],
		]);
		expect(view.hasEstimate).toBe(true);
		expect(view.conflicts).toBe(0);
	});

	it('links every value to its sentence, keeps gaps as gaps, and numbers each distinct note once', () => {
		const [capital, growth, revenue, workers] = view.groups.map((g) => g.rows[0]!.cells);
		expect(capital).toEqual([
			{ state: 'value', year: 2019, text: '5.890', href: '/bai-viet/2019-k/#c-5-890-tỷ-USD', printed: '5,890 tỷ USD', printedNote: 'bài in: 5,890 tỷ USD', estimate: false, asOf: null, notes: [], more: [] },
			{ state: 'gap', year: 2020 },
			{ state: 'value', year: 2021, text: '5.056,1', href: '/bai-viet/2021-k/#c-5-056-1-triệu-USD', printed: '5.056,1 triệu USD', printedNote: null, estimate: false, asOf: null, notes: [], more: [] },
		]);
		expect(growth![0]).toMatchObject({ state: 'value', text: '4,86', printedNote: 'bài in: 4.86%', notes: [1] });
		expect(revenue![2]).toMatchObject({ state: 'value', text: '397.701', estimate: true, notes: [2] });
		expect(workers![0]).toMatchObject({ state: 'value', text: '1.095.829', asOf: '15/12/2019', notes: [2] });
		expect(workers![2]).toMatchObject({ state: 'value', text: '1.148.174', href: '/bai-viet/2021-k-a/#c-1-148-174-người', more: [{ href: '/bai-viet/2021-k-b/#c-1-148-174-người', article: '2021-k-b', label: 'bài năm 2021' }] });
		expect(view.notes).toEqual(['Bài in dấu chấm.', 'Bài ghi “ước đạt”.']);
	});

	it('shows a conflict with every value and its sources, picking none', () => {
		const table = indicatorTable([fig('k', 2020, { key: 'state-budget', printed: '10 tỷ đồng', article: 'a' }), fig('k', 2020, { key: 'state-budget', printed: '12 tỷ đồng', article: 'b' })], 'k', { vocabulary });
		const conflict = tableView(table);
		expect(conflict.conflicts).toBe(1);
		expect(conflict.groups[0]!.rows[0]!.cells).toEqual([
			{
				state: 'conflict',
				year: 2020,
				values: [
					{ text: '10', printed: '10 tỷ đồng', sources: [{ href: '/bai-viet/a/#c-10-tỷ-đồng', article: 'a', label: 'bài năm 2020' }] },
					{ text: '12', printed: '12 tỷ đồng', sources: [{ href: '/bai-viet/b/#c-12-tỷ-đồng', article: 'b', label: 'bài năm 2020' }] },
				],
			},
		]);
	});

	it('is empty for a bloc without figures', () => {
		expect(tableView(indicatorTable(figures, 'none', { vocabulary }))).toEqual({ years: [], groups: [], notes: [], hasEstimate: false, conflicts: 0 });
	});

	it('NoteList and cellView number notes across cells', () => {
		const notes = new NoteList();
		expect([notes.number('a'), notes.number('b'), notes.number('a')]).toEqual([1, 2, 1]);
		expect(cellView({ state: 'gap', year: 2020 }, 'ha', notes)).toEqual({ state: 'gap', year: 2020 });
	});
});

describe('chartViews', () => {
	const figures = [
		fig('k', 2020, { key: 'projects-new', printed: '159 dự án' }),
		fig('k', 2022, { key: 'projects-new', printed: '80 dự án' }),
		fig('k', 2020, { key: 'state-budget', printed: '33.438 tỷ đồng' }),
		fig('k', 2022, { key: 'state-budget', printed: '43.448 tỷ đồng', estimate: true }),
		fig('k', 2020, { key: 'exports', printed: '127.351 tỷ đồng' }),
		fig('k', 2022, { key: 'exports', printed: '5.537 triệu USD' }),
		fig('k', 2020, { key: 'capital-new', measure: 'percent-of-plan', printed: '108%' }),
		fig('k', 2022, { key: 'capital-new', measure: 'percent-of-plan', printed: '110%' }),
		fig('k', 2020, { key: 'revenue', printed: '1 tỷ đồng' }),
	];
	const table = indicatorTable(figures, 'k', { vocabulary });
	const charts = chartViews(table, figures);

	it('draws one chart per series with values in two or more years: value measure only, one currency per chart', () => {
		expect(charts.map((c) => [c.title, c.rowId])).toEqual([
			['Dự án cấp mới – Toàn khối (dự án)', 'ct-projects-new-total-value-count'],
			['Nộp ngân sách nhà nước – Toàn khối (tỷ đồng)', 'ct-state-budget-total-value-vnd'],
		]);
		expect(charts.map((c) => c.id)).toEqual(['bieu-do-projects-new-total-value-count', 'bieu-do-state-budget-total-value-vnd']);
	});

	it('summarises every year in words, gaps and estimates included', () => {
		expect(charts.map((c) => c.summary)).toEqual([
			'Biểu đồ cột, đơn vị dự án. 2020: 159; 2021: chưa có số liệu; 2022: 80.',
			'Biểu đồ cột, đơn vị tỷ đồng. 2020: 33.438; 2021: chưa có số liệu; 2022: 43.448 (ước).',
		]);
		const budget = charts[1]!.geometry;
		expect(budget.bars.map((b) => [b.year, b.value, b.label, b.estimate, b.href, b.description])).toEqual([
			[2020, 33438, '33.438', false, '/bai-viet/2020-k/#c-33-438-tỷ-đồng', '2020: 33.438 tỷ đồng, đến câu nguồn'],
			[2022, 43448, '43.448 (ước)', true, '/bai-viet/2022-k/#c-43-448-tỷ-đồng', '2022: 43.448 tỷ đồng (ước), đến câu nguồn'],
		]);
		expect(budget.empty.map((e) => [e.year, e.lines])).toEqual([[2021, ['chưa có', 'số liệu']]]);
	});

	it('shows a conflicting year as “mâu thuẫn”, not a value', () => {
		const more = [...figures, fig('k', 2021, { key: 'projects-new', printed: '10 dự án', article: 'a' }), fig('k', 2021, { key: 'projects-new', printed: '11 dự án', article: 'b' })];
		const chart = chartViews(indicatorTable(more, 'k', { vocabulary }), more)[0]!;
		expect(chart.summary).toBe('Biểu đồ cột, đơn vị dự án. 2020: 159; 2021: các bài ghi khác nhau, 10 (bài năm 2021) hoặc 11 (bài năm 2021); 2022: 80.');
		expect(chart.geometry.empty.map((e) => [e.year, e.label])).toEqual([[2021, 'mâu thuẫn']]);
	});

	it('makes ids unique with a prefix and keeps the table row link', () => {
		expect(chartViews(table, figures, 'x')[0]!.id).toBe('x-projects-new-total-value-count');
		expect(rowId({ key: 'a-b', scope: 'FDI', measure: 'value', unit: 'USD' })).toBe('ct-a-b-fdi-value-usd');
	});
});

describe('compareView', () => {
	const blocs = new Map([
		['a', { short: 'Khối A' }],
		['b', { short: 'Khối B' }],
		['c', { short: 'Khối C' }],
	]);
	const figures = [
		fig('a', 2016, { key: 'state-budget', printed: '38.561 tỷ đồng' }),
		fig('b', 2019, { key: 'state-budget', printed: '51.712 tỷ đồng', note: 'Ghi chú B.' }),
		fig('b', 2020, { key: 'state-budget', scope: 'FDI', printed: '1.724,0 triệu USD' }),
		fig('a', 2016, { key: 'capital-new', printed: '2.470,7 triệu USD' }),
		fig('a', 2016, { key: 'capital-new', measure: 'equivalent', printed: '2,48 tỷ USD' }),
		fig('c', 2020, { key: 'capital-new', printed: '30.493 tỷ đồng' }),
		fig('c', 2020, { key: 'capital-new', measure: 'equivalent', printed: '1.326 triệu USD' }),
		fig('b', 2020, { key: 'projects-adjusted', printed: '459 lượt' }),
		fig('c', 2022, { key: 'projects-adjusted', printed: '130 dự án' }),
		fig('b', 2020, { key: 'capital-new-and-added', scope: 'FDI', printed: '5.056,1 triệu USD' }),
		fig('b', 2020, { key: 'capital-new-and-added', scope: 'DDI', printed: '24.406,2 tỷ đồng' }),
		fig('c', 2022, { key: 'capital-new-and-added', printed: '61.803 tỷ đồng' }),
		fig('a', 2016, { key: 'output-industry-trade-services', printed: '210.764,9 tỷ đồng' }),
		fig('b', 2020, { key: 'industrial-output', scope: 'FDI', printed: '52.390,5 triệu USD' }),
	];
	const view = compareView(figures, vocabulary, blocs);

	it('compares only same indicator, scope, measure and unit across blocs, leaving out years no bloc has', () => {
		expect(view.comparisons.map((c) => [c.id, c.unitLabel, c.years, c.omittedYears])).toEqual([['so-sanh-state-budget-total-value-vnd', 'tỷ đồng', [2016, 2019], [2017, 2018]]]);
		const [budget] = view.comparisons;
		expect(budget!.blocs.map((b) => [b.name, b.href, b.cells.map((c) => (c.state === 'value' ? `${c.text} → ${c.href}` : c.state))])).toEqual([
			['Khối A', '/khoi/a/#ct-state-budget-total-value-vnd', ['38.561 → /bai-viet/2016-a/#c-38-561-tỷ-đồng', 'gap']],
			['Khối B', '/khoi/b/#ct-state-budget-total-value-vnd', ['gap', '51.712 → /bai-viet/2019-b/#c-51-712-tỷ-đồng']],
		]);
		expect(budget!.notes).toEqual(['Ghi chú B.']);
		expect(view.blocs.map((b) => b.href)).toEqual(['/khoi/a/#chi-tieu', '/khoi/b/#chi-tieu', '/khoi/c/#chi-tieu']);
	});

	it('never compares the articles’ own conversions, different currencies, different counts or a total against FDI/DDI', () => {
		expect(view.differentUnit).toEqual([
			{
				key: 'projects-adjusted',
				label: 'Dự án điều chỉnh vốn',
				blocs: [
					{ bloc: 'b', name: 'Khối B', href: '/khoi/b/#chi-tieu', reports: ['Toàn khối, lượt'], reasons: ['đếm thứ khác nhau (“lượt” và “dự án”)'] },
					{ bloc: 'c', name: 'Khối C', href: '/khoi/c/#chi-tieu', reports: ['Toàn khối, dự án'], reasons: ['đếm thứ khác nhau (“lượt” và “dự án”)'] },
				],
			},
			{
				key: 'capital-new',
				label: 'Vốn đăng ký cấp mới',
				blocs: [
					{ bloc: 'a', name: 'Khối A', href: '/khoi/a/#chi-tieu', reports: ['Toàn khối, USD'], reasons: ['khác loại tiền (bài in bằng USD, khối khác bằng đồng); kho không quy đổi'] },
					{ bloc: 'c', name: 'Khối C', href: '/khoi/c/#chi-tieu', reports: ['Toàn khối, đồng', 'Toàn khối, USD – số quy đổi theo bài'], reasons: ['khác loại tiền (bài in bằng đồng, khối khác bằng USD); kho không quy đổi'] },
				],
			},
			{
				key: 'capital-new-and-added',
				label: 'Vốn đăng ký cấp mới và tăng thêm',
				blocs: [
					{ bloc: 'b', name: 'Khối B', href: '/khoi/b/#chi-tieu', reports: ['Dự án FDI, USD', 'Dự án DDI, đồng'], reasons: ['khối khác không nêu riêng “Dự án FDI”', 'khối khác không nêu riêng “Dự án DDI”'] },
					{ bloc: 'c', name: 'Khối C', href: '/khoi/c/#chi-tieu', reports: ['Toàn khối, đồng'], reasons: ['khối khác chỉ nêu riêng FDI và DDI; kho không cộng lại thành tổng'] },
				],
			},
		]);
	});

	it('lists indicators whose definition differs, with the blocs and years that report them', () => {
		expect(view.differentDefinition).toEqual([
			{ key: 'output-industry-trade-services', label: 'Giá trị SXCN-TM-DV', blocs: [{ bloc: 'a', name: 'Khối A', href: '/khoi/a/#chi-tieu', reports: ['năm 2016'], reasons: [] }] },
		]);
	});

	it('compares counts whose nouns overlap, and treats a bare number as any noun', () => {
		expect(countNoun('nghìn người')).toBe('người');
		expect(countNoun('')).toBe('');
		const jobs = compareView([fig('a', 2019, { key: 'jobs-new', printed: '105.549 người' }), fig('b', 2020, { key: 'jobs-new', printed: '52.345' }), fig('b', 2021, { key: 'jobs-new', printed: '1.000 người' })], vocabulary, blocs);
		expect(jobs.comparisons.map((c) => c.key)).toEqual(['jobs-new']);
		expect(jobs.differentUnit).toEqual([]);
	});

	it('says nothing when there are no figures', () => {
		expect(compareView([], vocabulary, blocs)).toEqual({ blocs: [], comparisons: [], differentDefinition: [], differentUnit: [] });
	});
});
