import { describe, expect, it } from 'vitest';
import { dropAboveLatin1 } from '../../src/lib/text/diacritics-damage.ts';
import { buildBoardIndex, canonicalBoardName, findBoardMentions, matchBoardName, unitRecord } from '../../src/lib/import/board-match.ts';
import { ShadowText } from '../../src/lib/import/pattern.ts';

const UNITS = [
	unitRecord('ha-noi', { names: [{ name: 'Ban Quản lý các khu công nghiệp và chế xuất Hà Nội', short: 'BQL các KCN và CX Hà Nội' }], variants: ['Ban quản lý các KCN và chế xuất Hà Nội'], province: 'Hà Nội' }),
	unitRecord('ha-nam', { names: [{ name: 'Ban Quản lý các khu công nghiệp tỉnh Hà Nam' }], province: 'Hà Nam' }),
	unitRecord('hai-duong', { names: [{ name: 'Ban Quản lý các khu công nghiệp tỉnh Hải Dương' }], province: 'Hải Dương' }),
	unitRecord('hai-phong', { names: [{ name: 'Ban Quản lý Khu kinh tế Hải Phòng' }], province: 'Hải Phòng' }),
	unitRecord('quang-ngai', { names: [{ name: 'Ban Quản lý Khu kinh tế Dung Quất và các khu công nghiệp Quảng Ngãi' }], province: 'Quảng Ngãi' }),
	unitRecord('da-nang', { names: [{ name: 'Ban Quản lý Khu công nghệ cao và các khu công nghiệp Đà Nẵng' }], province: 'Đà Nẵng' }),
];

describe('canonicalBoardName', () => {
	it('expands abbreviations and drops the words articles add or omit', () => {
		expect(canonicalBoardName('BQL các KCN và KCX Hà Nội', 'clean')).toBe('ban quan ly cong nghiep che xuat ha noi');
		expect(canonicalBoardName('Ban quản lý các khu công nghiệp và chế xuất Hà Nội'.normalize('NFD'), 'clean')).toBe('ban quan ly cong nghiep che xuat ha noi');
		expect(canonicalBoardName('Ban Quản lý khu kinh tế thành phố Hải Phòng', 'clean')).toBe(canonicalBoardName('Ban Quản lý KKT Hải Phòng', 'clean'));
	});
});

describe('matchBoardName', () => {
	const index = buildBoardIndex(UNITS, 'clean');
	it('matches variants exactly: case, NFC/NFD, BQL, KCN, tỉnh optional', () => {
		expect(matchBoardName('BQL các KCN và KCX Hà Nội', index)).toMatchObject({ id: 'ha-noi', via: 'exact' });
		expect(matchBoardName('ban quản lý các kcn và cx hà nội', index)).toMatchObject({ id: 'ha-noi', via: 'exact' });
		expect(matchBoardName('Ban Quản lý các KCN Hải Dương'.normalize('NFD'), index)).toMatchObject({ id: 'hai-duong', via: 'exact' });
		expect(matchBoardName('Ban Quản lý KKT Dung Quất và các KCN Quảng Ngãi', index)).toMatchObject({ id: 'quang-ngai', via: 'exact' });
	});
	it('matches a close spelling only when its province is named, and tells Hà Nam from Hà Nội', () => {
		expect(matchBoardName('Ban Quản lý các KCN tỉnh Hà Nam', index)).toMatchObject({ id: 'ha-nam', via: 'exact' });
		expect(matchBoardName('Ban Quản lý các khu công nghiệp Hải Dươngg', index)).toMatchObject({ id: 'hai-duong', via: 'fuzzy' });
		expect(matchBoardName('Ban Quản lý các KCN, KCX, KKT', index)).toBeNull();
		expect(matchBoardName('Ban Quản lý các KCN tỉnh Bắc Ninh', index)).toBeNull();
	});
	it('matches OCR and stripped spellings in their own mode', () => {
		expect(matchBoardName('Ban Quén 1y cac KCN tinh Hai Duong', buildBoardIndex(UNITS, 'ocr'))).toMatchObject({ id: 'hai-duong', via: 'fuzzy' });
		const stripped = dropAboveLatin1('Ban Quản lý Khu công nghệ cao và các khu công nghiệp Đà Nẵng');
		expect(stripped).toBe('Ban Qun lý Khu công ngh cao và các khu công nghip à Nng');
		expect(matchBoardName(stripped, buildBoardIndex(UNITS, 'lost-diacritics'))).toMatchObject({ id: 'da-nang', via: 'exact' });
	});
});

describe('findBoardMentions', () => {
	it('finds each board of a list, ending each name on its last word', () => {
		const text = new ShadowText('tặng Bằng khen cho Ban Quản lý các KCN tỉnh Hà Nam, BQL Khu kinh tế Hải Phòng và Ban quản lý các KCN và chế xuất Hà Nội.', 'clean');
		expect(findBoardMentions(text, buildBoardIndex(UNITS, 'clean')).map((m) => [m.id, m.text])).toEqual([
			['ha-nam', 'Ban Quản lý các KCN tỉnh Hà Nam'],
			['hai-phong', 'BQL Khu kinh tế Hải Phòng'],
			['ha-noi', 'Ban quản lý các KCN và chế xuất Hà Nội'],
		]);
	});
});
