import { describe, expect, it } from 'vitest';
import { comparePartialDates, formatDateRange, isOrderedRange, parsePartialDate } from '../../src/lib/text/partial-date.ts';

function date(input: string | number | Date) {
	const r = parsePartialDate(input);
	if (!r.ok) throw new Error(r.reason);
	return r.date;
}

describe('parsePartialDate', () => {
	it('keeps the precision the source gives', () => {
		expect(date('2020')).toEqual({ iso: '2020', precision: 'year', year: 2020 });
		expect(date(2020)).toEqual({ iso: '2020', precision: 'year', year: 2020 });
		expect(date('2020-01')).toEqual({ iso: '2020-01', precision: 'month', year: 2020, month: 1 });
		expect(date('2020-01-03')).toEqual({ iso: '2020-01-03', precision: 'day', year: 2020, month: 1, day: 3 });
	});
	it('reads YAML dates in UTC', () => {
		expect(date(new Date('2017-02-23T00:00:00Z')).iso).toBe('2017-02-23');
	});
	it('rejects impossible dates with the reason', () => {
		expect(parsePartialDate('2023-02-30')).toEqual({ ok: false, reason: 'ngày `2023-02-30` không tồn tại (tháng 2/2023 có 28 ngày)' });
		expect(parsePartialDate('2020-13')).toEqual({ ok: false, reason: 'tháng `13` không tồn tại trong `2020-13`' });
		expect(parsePartialDate('3/1/2020').ok).toBe(false);
		expect(parsePartialDate('2024-02-29').ok).toBe(true);
	});
});

describe('ranges', () => {
	it('formats days, spans, months, years and unknowns', () => {
		expect(formatDateRange(date('2020-01-03'), date('2020-01-04'))).toBe('03–04/01/2020');
		expect(formatDateRange(date('2023-01-06'), null)).toBe('06/01/2023');
		expect(formatDateRange(date('2020-01'), null)).toBe('tháng 1/2020');
		expect(formatDateRange(date('2021'), null)).toBe('năm 2021');
		expect(formatDateRange(null, null)).toBe('chưa rõ');
		expect(formatDateRange(date('2020-12-30'), date('2021-01-02'))).toBe('30/12/2020 – 02/01/2021');
	});
	it('orders only on what both dates know', () => {
		expect(isOrderedRange(date('2020-01-04'), date('2020-01-03'))).toBe(false);
		expect(isOrderedRange(date('2020-01'), date('2020-01-03'))).toBe(true);
		expect(comparePartialDates(date('2020'), date('2020-01'))).toBeLessThan(0);
	});
});
