import { readFileSync } from 'node:fs';
import { readArticleText } from '../../src/lib/content/front-matter.ts';
import { describe, expect, it } from 'vitest';
import { damagedForms, dropAboveLatin1, separateToneMarks } from '../../src/lib/text/diacritics-damage.ts';

/**
 * Source `000_…` lost every code point above U+00FF. The archive article restores it. Damaging the
 * restored words the same way must give back the source word for word.
 */

const ARTICLE = new URL('../../content/articles/2020-tay-nguyen-duyen-hai-mien-trung-tong-ket.md', import.meta.url);
const SOURCE = new URL('../../content/sources/000_caff4a0b6ce4a24f.txt', import.meta.url);

const CAPTION = /^_Ảnh: (.+)_$/su;

/** Body paragraphs, each as one line of text (hard wraps joined). */
function paragraphs(body: string): string[] {
	return body
		.split(/\n[^\S\n]*\n/)
		.map((p) => p.replace(/\s+/g, ' ').trim())
		.filter(Boolean);
}

/** The restored body's words, with the archive's caption convention mapped back to the source's parentheses. */
function restoredWords(body: string): string[] {
	return paragraphs(body)
		.map((p) => {
			const caption = CAPTION.exec(p);
			return caption ? `(${caption[1]})` : p;
		})
		.join(' ')
		.split(/\s+/)
		.filter(Boolean);
}

/**
 * The source's words. Blank and whitespace-only lines are ignored; every other line is split at each
 * single whitespace character, so a word that lost all its letters (shown as a double space) stays
 * as an empty word in its place.
 */
function sourceWords(source: string): string[] {
	return source
		.split(/\r?\n/)
		.filter((line) => line.trim() !== '')
		.flatMap((line) => line.split(/[^\S\n]/));
}

interface Mismatch {
	index: number;
	restored: string | undefined;
	source: string | undefined;
	forms: string[];
}

/** Words whose damaged forms do not include the source word at the same position. */
function compare(restored: readonly string[], source: readonly string[]): Mismatch[] {
	const out: Mismatch[] = [];
	for (let i = 0; i < Math.max(restored.length, source.length); i++) {
		const r = restored[i];
		const s = source[i];
		const forms = r === undefined ? [] : [...damagedForms(r)];
		if (r === undefined || s === undefined || !forms.includes(s)) out.push({ index: i, restored: r, source: s, forms });
	}
	return out;
}

const file = readArticleText(readFileSync(ARTICLE, 'utf8'))!;
const body = file.body;
const data = file.data as Record<string, any>;
const source = readFileSync(SOURCE, 'utf8');
const restored = restoredWords(body);
const original = sourceWords(source);

describe('diacritics damage', () => {
	it('deletes every code point above U+00FF', () => {
		expect(dropAboveLatin1('Hội nghị')).toBe('Hi ngh');
		expect(dropAboveLatin1('Khối thi đua')).toBe('Khi thi ua');
		expect(dropAboveLatin1('Đà Nẵng')).toBe('à Nng');
		expect(dropAboveLatin1('đã trao')).toBe('ã trao');
	});
	it('separates tone marks after a base letter that keeps its shape mark', () => {
		expect(separateToneMarks('ố')).toBe('ô\u0301');
		expect(separateToneMarks('à')).toBe('a\u0300');
		expect(separateToneMarks('ợ')).toBe('ơ\u0323');
		expect(separateToneMarks('Đ')).toBe('Đ');
		expect(separateToneMarks('toàn Khối')).toBe('toa\u0300n Khô\u0301i');
		expect(separateToneMarks('toàn Khối').normalize('NFC')).toBe('toàn Khối');
	});
	it('gives both damaged forms of a word', () => {
		expect(damagedForms('Khối')).toEqual(new Set(['Khi', 'Khôi']));
		expect(damagedForms('toàn')).toEqual(new Set(['toàn', 'toan']));
		expect(damagedForms('để')).toEqual(new Set(['', 'ê']));
		expect(damagedForms('được')).toEqual(new Set(['c']));
		expect(damagedForms('Bùi')).toEqual(new Set(['Bùi', 'Bui']));
	});
});

describe('restoration of 000_caff4a0b6ce4a24f.txt', () => {
	it('stores the body in NFC', () => {
		expect(body).toBe(body.normalize('NFC'));
	});

	it('damaged the same way, gives back the source word for word', () => {
		expect(restored.length).toBeGreaterThan(400);
		expect(compare(restored, original)).toEqual([]);
	});

	it('needs the separate-tone-mark spelling only where the source shows it', () => {
		const separate = restored.filter((w, i) => dropAboveLatin1(w.normalize('NFC')) !== original[i]);
		expect(separate).toEqual(['toàn', 'Khối']);
		expect(restored.filter((_, i) => original[i] === '')).toEqual(['đề', 'để']);
	});

	it('fails when a word is restored wrong', () => {
		const wrong = [...restored];
		const at = (word: string) => wrong.indexOf(word);
		const bui = at('Bùi');
		const va = at('và');
		const de = at('để');
		wrong[bui] = 'Búi'; // `Bùi` keeps its ù: neither `Búi` nor `Bui` is in the source
		wrong[va] = 'vả'; // `và` keeps its à
		wrong[de] = 'đến'; // the source shows a vanished word here, `đến` would leave `n`
		expect(compare(wrong, original).map((m) => m.index)).toEqual([bui, va, de].sort((a, b) => a - b));
		// A dropped word shifts the rest out of line.
		expect(compare(restored.filter((_, i) => i !== 10), original).length).toBeGreaterThan(0);
	});

	it('keeps captions and the signature as their own paragraphs', () => {
		const ps = paragraphs(body);
		expect(ps.filter((p) => CAPTION.test(p))).toEqual([
			'_Ảnh: Toàn cảnh Hội nghị_',
			'_Ảnh: Bà Bùi Thị Thu Hương trao tặng bằng khen của Bộ Kế hoạch và Đầu tư cho các đơn vị có thành tích xuất sắc trong phong trào thi đua giai đoạn 2016 - 2020_',
			'_Ảnh: Đại diện các Ban Quản lý ký giao ước thi đua năm 2021_',
		]);
		expect(ps.at(-1)).toBe(data.source.author);
		expect(body).not.toMatch(/<[a-z!/]/i);
		expect(body).not.toMatch(/\.(jpe?g|png|gif|webp)\b/i);
	});

	it('quotes only text of one body paragraph, and figures only what their quote prints', () => {
		const ps = paragraphs(body).filter((p) => !CAPTION.test(p));
		const quotes = [
			data.elected?.chair?.quote,
			data.elected?.viceChair?.quote,
			data.chair?.quote,
			data.viceChair?.quote,
			data.conference?.quote,
			...(data.awards ?? []).map((a: { quote?: string }) => a.quote),
			...(data.figures ?? []).map((f: { quote: string }) => f.quote),
		].filter((q): q is string => typeof q === 'string');
		expect(quotes.length).toBe(8);
		for (const q of quotes) expect(ps.some((p) => p.includes(q)), q).toBe(true);
		expect(data.figures.length).toBeGreaterThan(0);
		for (const f of data.figures) expect(f.quote).toContain(f.printed);
	});
});
