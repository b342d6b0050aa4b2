import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatInUnit, formatVnNumber, parsePrinted, parseVnNumber, shiftDecimal, type ExpectedKind, type PrintedValue } from '../../src/lib/text/vn-number.ts';

const HINT_FORMAT = 'Số viết theo quy ước Việt Nam: dấu chấm phân cách hàng nghìn, dấu phẩy thập phân (`5.056,1`, `1.095.829`, `2,48`).';
const HINT_ENGLISH =
	'Nếu nguồn in đúng như vậy, sửa văn bản bài về quy ước Việt Nam (dấu chấm hàng nghìn, dấu phẩy thập phân) và ghi chú việc sửa trong `source.note`.';
const HINT_UNITS =
	'Ghi giá trị đúng như bài in: số, từ chỉ bậc nếu có (nghìn, triệu, tỷ), rồi đơn vị: `USD`, `đồng`/`VNĐ`, `ha`, `%`, hoặc danh từ đếm (`dự án`, `lượt`, `người`).';

describe('parseVnNumber', () => {
	it('reads the unambiguous Vietnamese forms as certain', () => {
		expect(parseVnNumber('5.056,1')).toEqual({ ok: true, value: 5056.1, decimal: '5056.1', fractionDigits: 1, confidence: 'certain' });
		expect(parseVnNumber('1.095.829')).toEqual({ ok: true, value: 1095829, decimal: '1095829', fractionDigits: 0, confidence: 'certain' });
		expect(parseVnNumber('2,48')).toEqual({ ok: true, value: 2.48, decimal: '2.48', fractionDigits: 2, confidence: 'certain' });
		expect(parseVnNumber('242,97')).toEqual({ ok: true, value: 242.97, decimal: '242.97', fractionDigits: 2, confidence: 'certain' });
		expect(parseVnNumber('123.493,0')).toEqual({ ok: true, value: 123493, decimal: '123493.0', fractionDigits: 1, confidence: 'certain' });
		expect(parseVnNumber('2.331,663')).toEqual({ ok: true, value: 2331.663, decimal: '2331.663', fractionDigits: 3, confidence: 'certain' });
		expect(parseVnNumber('05')).toEqual({ ok: true, value: 5, decimal: '5', fractionDigits: 0, confidence: 'certain' });
		expect(parseVnNumber('108')).toEqual({ ok: true, value: 108, decimal: '108', fractionDigits: 0, confidence: 'certain' });
		// `0,123` cannot be an English thousands grouping (no group starts with 0).
		expect(parseVnNumber('0,123')).toEqual({ ok: true, value: 0.123, decimal: '0.123', fractionDigits: 3, confidence: 'certain' });
		expect(parseVnNumber(' -4,86 ')).toEqual({ ok: true, value: -4.86, decimal: '-4.86', fractionDigits: 2, confidence: 'certain' });
		expect(parseVnNumber('−1.229,5')).toEqual({ ok: true, value: -1229.5, decimal: '-1229.5', fractionDigits: 1, confidence: 'certain' });
	});

	it('reads a point before three digits as thousands by convention, naming the other reading', () => {
		expect(parseVnNumber('1.229')).toEqual({
			ok: true,
			value: 1229,
			decimal: '1229',
			fractionDigits: 0,
			confidence: 'convention',
			alternative: '1.229',
			note: 'Dấu chấm trong `1.229` được đọc là dấu phân cách hàng nghìn theo quy ước Việt Nam: giá trị 1229. Nếu nguồn dùng dấu chấm làm dấu thập phân (kiểu Anh), giá trị là 1,229.',
		});
	});

	it('reads a comma before three digits as decimal by convention, naming the other reading', () => {
		expect(parseVnNumber('5,890')).toEqual({
			ok: true,
			value: 5.89,
			decimal: '5.890',
			fractionDigits: 3,
			confidence: 'convention',
			alternative: '5890',
			note: 'Dấu phẩy trong `5,890` được đọc là dấu thập phân theo quy ước Việt Nam: giá trị 5,890. Nếu nguồn dùng dấu phẩy phân cách hàng nghìn (kiểu Anh), giá trị là 5890.',
		});
	});

	it('reads a point that cannot group thousands as a decimal mark, against the convention, and says why', () => {
		expect(parseVnNumber('4.86')).toEqual({
			ok: true,
			value: 4.86,
			decimal: '4.86',
			fractionDigits: 2,
			confidence: 'convention',
			note: 'Dấu chấm trong `4.86` được đọc là dấu thập phân (giá trị 4,86) vì nó không thể phân cách hàng nghìn: sau nó có 2 chữ số. Theo quy ước Việt Nam dấu thập phân là dấu phẩy.',
		});
		expect(parseVnNumber('0.123')).toMatchObject({
			value: 0.123,
			confidence: 'convention',
			note: 'Dấu chấm trong `0.123` được đọc là dấu thập phân (giá trị 0,123) vì nó không thể phân cách hàng nghìn: nhóm đầu `0` bắt đầu bằng chữ số 0. Theo quy ước Việt Nam dấu thập phân là dấu phẩy.',
		});
		expect(parseVnNumber('1234.567')).toMatchObject({
			value: 1234.567,
			confidence: 'convention',
			note: 'Dấu chấm trong `1234.567` được đọc là dấu thập phân (giá trị 1234,567) vì nó không thể phân cách hàng nghìn: nhóm đầu `1234` có 4 chữ số (tối đa 3). Theo quy ước Việt Nam dấu thập phân là dấu phẩy.',
		});
		expect(parseVnNumber('4.86')).not.toHaveProperty('alternative');
	});

	it('rejects malformed numbers with exact reasons', () => {
		expect(parseVnNumber('5.056.1')).toEqual({
			ok: false,
			code: 'malformed',
			reason: '`5.056.1` có nhiều dấu chấm nên dấu chấm phải phân cách hàng nghìn, nhưng nhóm `1` có 1 chữ số (phải đúng 3).',
			hint: HINT_FORMAT,
		});
		expect(parseVnNumber('1,2,3')).toEqual({ ok: false, code: 'malformed', reason: '`1,2,3` có nhiều dấu phẩy; số viết theo quy ước Việt Nam chỉ có một dấu phẩy thập phân.', hint: HINT_FORMAT });
		expect(parseVnNumber('abc')).toEqual({ ok: false, code: 'not-a-number', reason: '`abc` không phải là số.', hint: HINT_FORMAT });
		expect(parseVnNumber('')).toEqual({ ok: false, code: 'empty', reason: 'Số trống.', hint: HINT_FORMAT });
		expect(parseVnNumber('   ')).toEqual({ ok: false, code: 'empty', reason: 'Số trống.', hint: HINT_FORMAT });
		expect(parseVnNumber('38.561.')).toEqual({ ok: false, code: 'malformed', reason: '`38.561.` bắt đầu hoặc kết thúc bằng dấu phân cách.', hint: HINT_FORMAT });
		expect(parseVnNumber('1..229')).toEqual({ ok: false, code: 'malformed', reason: '`1..229` có hai dấu phân cách liền nhau.', hint: HINT_FORMAT });
		expect(parseVnNumber('1 095 829')).toEqual({ ok: false, code: 'malformed', reason: '`1 095 829` có ký tự không phải chữ số, dấu chấm hay dấu phẩy.', hint: HINT_FORMAT });
		expect(parseVnNumber('12.34,5')).toEqual({ ok: false, code: 'malformed', reason: '`12.34,5`: phần nguyên không chia đúng hàng nghìn, nhóm `34` có 2 chữ số (phải đúng 3).', hint: HINT_FORMAT });
		expect(parseVnNumber('1,2.3,4')).toEqual({
			ok: false,
			code: 'malformed',
			reason: '`1,2.3,4` có cả dấu chấm và dấu phẩy nhưng không theo quy ước nào (các dấu chấm hàng nghìn rồi một dấu phẩy thập phân).',
			hint: HINT_FORMAT,
		});
	});

	it('rejects English-style numbers instead of guessing', () => {
		expect(parseVnNumber('1,234.5')).toEqual({
			ok: false,
			code: 'english-style',
			reason: '`1,234.5` viết kiểu Anh (dấu phẩy phân cách hàng nghìn, dấu chấm thập phân), trái quy ước Việt Nam; theo kiểu Anh giá trị là 1234,5.',
			hint: HINT_ENGLISH,
		});
		expect(parseVnNumber('1,234,567')).toEqual({
			ok: false,
			code: 'english-style',
			reason: '`1,234,567` dùng dấu phẩy phân cách hàng nghìn (kiểu Anh); theo quy ước Việt Nam số chỉ có một dấu phẩy thập phân. Theo kiểu Anh giá trị là 1234567.',
			hint: HINT_ENGLISH,
		});
	});
});

describe('shiftDecimal', () => {
	it('moves the decimal point exactly', () => {
		expect(shiftDecimal('5056.1', 6)).toBe('5056100000');
		expect(shiftDecimal('2331.663', 6)).toBe('2331663000');
		expect(shiftDecimal('5.890', 9)).toBe('5890000000');
		expect(shiftDecimal('123493.0', 0)).toBe('123493');
		expect(shiftDecimal('5056100000', -6)).toBe('5056.1');
		expect(shiftDecimal('5', -3)).toBe('0.005');
		expect(shiftDecimal('-4.86', 0)).toBe('-4.86');
		expect(shiftDecimal('-0.0', 3)).toBe('0');
		expect(shiftDecimal('0012', 1)).toBe('120');
	});
});

type Row = [printed: string, kind: ExpectedKind, value: number, unit: PrintedValue['unit'], scale: PrintedValue['scale'], unitLabel: string, confidence: PrintedValue['confidence']];

/** Every number format in the five seeds (000 and 001 with their diacritics restored). */
const SEED_FORMATS: Row[] = [
	// 002 (Đồng bằng sông Hồng, 2020)
	['330 dự án', 'count', 330, 'count', null, 'dự án', 'certain'],
	['459 lượt dự án', 'count', 459, 'count', null, 'lượt dự án', 'certain'],
	['5.056,1 triệu USD', 'money', 5056100000, 'USD', 'triệu', 'triệu USD', 'certain'],
	['24.406,2 tỷ đồng', 'money', 24406200000000, 'VND', 'tỷ', 'tỷ đồng', 'certain'],
	['3.127 dự án', 'count', 3127, 'count', null, 'dự án', 'certain'],
	['61.206,6 triệu USD', 'money', 61206600000, 'USD', 'triệu', 'triệu USD', 'certain'],
	['8,11%', 'percent', 8.11, 'percent', null, '%', 'certain'],
	['38.535,9 triệu USD', 'money', 38535900000, 'USD', 'triệu', 'triệu USD', 'certain'],
	['62,96%', 'percent', 62.96, 'percent', null, '%', 'certain'],
	['453.287,5 tỷ đồng', 'money', 453287500000000, 'VND', 'tỷ', 'tỷ đồng', 'certain'],
	['4.86%', 'percent', 4.86, 'percent', null, '%', 'convention'],
	['334.314 tỷ đồng', 'money', 334314000000000, 'VND', 'tỷ', 'tỷ đồng', 'convention'],
	['73,75%', 'percent', 73.75, 'percent', null, '%', 'certain'],
	['05 KKT', 'count', 5, 'count', null, 'KKT', 'certain'],
	['188.621 ha', 'area', 188621, 'ha', null, 'ha', 'convention'],
	['136 KCN', 'count', 136, 'count', null, 'KCN', 'certain'],
	['40.100,3 ha', 'area', 40100.3, 'ha', null, 'ha', 'certain'],
	['83 khu', 'count', 83, 'count', null, 'khu', 'certain'],
	['71 KCN, KCX, KKT', 'count', 71, 'count', null, 'KCN, KCX, KKT', 'certain'],
	['18.041,5 ha', 'area', 18041.5, 'ha', null, 'ha', 'certain'],
	['85.144,9 triệu USD', 'money', 85144900000, 'USD', 'triệu', 'triệu USD', 'certain'],
	['259.265,4 tỷ đồng', 'money', 259265400000000, 'VND', 'tỷ', 'tỷ đồng', 'certain'],
	['52.390,5 triệu USD', 'money', 52390500000, 'USD', 'triệu', 'triệu USD', 'certain'],
	['123.493,0 tỷ đồng', 'money', 123493000000000, 'VND', 'tỷ', 'tỷ đồng', 'certain'],
	['61.431,6 triệu USD', 'money', 61431600000, 'USD', 'triệu', 'triệu USD', 'certain'],
	['102.052,2 tỷ đồng', 'money', 102052200000000, 'VND', 'tỷ', 'tỷ đồng', 'certain'],
	['42.649,5 triệu USD', 'money', 42649500000, 'USD', 'triệu', 'triệu USD', 'certain'],
	['82.276,0 tỷ đồng', 'money', 82276000000000, 'VND', 'tỷ', 'tỷ đồng', 'certain'],
	['1.724,0 triệu USD', 'money', 1724000000, 'USD', 'triệu', 'triệu USD', 'certain'],
	['21.608,9 tỷ đồng', 'money', 21608900000000, 'VND', 'tỷ', 'tỷ đồng', 'certain'],
	['52.345 lao động', 'count', 52345, 'count', null, 'lao động', 'certain'],
	['1.148.174 người lao động', 'count', 1148174, 'count', null, 'người lao động', 'certain'],
	// 003 (Cụm Duyên hải miền Trung, 2016)
	['132 dự án', 'count', 132, 'count', null, 'dự án', 'certain'],
	['2.470,7 triệu USD', 'money', 2470700000, 'USD', 'triệu', 'triệu USD', 'certain'],
	['2,48 tỷ USD', 'money', 2480000000, 'USD', 'tỷ', 'tỷ USD', 'certain'],
	['242,97%', 'percent', 242.97, 'percent', null, '%', 'certain'],
	['1,17 tỷ USD', 'money', 1170000000, 'USD', 'tỷ', 'tỷ USD', 'certain'],
	['1.229 dự án', 'count', 1229, 'count', null, 'dự án', 'certain'],
	['76.445 tỷ đồng', 'money', 76445000000000, 'VND', 'tỷ', 'tỷ đồng', 'convention'],
	['16,204 tỷ USD', 'money', 16204000000, 'USD', 'tỷ', 'tỷ USD', 'convention'],
	['210.764,9 tỷ đồng', 'money', 210764900000000, 'VND', 'tỷ', 'tỷ đồng', 'certain'],
	['108%', 'percent', 108, 'percent', null, '%', 'certain'],
	['195.168 tỷ đồng', 'money', 195168000000000, 'VND', 'tỷ', 'tỷ đồng', 'convention'],
	['2.331,663 triệu USD', 'money', 2331663000, 'USD', 'triệu', 'triệu USD', 'certain'],
	['2,332 tỷ USD', 'money', 2332000000, 'USD', 'tỷ', 'tỷ USD', 'convention'],
	['103,3%', 'percent', 103.3, 'percent', null, '%', 'certain'],
	['2,26 tỷ USD', 'money', 2260000000, 'USD', 'tỷ', 'tỷ USD', 'certain'],
	['38.561 tỷ đồng', 'money', 38561000000000, 'VND', 'tỷ', 'tỷ đồng', 'convention'],
	['115%', 'percent', 115, 'percent', null, '%', 'certain'],
	['33.430 tỷ đồng', 'money', 33430000000000, 'VND', 'tỷ', 'tỷ đồng', 'convention'],
	['03', 'count', 3, 'count', null, '', 'certain'],
	// 004 (Tây Nguyên và Duyên hải miền Trung, 2022)
	['80 dự án', 'count', 80, 'count', null, 'dự án', 'certain'],
	['61.803 tỷ đồng', 'money', 61803000000000, 'VND', 'tỷ', 'tỷ đồng', 'convention'],
	['21.857 triệu USD', 'money', 21857000000, 'USD', 'triệu', 'triệu USD', 'convention'],
	['397.701 tỷ đồng', 'money', 397701000000000, 'VND', 'tỷ', 'tỷ đồng', 'convention'],
	['43.448 tỷ đồng', 'money', 43448000000000, 'VND', 'tỷ', 'tỷ đồng', 'convention'],
	['936 công chức, viên chức và người lao động', 'count', 936, 'count', null, 'công chức, viên chức và người lao động', 'certain'],
	['05', 'count', 5, 'count', null, '', 'certain'],
	// 001 (Đồng bằng sông Hồng, 2019; OCR, restored)
	['532 dự án', 'count', 532, 'count', null, 'dự án', 'certain'],
	['761 lượt', 'count', 761, 'count', null, 'lượt', 'certain'],
	['5,890 tỷ USD', 'money', 5890000000, 'USD', 'tỷ', 'tỷ USD', 'convention'],
	['47.217 tỷ đồng', 'money', 47217000000000, 'VND', 'tỷ', 'tỷ đồng', 'convention'],
	['2.910 dự án', 'count', 2910, 'count', null, 'dự án', 'certain'],
	['56,615 tỷ USD', 'money', 56615000000, 'USD', 'tỷ', 'tỷ USD', 'convention'],
	['7,6%', 'percent', 7.6, 'percent', null, '%', 'certain'],
	['3.156 triệu USD', 'money', 3156000000, 'USD', 'triệu', 'triệu USD', 'convention'],
	['54%', 'percent', 54, 'percent', null, '%', 'certain'],
	['432.285 tỷ đồng', 'money', 432285000000000, 'VND', 'tỷ', 'tỷ đồng', 'convention'],
	['70.261 tỷ đồng', 'money', 70261000000000, 'VND', 'tỷ', 'tỷ đồng', 'convention'],
	['18.025 ha', 'area', 18025, 'ha', null, 'ha', 'convention'],
	['101,128 tỷ USD', 'money', 101128000000, 'USD', 'tỷ', 'tỷ USD', 'convention'],
	['69,134 tỷ USD', 'money', 69134000000, 'USD', 'tỷ', 'tỷ USD', 'convention'],
	['52,564 tỷ USD', 'money', 52564000000, 'USD', 'tỷ', 'tỷ USD', 'convention'],
	['51.712 tỷ đồng', 'money', 51712000000000, 'VND', 'tỷ', 'tỷ đồng', 'convention'],
	['105.549 người lao động', 'count', 105549, 'count', null, 'người lao động', 'certain'],
	['1.095.829 người', 'count', 1095829, 'count', null, 'người', 'certain'],
	// 000 (Tây Nguyên và Duyên hải miền Trung, 2020; lost diacritics, restored)
	['159 dự án', 'count', 159, 'count', null, 'dự án', 'certain'],
	['30.493 tỷ đồng', 'money', 30493000000000, 'VND', 'tỷ', 'tỷ đồng', 'convention'],
	['1.326 triệu USD', 'money', 1326000000, 'USD', 'triệu', 'triệu USD', 'convention'],
	['127.351 tỷ đồng', 'money', 127351000000000, 'VND', 'tỷ', 'tỷ đồng', 'convention'],
	['5.537 triệu USD', 'money', 5537000000, 'USD', 'triệu', 'triệu USD', 'convention'],
	['33.438 tỷ đồng', 'money', 33438000000000, 'VND', 'tỷ', 'tỷ đồng', 'convention'],
];

describe('parsePrinted on every seed format', () => {
	it.each(SEED_FORMATS)('%s', (printed, kind, value, unit, scale, unitLabel, confidence) => {
		const result = parsePrinted(printed, kind);
		expect(result).toMatchObject({ ok: true, value, unit, scale, unitLabel, confidence });
		if (!result.ok) return;
		// The exact decimal agrees with the number, and a count is whole.
		expect(result.decimal).toBe(String(value));
		expect(Object.hasOwn(result, 'note')).toBe(confidence === 'convention');
	});

	it('takes its clean seed formats from the sources themselves', () => {
		const clean = ['002_940529d49a965c27.txt', '003_ba135f90c862c4d5.txt', '004_53f62299a9fa8a16.txt'].map((f) => readFileSync(`content/sources/${f}`, 'utf8')).join('\n');
		const fromClean = SEED_FORMATS.slice(0, SEED_FORMATS.findIndex(([p]) => p === '532 dự án')).map(([p]) => p);
		expect(fromClean).toHaveLength(58);
		expect(fromClean.filter((p) => !clean.includes(p))).toEqual([]);
	});

	it('prints every seed value back as printed (except the zero padding and the point of `4.86%`)', () => {
		const back = SEED_FORMATS.map(([printed, kind]) => {
			const r = parsePrinted(printed, kind);
			return r.ok ? formatInUnit(r.value, r.unitLabel, r.fractionDigits) : r.reason;
		});
		const differ = SEED_FORMATS.map(([p], i) => [p, back[i]]).filter(([p, b]) => p !== b);
		expect(differ).toEqual([
			['4.86%', '4,86%'],
			['05 KKT', '5 KKT'],
			['03', '3'],
			['05', '5'],
		]);
	});
});

describe('parsePrinted', () => {
	it('returns the full reading', () => {
		expect(parsePrinted('5.056,1 triệu USD', 'money')).toEqual({
			ok: true,
			value: 5056100000,
			decimal: '5056100000',
			unit: 'USD',
			scale: 'triệu',
			number: 5056.1,
			fractionDigits: 1,
			unitLabel: 'triệu USD',
			confidence: 'certain',
		});
		expect(parsePrinted('5,890 tỷ USD')).toEqual({
			ok: true,
			value: 5890000000,
			decimal: '5890000000',
			unit: 'USD',
			scale: 'tỷ',
			number: 5.89,
			fractionDigits: 3,
			unitLabel: 'tỷ USD',
			confidence: 'convention',
			alternativeValue: 5890000000000,
			note: 'Dấu phẩy trong `5,890` được đọc là dấu thập phân theo quy ước Việt Nam: giá trị 5,890. Nếu nguồn dùng dấu phẩy phân cách hàng nghìn (kiểu Anh), giá trị là 5890.',
		});
	});

	it('scales from the digits, without float error', () => {
		// Naive float scaling gives 4099999.9999999995, 8199999999.999999 and 1070000000.0000001.
		expect(parsePrinted('4,1 triệu USD')).toMatchObject({ value: 4100000, decimal: '4100000' });
		expect(parsePrinted('8,2 tỷ đồng')).toMatchObject({ value: 8200000000, decimal: '8200000000' });
		expect(parsePrinted('1,07 tỷ USD')).toMatchObject({ value: 1070000000, decimal: '1070000000' });
		expect(parsePrinted('2.331,663 triệu USD')).toMatchObject({ value: 2331663000 });
		expect(parsePrinted('1,5 nghìn người')).toMatchObject({ value: 1500, unit: 'count', scale: 'nghìn', unitLabel: 'nghìn người' });
	});

	it('knows currency spellings, scale variants, NFD and odd spaces', () => {
		expect(parsePrinted('12 tỷ VNĐ')).toMatchObject({ value: 12000000000, unit: 'VND', unitLabel: 'tỷ VNĐ' });
		expect(parsePrinted('12 tỷ VND')).toMatchObject({ unit: 'VND' });
		expect(parsePrinted('12 tỷ Đồng')).toMatchObject({ unit: 'VND', unitLabel: 'tỷ Đồng' });
		expect(parsePrinted('3 tỉ đồng')).toMatchObject({ value: 3000000000, scale: 'tỷ', unitLabel: 'tỉ đồng' });
		expect(parsePrinted('7 ngàn lượt')).toMatchObject({ value: 7000, scale: 'nghìn', unit: 'count' });
		const nfd = parsePrinted('24.406,2 tỷ đồng'.normalize('NFD'), 'money');
		expect(nfd).toMatchObject({ value: 24406200000000, unit: 'VND', unitLabel: 'tỷ đồng' });
		expect(nfd.ok && nfd.unitLabel === 'tỷ đồng'.normalize('NFC')).toBe(true);
		expect(parsePrinted('8,11 %', 'percent')).toMatchObject({ value: 8.11, unitLabel: '%' });
		expect(parsePrinted('5.056,1\u00a0triệu\nUSD')).toMatchObject({ value: 5056100000, unitLabel: 'triệu USD' });
	});

	it('settles `1.229 dự án` as a whole count but keeps `1.229 nghìn người` a convention', () => {
		expect(parsePrinted('1.229 dự án', 'count')).toEqual({ ok: true, value: 1229, decimal: '1229', unit: 'count', scale: null, number: 1229, fractionDigits: 0, unitLabel: 'dự án', confidence: 'certain' });
		expect(parsePrinted('1.229 nghìn người', 'count')).toMatchObject({ value: 1229000, confidence: 'convention', alternativeValue: 1229 });
		expect(parsePrinted('38.561 tỷ đồng', 'money')).toMatchObject({ value: 38561000000000, alternativeValue: 38561000000 });
		expect(parsePrinted('4.86%')).not.toHaveProperty('alternativeValue');
	});

	it('takes count nouns as printed: words joined by spaces, hyphens, slashes or `, `', () => {
		expect(parsePrinted('5 KCN/KCX')).toMatchObject({ value: 5, unit: 'count', unitLabel: 'KCN/KCX' });
		expect(parsePrinted('12 doanh nghiệp')).toMatchObject({ value: 12, unit: 'count', unitLabel: 'doanh nghiệp' });
		expect(parsePrinted('71 KCN, KCX, KKT đã có trạm')).toMatchObject({ unit: 'count', unitLabel: 'KCN, KCX, KKT đã có trạm' });
		expect(parsePrinted('71 KCN,KCX')).toMatchObject({ ok: false, code: 'unknown-unit', reason: '`71 KCN,KCX` có đơn vị `KCN,KCX` không nhận ra.' });
		expect(parsePrinted('71 KCN;')).toMatchObject({ ok: false, code: 'unknown-unit' });
	});

	it('rejects what it cannot read, with exact messages', () => {
		expect(parsePrinted('5.056.1 triệu USD', 'money')).toEqual({
			ok: false,
			code: 'malformed',
			reason: '`5.056.1 triệu USD` có nhiều dấu chấm nên dấu chấm phải phân cách hàng nghìn, nhưng nhóm `1` có 1 chữ số (phải đúng 3).',
			hint: HINT_FORMAT,
		});
		expect(parsePrinted('1,2,3')).toEqual({ ok: false, code: 'malformed', reason: '`1,2,3` có nhiều dấu phẩy; số viết theo quy ước Việt Nam chỉ có một dấu phẩy thập phân.', hint: HINT_FORMAT });
		expect(parsePrinted('abc')).toEqual({ ok: false, code: 'not-a-number', reason: '`abc` không bắt đầu bằng một số.', hint: HINT_UNITS });
		expect(parsePrinted('')).toEqual({ ok: false, code: 'empty', reason: 'Giá trị trống.', hint: HINT_UNITS });
		expect(parsePrinted('12 tỷ', 'money')).toEqual({ ok: false, code: 'missing-unit', reason: '`12 tỷ` thiếu đơn vị tiền tệ (`USD` hoặc `đồng`).', hint: HINT_UNITS });
		expect(parsePrinted('12 tỷ')).toEqual({ ok: false, code: 'missing-unit', reason: '`12 tỷ` có từ chỉ bậc nhưng không có đơn vị.', hint: HINT_UNITS });
		expect(parsePrinted('18.025', 'area')).toEqual({ ok: false, code: 'missing-unit', reason: '`18.025` thiếu đơn vị `ha`.', hint: HINT_UNITS });
		expect(parsePrinted('108', 'percent')).toEqual({ ok: false, code: 'missing-unit', reason: '`108` thiếu dấu `%`.', hint: HINT_UNITS });
		expect(parsePrinted('1 095 829 người', 'count')).toEqual({
			ok: false,
			code: 'malformed',
			reason: '`1 095 829 người` có chữ số sau phần số `1` (khoảng trắng không phân cách hàng nghìn).',
			hint: HINT_FORMAT,
		});
		expect(parsePrinted('12 triệu tỷ đồng')).toEqual({ ok: false, code: 'unknown-unit', reason: '`12 triệu tỷ đồng` có hai từ chỉ bậc liền nhau.', hint: HINT_UNITS });
		expect(parsePrinted('12 tỷ (USD)')).toEqual({ ok: false, code: 'unknown-unit', reason: '`12 tỷ (USD)` có đơn vị `(USD)` không nhận ra.', hint: HINT_UNITS });
		expect(parsePrinted('5 triệu %')).toEqual({ ok: false, code: 'unknown-unit', reason: '`5 triệu %`: phần trăm không đi kèm từ chỉ bậc `triệu`.', hint: HINT_UNITS });
		expect(parsePrinted('1,234.5 triệu USD')).toEqual({
			ok: false,
			code: 'english-style',
			reason: '`1,234.5 triệu USD` viết kiểu Anh (dấu phẩy phân cách hàng nghìn, dấu chấm thập phân), trái quy ước Việt Nam; theo kiểu Anh giá trị là 1234,5.',
			hint: HINT_ENGLISH,
		});
	});

	it('checks the unit against the expected kind', () => {
		const hint = 'Kiểm tra `key` và `measure` của số liệu: chỉ tiêu tiền cần `USD` hoặc `đồng`, diện tích cần `ha`, số liệu phần trăm cần `%`.';
		expect(parsePrinted('76.445 tỷ đồng', 'count')).toEqual({ ok: false, code: 'kind-mismatch', unit: 'VND', reason: '`76.445 tỷ đồng` là tiền (VND), không phải số đếm.', hint });
		expect(parsePrinted('132 dự án', 'money')).toEqual({ ok: false, code: 'kind-mismatch', unit: 'count', reason: '`132 dự án` là số đếm, không phải tiền (VND hoặc USD).', hint });
		expect(parsePrinted('2,26 tỷ USD', 'percent')).toEqual({ ok: false, code: 'kind-mismatch', unit: 'USD', reason: '`2,26 tỷ USD` là tiền (USD), không phải phần trăm (%).', hint });
		expect(parsePrinted('18.025 ha', 'money')).toMatchObject({ ok: false, code: 'kind-mismatch', unit: 'ha' });
		// A misspelt currency reads as a count noun, which a money indicator rejects.
		expect(parsePrinted('12 tỷ đông', 'money')).toMatchObject({ ok: false, code: 'kind-mismatch', unit: 'count' });
		expect(parsePrinted('108%', 'money')).toMatchObject({ ok: false, code: 'kind-mismatch', unit: 'percent' });
	});

	it('requires counts to be whole', () => {
		const hint = `Số đếm phải là số nguyên. ${HINT_ENGLISH}`;
		expect(parsePrinted('5,890 dự án', 'count')).toEqual({
			ok: false,
			code: 'not-whole',
			reason: '`5,890 dự án` là số đếm nhưng không nguyên (đọc theo quy ước Việt Nam là 5,89). Nếu nguồn viết kiểu Anh thì giá trị là 5890.',
			hint,
		});
		expect(parsePrinted('4.86 dự án', 'count')).toEqual({ ok: false, code: 'not-whole', reason: '`4.86 dự án` là số đếm nhưng không nguyên (đọc theo quy ước Việt Nam là 4,86).', hint });
		expect(parsePrinted('1,1 triệu người', 'count')).toMatchObject({ ok: true, value: 1100000, confidence: 'certain' });
	});
});

describe('formatting', () => {
	it('formats with Intl vi-VN', () => {
		expect(formatVnNumber(5056.1)).toBe('5.056,1');
		expect(formatVnNumber(1229)).toBe('1.229');
		expect(formatVnNumber(123493, 1)).toBe('123.493,0');
		expect(formatVnNumber('2331.663')).toBe('2.331,663');
		expect(formatVnNumber(1.23456789)).toBe('1,23456789');
	});

	it('prints a base value back in the printed unit', () => {
		expect(formatInUnit(5056100000, 'triệu USD')).toBe('5.056,1 triệu USD');
		expect(formatInUnit(2331663000, 'triệu USD')).toBe('2.331,663 triệu USD');
		expect(formatInUnit(2331663000, 'tỷ USD')).toBe('2,331663 tỷ USD');
		expect(formatInUnit(5890000000, 'tỷ USD', 3)).toBe('5,890 tỷ USD');
		expect(formatInUnit(123493000000000, 'tỷ đồng', 1)).toBe('123.493,0 tỷ đồng');
		expect(formatInUnit(1500, 'nghìn người')).toBe('1,5 nghìn người');
		expect(formatInUnit(3000000000, 'tỉ đồng')).toBe('3 tỉ đồng');
		expect(formatInUnit(242.97, '%')).toBe('242,97%');
		expect(formatInUnit(1095829, 'người')).toBe('1.095.829 người');
		expect(formatInUnit(5, '')).toBe('5');
		expect(formatInUnit(1e21, 'tỷ đồng')).toBe('1.000.000.000.000 tỷ đồng');
		expect(formatInUnit(4100000, 'triệu USD')).toBe('4,1 triệu USD');
	});
});
