import { describe, expect, it } from 'vitest';
import { foldDiacritics, slugify } from '../../src/lib/text/slug.ts';

describe('slugify', () => {
	it('folds Vietnamese to lower-case ASCII joined by hyphens', () => {
		expect(slugify('Khối thi đua đồng bằng sông Hồng')).toBe('khoi-thi-dua-dong-bang-song-hong');
		expect(slugify('Cụm Duyên hải miền Trung')).toBe('cum-duyen-hai-mien-trung');
		expect(slugify('Tây Nguyên và Duyên hải miền Trung')).toBe('tay-nguyen-va-duyen-hai-mien-trung');
	});
	it('maps đ and Đ explicitly (Unicode does not decompose them)', () => {
		expect('đ'.normalize('NFD')).toBe('đ');
		expect(slugify('Đà Nẵng')).toBe('da-nang');
		expect(slugify('Đắk Nông')).toBe('dak-nong');
		expect(slugify('ĐỒNG ĐỨC')).toBe('dong-duc');
		expect(slugify('đường')).toBe('duong');
	});
	it('gives the same slug for NFC and NFD input', () => {
		const nfc = 'Hội nghị tổng kết năm 2019'.normalize('NFC');
		const nfd = nfc.normalize('NFD');
		expect(nfd).not.toBe(nfc);
		expect(slugify(nfd)).toBe('hoi-nghi-tong-ket-nam-2019');
		expect(slugify(nfc)).toBe('hoi-nghi-tong-ket-nam-2019');
		expect(slugify('Đ'.normalize('NFD') + 'à Nẵng'.normalize('NFD'))).toBe('da-nang');
	});
	it('treats both tone placements alike (hòa / hoà, thủy / thuỷ)', () => {
		expect(slugify('Khánh Hòa')).toBe('khanh-hoa');
		expect(slugify('Khánh Hoà')).toBe('khanh-hoa');
		expect(slugify('thủy lợi')).toBe(slugify('thuỷ lợi'));
		expect(slugify('thuỷ lợi')).toBe('thuy-loi');
	});
	it('collapses punctuation and spaces, trims hyphens', () => {
		expect(slugify('  BQL các KCN & KCX — Hà Nội (2016)!  ')).toBe('bql-cac-kcn-kcx-ha-noi-2016');
		expect(slugify('---')).toBe('');
		expect(slugify('')).toBe('');
	});
});

describe('foldDiacritics', () => {
	it('keeps case and non-letters', () => {
		expect(foldDiacritics('Ban Quản lý KKT Đắk Nông, năm 2022')).toBe('Ban Quan ly KKT Dak Nong, nam 2022');
	});
});
