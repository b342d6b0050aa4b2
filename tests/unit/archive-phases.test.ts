/** The later phases of the derivation, each on its own: conflicts, rotation and timeline, awards, indicators, mentions. */
import { describe, expect, it } from 'vitest';
import { deriveArticles } from '../../src/lib/archive/articles.ts';
import { deriveAwards, newestFirst } from '../../src/lib/archive/awards.ts';
import { deriveBlocs, deriveUnits, references } from '../../src/lib/archive/boards.ts';
import { checkConferenceDates, groupByBloc } from '../../src/lib/archive/conflicts.ts';
import { Diagnostics } from '../../src/lib/archive/diagnostics.ts';
import { deriveIndicators } from '../../src/lib/archive/indicators.ts';
import { canonicalName, createMentionMatcher, deriveMentions, mentionNames } from '../../src/lib/archive/mentions.ts';
import { deriveTimelines, roleStatements } from '../../src/lib/archive/timeline.ts';
import type { SourceEntry } from '../../src/lib/archive/index.ts';
import type { ArticleData } from '../../src/schemas/article.ts';
import { report } from '../../src/lib/check/report.ts';
import { loadVocabulary } from '../../src/lib/indicators/figures.ts';
import { article, blocs as blocEntries, units as unitEntries } from '../helpers/archive-input.ts';

const vocabulary = loadVocabulary('revenue: { label: Doanh thu, kind: money, comparable: true }');

/** Runs the phases before the one under test; `locate` puts every field of a file at line = its length. */
function setUp(entries: SourceEntry<ArticleData>[]) {
	const diagnostics = new Diagnostics();
	for (const e of [...blocEntries, ...unitEntries, ...entries]) diagnostics.add({ ...e, locate: (field) => ({ line: field.length, column: 1 }) });
	const units = deriveUnits(unitEntries);
	const refs = references(units, new Set(['k']), diagnostics);
	const blocs = deriveBlocs(blocEntries, refs, diagnostics);
	const { articles, figures } = deriveArticles(entries, { refs, diagnostics, vocabulary });
	return { diagnostics, units, blocs, articles, figures, byBloc: groupByBloc(articles.values()) };
}

describe('conflicts phase', () => {
	it('orders a bloc’s articles by year and date and links prev/next', () => {
		const { byBloc } = setUp([article('c2020', { year: 2020 }), article('b2019', { year: 2019, conference: { start: '2020-01-09' } }), article('a2019', { year: 2019, event: 'so-ket', conference: { start: '2019-07' } })]);
		expect(byBloc.get('k')!.map((a) => [a.id, a.prev, a.next])).toEqual([
			['a2019', null, 'b2019'],
			['b2019', 'a2019', 'c2020'],
			['c2020', 'b2019', null],
		]);
	});

	it('reports two reports of one conference with different dates on the later one, the other as cause', () => {
		const { byBloc, diagnostics } = setUp([article('x', { year: 2019, conference: { start: '2020-01-10' } }), article('y', { year: 2019, conference: { start: '2020-01-11' } }), article('z', { year: 2019, event: 'so-ket', conference: { start: '2019-07-01' } })]);
		checkConferenceDates(byBloc, diagnostics);
		expect(report(diagnostics.list())).toBe(
			[
				'content/articles/y.md',
				'  16:1  error `conference.start`: Hai bài nói khác nhau về ngày hội nghị năm 2019: `2020-01-10` (content/articles/x.md) và `2020-01-11` (content/articles/y.md). conflict archive',
				'  liên quan: content/articles/x.md:16:1 `conference.start`: ghi `2020-01-10`.',
				'  → Đối chiếu với nguồn và sửa bài sai; nếu nguồn thật sự khác nhau, ghi rõ ở `conference.note` và để `uncertain: true` ở cả hai bài sau khi thống nhất ngày.',
				'  xem: docs/huong-dan/loi-thuong-gap.md#conflict',
			].join('\n'),
		);
	});

	it('accepts the same date, or dates known to different precisions', () => {
		const { byBloc, diagnostics } = setUp([article('x', { year: 2019, conference: { start: '2020-01-10' } }), article('y', { year: 2019, conference: { start: '2020-01-10' } }), article('w', { year: 2019, conference: { start: '2020-01' } })]);
		checkConferenceDates(byBloc, diagnostics);
		expect(report(diagnostics.list())).toBe('');
	});
});

describe('rotation and timeline phase', () => {
	it('lists what each article states and elects', () => {
		const { byBloc } = setUp([article('y2019', { year: 2019, chair: { unit: 'a' }, elected: { chair: { unit: 'b' }, viceChair: { unit: 'c' } } })]);
		expect(roleStatements(byBloc.get('k')!).map((s) => [s.year, s.role, s.unit, s.basis, s.article])).toEqual([
			[2019, 'chair', 'a', 'stated', 'y2019'],
			[2020, 'chair', 'b', 'elected', 'y2019'],
			[2020, 'vice-chair', 'c', 'elected', 'y2019'],
		]);
	});

	it('builds the timeline with gaps and the chairs export, board names as of the year', () => {
		const s = setUp([article('y2019', { year: 2019, elected: { chair: { unit: 'b' } } }), article('y2021', { year: 2021 })]);
		const { timelines, chairs } = deriveTimelines(s.blocs, s.byBloc, s.units, s.diagnostics);
		expect(timelines.get('k')!.map((t) => [t.year, t.articles, t.chair?.unit ?? null, t.gap])).toEqual([
			[2018, [], null, true],
			[2019, ['y2019'], null, false],
			[2020, [], 'b', false],
			[2021, ['y2021'], null, false],
		]);
		expect(chairs).toEqual([{ bloc: 'k', blocName: 'Khối thi đua K', year: 2020, role: 'chair', unit: 'b', unitName: 'Ban Quản lý Khu công nghệ cao và các khu công nghiệp Bình', sources: ['y2019'], cites: ['/bai-viet/y2019/'] }]);
		expect(report(s.diagnostics.list())).toBe('');
	});

	it('reports two boards stated as serving at the last one’s field, the first as cause, and keeps no row', () => {
		const s = setUp([article('y2019', { year: 2019, elected: { chair: { unit: 'a' } } }), article('y2020', { year: 2020, chair: { unit: 'c' } }), article('y2020-so-ket', { year: 2020, event: 'so-ket', chair: { unit: 'a' } })]);
		const { chairs } = deriveTimelines(s.blocs, s.byBloc, s.units, s.diagnostics);
		expect(chairs).toEqual([]);
		expect(report(s.diagnostics.list())).toBe(
			[
				'content/articles/y2020-so-ket.md',
				'  5:1  error `chair`: Các bài mâu thuẫn về Khối trưởng năm 2020 của Khối K: `a` (content/articles/y2019.md, bầu cho năm sau) và `c` (content/articles/y2020.md, nêu trong năm) và `a` (content/articles/y2020-so-ket.md, nêu trong năm). conflict archive',
				'  liên quan: content/articles/y2020.md:5:1 `chair`: ghi `c` (nêu trong năm).',
				'  → Đối chiếu với nguồn rồi sửa bài sai. Kho lưu trữ không tự chọn một bên. Nếu các nguồn thật sự ghi khác nhau, ghi vào content/blocs/k.yaml: `disputes: [{ year: 2020, role: chair, note: "…" }]`.',
				'  xem: docs/huong-dan/loi-thuong-gap.md#conflict',
			].join('\n'),
		);
	});

	it('warns when the board that served is not the one elected, keeping both', () => {
		const s = setUp([article('y2019', { year: 2019, elected: { viceChair: { unit: 'a' } } }), article('y2020', { year: 2020, viceChair: { unit: 'c' } })]);
		const { timelines, chairs } = deriveTimelines(s.blocs, s.byBloc, s.units, s.diagnostics);
		expect(chairs.map((c) => [c.year, c.role, c.unit, c.sources])).toEqual([[2020, 'vice-chair', 'c', ['y2020']]]);
		const row = timelines.get('k')!.find((t) => t.year === 2020)!;
		expect([row.viceChair!.unit, row.viceChair!.elected!.unit]).toEqual(['c', 'a']);
		expect(s.diagnostics.list().flatMap((f) => f.messages.map((m) => [String(m), m.ruleId, m.fatal]))).toEqual([
			['content/articles/y2020.md:9:1: `viceChair`: Khối phó năm 2020 của Khối K là `c`, khác `a` được bầu ở hội nghị năm trước (content/articles/y2019.md).', 'elected-not-served', false],
		]);
	});
});

describe('awards phase', () => {
	it('gives a row per recipient, or one row for unnamed recipients, oldest article first', () => {
		const s = setUp([
			article('y2020', { year: 2020, awards: [{ kind: 'flag', name: 'Cờ thi đua', recipients: ['b', 'c'], status: 'proposed', by: 'Bộ' }] }),
			article('y2016', { year: 2016, awards: [{ kind: 'merit', name: 'Bằng khen', count: 3, status: 'conferred', by: null, period: '2011-2015' }] }),
		]);
		const list = newestFirst(s.articles.values());
		expect(list.map((a) => a.id)).toEqual(['y2020', 'y2016']);
		expect(deriveAwards(list, s.blocs, s.units).map((w) => [w.year, w.award, w.unit, w.unitName, w.count, w.status, w.period, w.sources])).toEqual([
			[2016, 'merit', null, null, 3, 'conferred', '2011-2015', ['y2016']],
			[2020, 'flag', 'b', 'Ban Quản lý Khu công nghệ cao và các khu công nghiệp Bình', null, 'proposed', null, ['y2020']],
			[2020, 'flag', 'c', 'Ban Quản lý Khu kinh tế Cần', null, 'proposed', null, ['y2020']],
		]);
	});
});

describe('indicators phase', () => {
	const fig = (id: string, printed: string) => article(id, { year: 2019, figures: [{ key: 'revenue', printed, quote: `Doanh thu đạt ${printed}` }] }, `Doanh thu đạt ${printed}.`);

	it('builds one table per bloc', () => {
		const s = setUp([fig('x', '5 tỷ đồng'), fig('y', '5 tỷ đồng')]);
		const tables = deriveIndicators(s.figures, s.blocs, s.articles, s.diagnostics, vocabulary);
		expect(tables.get('k')!.rows.map((r) => [r.key, r.unitLabel, r.cells.map((c) => c.state)])).toEqual([['revenue', 'tỷ đồng', ['value']]]);
		expect(report(s.diagnostics.list())).toBe('');
	});

	it('reports two values for one cell on the last article, the first as cause', () => {
		const s = setUp([fig('x', '5 tỷ đồng'), fig('y', '6 tỷ đồng')]);
		deriveIndicators(s.figures, s.blocs, s.articles, s.diagnostics, vocabulary);
		expect(report(s.diagnostics.list())).toBe(
			[
				'content/articles/y.md',
				'  7:1  error `figures`: Các bài ghi khác nhau cho `revenue` (Doanh thu; Toàn khối; Kết quả; tiền (VND)) của khối `k` năm 2019: `5 tỷ đồng` (bài `x`); `6 tỷ đồng` (bài `y`). conflict archive',
				'  liên quan: content/articles/x.md:7:1 `figures`: ghi `5 tỷ đồng`.',
				'  → Đối chiếu với nguồn (content/articles/x.md, content/articles/y.md) và sửa con số sai; kho lưu trữ không tự chọn.',
				'  xem: docs/huong-dan/loi-thuong-gap.md#conflict',
			].join('\n'),
		);
	});
});

describe('mentions phase', () => {
	it('finds boards by official names and variants, front matter included, known boards only', () => {
		const s = setUp([article('x', { year: 2019, conference: { host: ['c'] }, awards: [{ kind: 'flag', name: 'Cờ', recipients: ['zz'], status: 'proposed', by: null }] }, 'Đại diện BQL các KCN tỉnh An và Ban Quản lý các khu công nghiệp và chế xuất Bình dự họp.')]);
		expect(mentionNames(s.units).get('a')).toEqual(['Ban Quản lý các khu công nghiệp tỉnh An', 'BQL các KCN tỉnh An']);
		deriveMentions(s.articles.values(), s.units);
		expect(s.articles.get('x')!.mentions).toEqual(['a', 'b', 'c']);
	});
});

describe('mention matcher', () => {
	const names = new Map([
		['an-phat', ['BQL KKT An Phát', 'Ban Quản lý Khu kinh tế tỉnh An Phát']],
		['an-phat-lam', ['BQL KKT An Phát Lâm', 'Ban Quản lý Khu kinh tế tỉnh An Phát Lâm']],
	]);
	const find = createMentionMatcher(names);

	it('reads abbreviations and written-out names alike', () => {
		expect(canonicalName('Ban Quản lý các khu công nghiệp và chế xuất tỉnh Bình')).toEqual(['bql', 'cac', 'kcn', 'va', 'kcx', 'binh']);
		expect(canonicalName('BQL các KCN, KCX TP. Hồ Chí Minh')).toEqual(['bql', 'cac', 'kcn', 'kcx', 'ho', 'chi', 'minh']);
	});

	it('takes the longer of two nested names only when the text capitalises the syllable it adds', () => {
		expect([...find('bầu BQL KKT An Phát làm Khối trưởng')]).toEqual(['an-phat']);
		expect([...find('Ban Quản lý Khu kinh tế tỉnh An Phát Lâm làm Khối phó')]).toEqual(['an-phat-lam']);
		// A lower-case name alone is still found: the case only decides between nested names.
		expect([...find('ban quản lý khu kinh tế tỉnh an phát lâm dự họp')]).toEqual(['an-phat-lam']);
	});
});
