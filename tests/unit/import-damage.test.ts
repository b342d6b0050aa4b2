import { describe, expect, it } from 'vitest';
import { dropAboveLatin1 } from '../../src/lib/text/diacritics-damage.ts';
import { detectDamage } from '../../src/lib/import/damage.ts';
import { isVietnameseSyllable } from '../../src/lib/import/syllable.ts';

const CLEAN = `Ngày 15-16/1/2021 tại tỉnh Bắc Ninh, Khối thi đua Ban Quản lý các khu công nghiệp các tỉnh đồng bằng Sông Hồng đã tổ chức Hội nghị tổng kết công tác thi đua, khen thưởng năm 2020 và phát động phong trào thi đua yêu nước năm 2021. Ban Quản lý các KCN Bắc Ninh, Khối trưởng năm 2020, đăng cai tổ chức Hội nghị. Các thành viên đã nhất trí đề nghị Bộ trưởng tặng Cờ thi đua cho hai đơn vị dẫn đầu.`;

describe('isVietnameseSyllable', () => {
	it('accepts syllables in both tone placements, NFC or NFD', () => {
		for (const w of ['Hội', 'nghị', 'khoẻ', 'khỏe', 'thuỷ', 'thủy', 'gì', 'quản', 'Đắk', 'trường'.normalize('NFD')]) expect(isVietnameseSyllable(w), w).toBe(true);
	});
	it('rejects stripped and misread tokens', () => {
		for (const w of ['ngh', 'Khéi', 'cac', 'truong', 'Covid', 'tng']) expect(isVietnameseSyllable(w), w).toBe(false);
	});
});

describe('detectDamage', () => {
	it('calls clean text clean', () => {
		expect(detectDamage(CLEAN)).toMatchObject({ condition: 'clean', reasons: [] });
	});
	it('finds lost diacritics: nothing above U+00FF, vowel-less words', () => {
		const stripped = dropAboveLatin1(CLEAN);
		expect(stripped.startsWith('Ngày 15-16/1/2021 ti tnh Bc Ninh, Khi thi ua')).toBe(true);
		const r = detectDamage(stripped);
		expect(r.condition).toBe('lost-diacritics');
		expect(r.reasons[0]).toMatch(/^chỉ \d+\.\d% chữ cái là chữ riêng của tiếng Việt \(ư, ơ, ă, đ và phần lớn chữ có dấu thanh\); văn bản tiếng Việt thường có 10–20%$/);
		expect(r.reasons[1]).toMatch(/từ không có nguyên âm, như “tnh”/);
	});
	it('finds OCR damage: misread marks and digits inside words', () => {
		const ocr = `Ngay 3-4/1/2020 tai tinh Hai Duong, Khéi thi dua Ban Quan 1y cac khu cong nghiép t6 chirc Hoi nghi tong két cong tac thi dua, khen thuong nam 2019. Ban Quén 1y cac KCN tinh Hai Duong - Khdi truong Khoi thi dua dang cai t6 chirc Hoi nghi, 6ng Pham Minh Phuong phat biéu khai mac Hoi nghi va trao Bang khen cho cac don vi.`;
		const r = detectDamage(ocr);
		expect(r.condition).toBe('ocr');
		expect(r.stats.digitLetterMixes).toBe(5);
		expect(r.stats.examples.mixes).toEqual(['1y', 't6', '6ng']);
	});
	it('does not judge a text too short to tell', () => {
		expect(detectDamage('Hi ngh').condition).toBe('clean');
	});
});
