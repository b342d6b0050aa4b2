import { describe, expect, it } from 'vitest';
import { chosenCount, hasFilters, pagefindFilters, readSearchState, searchQueryString, searchSummary } from '../../src/lib/search/params.ts';

describe('the search URL', () => {
	it('reads every parameter, composing Vietnamese to NFC', () => {
		const state = readSearchState(new URLSearchParams(`q=${encodeURIComponent('Đắk Nông'.normalize('NFD'))}&khoi=Kh%E1%BB%91i+A&nam=2022&loai=khen+th%C6%B0%E1%BB%9Fng&hinh-thuc=C%E1%BB%9D+thi+%C4%91ua&sap-xep=moi-nhat`));
		expect(state).toEqual({ q: 'Đắk Nông', bloc: 'Khối A', year: '2022', type: 'khen thưởng', award: 'Cờ thi đua', sort: 'newest' });
	});
	it('writes only what is set, and reads back what it wrote', () => {
		const state = { q: 'thi đua 2016', bloc: '', year: '2016', type: '', award: '', sort: 'relevance' as const };
		expect(searchQueryString(state)).toBe('?q=thi+%C4%91ua+2016&nam=2016');
		expect(readSearchState(new URLSearchParams(searchQueryString(state)))).toEqual(state);
		expect(searchQueryString({ ...state, q: '', year: '' })).toBe('');
		expect(searchQueryString({ ...state, sort: 'oldest' })).toBe('?q=thi+%C4%91ua+2016&nam=2016&sap-xep=cu-nhat');
	});
	it('falls back to relevance for an unknown order and trims values', () => {
		expect(readSearchState(new URLSearchParams('q=+da+nang+&sap-xep=ngau-nhien'))).toMatchObject({ q: 'da nang', sort: 'relevance' });
	});
	it('turns chosen filters into Pagefind filters keyed as the pages write them', () => {
		const state = readSearchState(new URLSearchParams('khoi=Kh%E1%BB%91i+A&loai=b%C3%A0i+vi%E1%BA%BFt'));
		expect(pagefindFilters(state)).toEqual({ 'khối': 'Khối A', 'loại': 'bài viết' });
		expect(hasFilters(state)).toBe(true);
		expect(hasFilters(readSearchState(new URLSearchParams('q=x&sap-xep=moi-nhat')))).toBe(false);
	});
});

describe('the summary', () => {
	const state = readSearchState(new URLSearchParams('q=dak+nong'));
	it('counts results in Vietnamese, naming the query and the filters', () => {
		expect(searchSummary(state, 4)).toBe('4 kết quả cho “dak nong”.');
		expect(searchSummary(state, 1234)).toBe('1.234 kết quả cho “dak nong”.');
		expect(searchSummary({ ...state, year: '2022', type: 'khen thưởng' }, 0)).toBe('Không có kết quả cho “dak nong” (lọc: năm 2022, khen thưởng).');
		expect(searchSummary({ ...state, q: '', bloc: 'Khối A' }, 3)).toBe('3 kết quả theo bộ lọc Khối A.');
	});
	it('counts the chosen filters and a non-default order', () => {
		expect(chosenCount(state)).toBe(0);
		expect(chosenCount({ ...state, year: '2022', sort: 'oldest' })).toBe(2);
	});
});
