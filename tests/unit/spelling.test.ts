import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { readArticleText } from '../../src/lib/content/front-matter.ts';
import { COLLECTION_EXTENSIONS, listContentFiles } from '../../src/lib/content/files.ts';
import { createSpellChecker, parseAllowList, toneVariant } from '../../src/lib/check/spelling.ts';

const ARTICLES_DIR = 'content/articles';
const ALLOW_FILE = 'content/spelling-allow.txt';
/** The flagged rate an article body must stay under. */
const MAX_RATE = 0.01;

/** Every published article under content/articles (recursively), so a new article is checked too. */
const articleFiles = (dir: string): string[] => listContentFiles(dir, COLLECTION_EXTENSIONS.articles).map((f) => f.path);

const allow = parseAllowList(fs.readFileSync(ALLOW_FILE, 'utf8'));
const check = createSpellChecker({ allow });
const bare = createSpellChecker({ maxSuggestions: 1 });

describe('spelling of the article bodies', () => {
	const files = articleFiles(ARTICLES_DIR);

	it('covers at least the five seeded articles', () => {
		expect(files.length).toBeGreaterThanOrEqual(5);
	});

	for (const file of files) {
		it(`${path.relative(ARTICLES_DIR, file)}: flagged rate under ${MAX_RATE * 100}%`, () => {
			const content = readArticleText(fs.readFileSync(file, 'utf8'))!.body;
			const report = check(content);
			const flaggedWords = report.messages.map((m) => `${m.word} (${m.line}:${m.column})`).join(', ');
			console.log(
				`spelling ${path.relative(ARTICLES_DIR, file)}: words=${report.words} flagged=${report.flagged} rate=${(report.rate * 100).toFixed(2)}%` +
					(flaggedWords ? ` — ${flaggedWords}` : ''),
			);
			expect(report.words).toBeGreaterThan(0);
			expect(report.rate, `flagged: ${flaggedWords}`).toBeLessThan(MAX_RATE);
		});
	}
});

describe('allow-list', () => {
	it('holds single words, no duplicates', () => {
		expect(allow.length).toBeGreaterThan(0);
		expect(new Set(allow).size).toBe(allow.length);
		for (const word of allow) expect(word).toMatch(/^\S+$/);
	});
	it('parses comments and blank lines', () => {
		expect(parseAllowList('# ghi chú\n\nKCN   # khu công nghiệp\n  Đắk\n')).toEqual(['KCN', 'Đắk']);
		expect(() => parseAllowList('Đắk Lắk\n')).toThrow();
	});
});

describe('checkSpelling on small texts', () => {
	it('flags a misspelt word with its line and column', () => {
		const text = 'Hội nghị tổng kết.\nCác đơn vị đã kí kêt giao ước thi đua.';
		const report = check(text);
		expect(report.flagged).toBe(1);
		expect(report.messages[0]).toMatchObject({ word: 'kêt', line: 2, column: 18, endLine: 2, endColumn: 21, offset: text.indexOf('kêt') });
		expect(report.words).toBe(14);
		expect(report.rate).toBeCloseTo(1 / 14);
	});

	it('accepts both tone-mark placements', () => {
		for (const pair of [
			['hòa', 'hoà'],
			['Khánh Hòa', 'Khánh Hoà'],
			['thủy', 'thuỷ'],
			['hóa', 'hoá'],
			['khỏe', 'khoẻ'],
			['Ủy ban', 'Uỷ ban'],
			['lũy kế', 'luỹ kế'],
		]) {
			for (const text of pair) expect(check(text).flagged, text).toBe(0);
		}
		expect(check('hoàn thành, mùa, quý, thuyết').flagged).toBe(0);
	});

	it('moves the tone mark only in open oa, oe, uy', () => {
		expect(toneVariant('hòa')).toBe('hoà');
		expect(toneVariant('hoà')).toBe('hòa');
		expect(toneVariant('Thủy')).toBe('Thuỷ');
		expect(toneVariant('KHỎE')).toBe('KHOẺ');
		expect(toneVariant('hoàn')).toBeUndefined();
		expect(toneVariant('mùa')).toBeUndefined();
		expect(toneVariant('quý')).toBeUndefined();
	});

	it('passes allow-listed abbreviations and names, which the bare dictionary flags', () => {
		const text = 'Ban Quản lý các KCN, KCX, KKT tỉnh Đắk Lắk và BQL KKT Kon Tum.';
		expect(check(text).flagged).toBe(0);
		expect(bare(text).messages.map((m) => m.word)).toEqual(['KCN', 'KCX', 'KKT', 'Đắk', 'Lắk', 'BQL', 'KKT', 'Kon']);
		// An abbreviation is matched as written, not in lower case.
		expect(check('các kcn').messages.map((m) => m.word)).toEqual(['kcn']);
	});

	it('ignores numbers, codes with digits, Roman numerals and URLs, and does not count them', () => {
		const report = check('Năm 2020 đạt 5.056,1 triệu USD, tăng 4.86%; Nghị quyết 55/2022/QH15, khóa XIII, lần thứ X; xem https://example.com/bao-cao-2020.');
		expect(report.messages).toEqual([]);
		// Năm, đạt, triệu, USD, tăng, Nghị, quyết, khóa, lần, thứ, xem
		expect(report.words).toBe(11);
	});

	it('reports a hyphenated code with an unknown part whole', () => {
		const report = check('Thông tư số 07/2018/TT-XYZQ.');
		expect(report.messages.map((m) => m.word)).toEqual(['TT-XYZQ']);
	});

	it('returns a zero rate for a text without words', () => {
		expect(check('2020 – 2021')).toMatchObject({ words: 0, flagged: 0, rate: 0, messages: [] });
	});
});
