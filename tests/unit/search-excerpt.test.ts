import { describe, expect, it } from 'vitest';
import { endsMidText, excerptParts, startsMidText } from '../../src/lib/search/excerpt.ts';
import { hitView } from '../../src/lib/search/hit.ts';

describe('excerptParts', () => {
	it('marks matched words and keeps punctuation stuck to them outside the mark', () => {
		expect(excerptParts('Khu kinh tế <mark>Đắk</mark> <mark>Nông.</mark> Tỉnh')).toEqual([
			{ text: 'Khu kinh tế ', mark: false },
			{ text: 'Đắk', mark: true },
			{ text: ' ', mark: false },
			{ text: 'Nông', mark: true },
			{ text: '. Tỉnh', mark: false },
		]);
		expect(excerptParts('(<mark>“Đà</mark> <mark>Nẵng”)</mark>')).toEqual([
			{ text: '(“', mark: false },
			{ text: 'Đà', mark: true },
			{ text: ' ', mark: false },
			{ text: 'Nẵng', mark: true },
			{ text: '”)', mark: false },
		]);
	});
	it('turns escaped text back into text, so that markup in a page never becomes markup in results', () => {
		expect(excerptParts('a &lt;img src=x onerror=alert(1)&gt; <mark>&lt;b&gt;</mark> & c')).toEqual([
			{ text: 'a <img src=x onerror=alert(1)> <', mark: false },
			{ text: 'b', mark: true },
			{ text: '> & c', mark: false },
		]);
	});
	it('gives nothing for an empty excerpt', () => {
		expect(excerptParts('')).toEqual([]);
	});
});

describe('where an excerpt cuts the text', () => {
	const content = 'Một hai ba bốn năm sáu bảy tám.';
	it('tells a cut start and a cut end apart', () => {
		expect(startsMidText('Một hai ba', content)).toBe(false);
		expect(endsMidText('Một hai ba', content)).toBe(true);
		expect(startsMidText('năm sáu bảy tám.', content)).toBe(true);
		expect(endsMidText('năm sáu bảy tám.', content)).toBe(false);
		expect(startsMidText('a &lt;b&gt;', 'a <b> c')).toBe(false);
	});
});

describe('hitView', () => {
	it('shows an award with its recipient, type, bloc, year and status', () => {
		const view = hitView({
			url: '/khen-thuong/k/2022/co-thi-dua-kon-tum/',
			content: 'Cờ thi đua năm 2022 · BQL KKT Kon Tum.',
			excerpt: '<mark>Cờ</mark> <mark>thi</mark> <mark>đua</mark> năm 2022 · BQL KKT Kon Tum.',
			plain_excerpt: 'Cờ thi đua năm 2022 · BQL KKT Kon Tum.',
			meta: { title: 'Cờ thi đua năm 2022', 'đơn vị': 'BQL KKT Kon Tum' },
			filters: { 'loại': ['khen thưởng'], 'khối': ['Khối Tây Nguyên và Duyên hải miền Trung'], 'năm': ['2022'], 'trạng thái': ['đề nghị'] },
		});
		expect(view).toMatchObject({
			title: 'Cờ thi đua năm 2022 · BQL KKT Kon Tum',
			typeLabel: 'Khen thưởng',
			type: 'award',
			details: ['Khối Tây Nguyên và Duyên hải miền Trung', 'năm 2022', 'đề nghị'],
			cutStart: false,
			cutEnd: false,
		});
	});
	it('lists every bloc of a board and falls back to the URL without a title', () => {
		const view = hitView({ url: '/ban-quan-ly/da-nang/', content: 'x y', excerpt: 'y', plain_excerpt: 'y', meta: {}, filters: { 'loại': ['ban quản lý'], 'khối': ['Cụm A', 'Khối B'] } });
		expect([view.title, view.typeLabel, view.type, view.details, view.cutStart]).toEqual(['/ban-quan-ly/da-nang/', 'Ban quản lý', 'board', ['Cụm A, Khối B'], true]);
	});
});
