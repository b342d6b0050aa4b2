import { describe, expect, it } from 'vitest';
import type { AwardRow } from '../../src/lib/archive/index.ts';
import { mergeAwards } from '../../src/lib/views/merge-awards.ts';

const row = (article: string, over: Partial<AwardRow> = {}): AwardRow => ({
	bloc: 'dbsh',
	blocName: 'Khối đồng bằng sông Hồng',
	year: 2022,
	award: 'flag',
	awardName: 'Cờ thi đua',
	unit: 'hai-duong',
	unitName: 'BQL các KCN Hải Dương',
	count: null,
	status: 'proposed',
	by: 'Bộ Kế hoạch và Đầu tư',
	period: null,
	sources: [article],
	cite: `/bai-viet/${article}/#c-1`,
	...over,
});
const events: Record<string, string> = { a: 'tong-ket', b: 'tong-ket', c: 'tong-ket', s: 'so-ket' };
const merge = (rows: AwardRow[]) => mergeAwards(rows, (id) => events[id]!);

describe('mergeAwards', () => {
	it('merges the same award from two reports of one conference into one row listing both sources', () => {
		const merged = merge([row('a'), row('b', { cite: '/bai-viet/b/#c-9' })]);
		expect(merged).toHaveLength(1);
		expect(merged[0]!.sources).toEqual(['a', 'b']);
		expect(merged[0]!.reports).toEqual([
			{ article: 'a', cite: '/bai-viet/a/#c-1' },
			{ article: 'b', cite: '/bai-viet/b/#c-9' },
		]);
		expect(merged[0]!.disagreements).toEqual([]);
	});

	it('keeps different recipients, kinds, years, periods and a mid-year review apart', () => {
		const merged = merge([row('a'), row('b', { unit: 'bac-ninh' }), row('b', { award: 'merit' }), row('b', { year: 2021 }), row('b', { period: '2016-2020' }), row('s')]);
		expect(merged).toHaveLength(6);
	});

	it('keeps two rows of one article apart (two unnamed groups), pairing them with the other report in order', () => {
		const unnamed = { unit: null, unitName: null };
		const merged = merge([row('a', { ...unnamed, count: 3 }), row('a', { ...unnamed, count: 2 }), row('b', { ...unnamed, count: 3 }), row('b', { ...unnamed, count: 2 })]);
		expect(merged.map((m) => [m.count, m.sources, m.disagreements])).toEqual([
			[3, ['a', 'b'], []],
			[2, ['a', 'b'], []],
		]);
	});

	it('shows a true disagreement with each value and its sources, never picking one', () => {
		const merged = merge([row('a'), row('b', { status: 'conferred', by: null }), row('c')]);
		expect(merged).toHaveLength(1);
		expect(merged[0]!.status).toBe('proposed');
		expect(merged[0]!.disagreements).toEqual([
			{ field: 'status', values: [{ value: 'proposed', sources: ['a', 'c'] }, { value: 'conferred', sources: ['b'] }] },
			{ field: 'by', values: [{ value: 'Bộ Kế hoạch và Đầu tư', sources: ['a', 'c'] }, { value: null, sources: ['b'] }] },
		]);
	});
});
