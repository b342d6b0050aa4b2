import { describe, expect, it } from 'vitest';
import { findDatePhrases, parseDatePhrase } from '../../src/lib/import/date-phrase.ts';

describe('parseDatePhrase', () => {
	it('reads the formats of the sources exactly', () => {
		expect(parseDatePhrase('Ngày 3-4/1/2020 tại tỉnh Hải Dương')).toEqual({ start: '2020-01-03', end: '2020-01-04' });
		expect(parseDatePhrase('ngày 23 và 24/02/2017,')).toEqual({ start: '2017-02-23', end: '2017-02-24' });
		expect(parseDatePhrase('Ngày 15-16/1/2021')).toEqual({ start: '2021-01-15', end: '2021-01-16' });
		expect(parseDatePhrase('sáng ngày 06/01/2023,')).toEqual({ start: '2023-01-06', end: null });
	});
	it('reads ranges across months and years, spelled-out dates and months', () => {
		expect(parseDatePhrase('ngày 30/12/2020 – 02/01/2021')).toEqual({ start: '2020-12-30', end: '2021-01-02' });
		expect(parseDatePhrase('ngày 30/12 - 2/1/2021')).toEqual({ start: '2020-12-30', end: '2021-01-02' });
		expect(parseDatePhrase('ngày 28/2 đến 1/3/2020')).toEqual({ start: '2020-02-28', end: '2020-03-01' });
		expect(parseDatePhrase('ngày 6 tháng 1 năm 2023')).toEqual({ start: '2023-01-06', end: null });
		expect(parseDatePhrase('trong tháng 01/2020')).toEqual({ start: '2020-01', end: null });
		expect(parseDatePhrase('tháng 12 năm 2019')).toEqual({ start: '2019-12', end: null });
	});
	it('never rounds an impossible date and ignores document numbers', () => {
		expect(parseDatePhrase('ngày 30/02/2023')).toBeNull();
		expect(parseDatePhrase('ngày 5-4/1/2020')).toBeNull();
		expect(parseDatePhrase('số 30/CTr-UBND ngày 23/02/022')).toBeNull();
		expect(parseDatePhrase('Thông tư 07/2018/TT-BKHĐT')).toBeNull();
		expect(parseDatePhrase('giai đoạn 2016 - 2020')).toBeNull();
	});
	it('finds every date of a text with its offset', () => {
		const text = 'van ban so 8041/bkhdt ngay 08/11/2022; sang ngay 06/01/2023, hoi nghi';
		expect(findDatePhrases(text)).toEqual([
			{ start: '2022-11-08', end: null, index: 27, length: 10 },
			{ start: '2023-01-06', end: null, index: 49, length: 10 },
		]);
	});
});
