import { describe, expect, it } from 'vitest';
import { datesIn, vnDateToIso } from '../../src/lib/text/vn-date.ts';

describe('Vietnamese dates', () => {
	it('finds every spelling, ranges included, and never an impossible date', () => {
		expect(datesIn('Ngày 14/1/2022 tại').map((d) => d.iso)).toEqual(['2022-01-14']);
		expect(datesIn('14-01-2022 và 15.01.2022').map((d) => d.iso)).toEqual(['2022-01-14', '2022-01-15']);
		expect(datesIn('ngày 14 tháng 1 năm 2022').map((d) => d.iso)).toEqual(['2022-01-14', '2022-01']);
		expect(datesIn('Ngày 3-4/1/2020 tại').map((d) => [d.iso, d.text])).toEqual([['2020-01-03', '3-4/1/2020'], ['2020-01-04', '3-4/1/2020']]);
		expect(datesIn('ngày 23 và 24/02/2017,').map((d) => d.iso)).toEqual(['2017-02-23', '2017-02-24', '2017-02-24']);
		expect(datesIn('tháng 12/2019').map((d) => d.iso)).toEqual(['2019-12']);
		expect(datesIn('31/2/2022 hay 12/2022')).toEqual([]);
	});

	it('gives the ISO value of one date written the Vietnamese way', () => {
		expect([vnDateToIso('14/01/2022'), vnDateToIso(' ngày 14 tháng 1 năm 2022 '), vnDateToIso('2022'), vnDateToIso('họp 14/1/2022')]).toEqual(['2022-01-14', '2022-01-14', null, null]);
	});
});
