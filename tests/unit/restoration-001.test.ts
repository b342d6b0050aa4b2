import { readdirSync, readFileSync } from 'node:fs';
import dictionaryVi from 'dictionary-vi';
import { readArticleText } from '../../src/lib/content/front-matter.ts';
import { describe, expect, it } from 'vitest';
import { renderArticleBody } from '../../src/lib/archive/article-body.ts';
import { ArticleSchema } from '../../src/schemas/article.ts';
import { idReference } from '../../src/schemas/common.ts';

/**
 * Source `001_…` is OCR output (wrong diacritics, `1y` for lý, `6ng` for ông, `Pau tu` for Đầu tư).
 * The archive article restores its letters and keeps every figure as printed. These checks hold the
 * restoration to that: same numbers in the same order, no OCR residue, names spelled right.
 */

const ARTICLE = new URL('../../content/articles/2019-dong-bang-song-hong-tong-ket.md', import.meta.url);
const SOURCE = new URL('../../content/sources/001_744e028017157e5f.txt', import.meta.url);
const UNITS = new URL('../../content/units/', import.meta.url);
const INDICATORS = new URL('../../content/indicators.yaml', import.meta.url);

/**
 * OCR garbage removed from the source before its numbers are read, each with the reason. Only
 * these; every other number of the source must be in the article.
 * - `[E55 -`: unreadable lead-in before “Năm 2019, …” (probably a news-source tag), dropped by the
 *   restoration. Its `55` has only two digits, so it would not be counted anyway; it is listed so
 *   the exclusion stays explicit if the threshold below changes.
 */
const OCR_GARBAGE = ['[E55 -'];

/** Numbers of three or more digits, in order: `1.095.829`, `5,890`, `2019`; `9001:2015` gives two. */
function numbers(text: string): string[] {
	return [...text.matchAll(/\d+(?:[.,]\d+)*/g)].map((m) => m[0]).filter((n) => n.replace(/\D/g, '').length >= 3);
}

/** The source with the listed garbage cut out. */
function cleanedSource(source: string): string {
	let out = source;
	for (const g of OCR_GARBAGE) {
		if (!out.includes(g)) throw new Error(`OCR garbage “${g}” is no longer in the source`);
		out = out.replace(g, ' ');
	}
	return out;
}

const CAPTION = /^_Ảnh: (.+)_$/su;

/** Body paragraphs (blocks separated by blank lines), hard wraps joined. */
function paragraphs(body: string): string[] {
	return body
		.split(/\n[^\S\n]*\n/)
		.map((p) => p.replace(/\s+/g, ' ').trim())
		.filter(Boolean);
}

/** A paragraph's plain text: heading marks and caption emphasis removed. */
function plain(p: string): string {
	return p.replace(/^#{1,6} /, '').replace(CAPTION, 'Ảnh: $1');
}

/**
 * Marks OCR leaves in Vietnamese text: symbols read for letters, digits glued to letters (`1y`,
 * `6ng`, `t6`, `16n`), `?` or apostrophes inside a word (`t'?mg`), stray `&` (for sẽ, đề, ở) and
 * split acronyms (`KK T`).
 */
const OCR_MARKERS: Array<[string, RegExp]> = [
	['symbol read for a letter', /[¢¥€£©®°§¤µ¦|~^`\\{}<>@]/u],
	['ligature', /[\uFB00-\uFB06]/u],
	['ampersand', /&/u],
	['digit glued to a letter', /\p{L}\d|\d\p{L}/u],
	['? inside a word', /\p{L}\?\p{L}?/u],
	['apostrophe inside a word', /\p{L}['’‘]\p{L}/u],
	['stray opening quote before a letter', /\s‘\p{L}/u],
	['letter-digit OCR word', /(?<!\p{L})(?:1y|6ng|Pau|Bau|Ho1|V01|t01|t61|s&|s€|ciia|ctia|cta|cia|nwéc|Khdi|Khéi|Quén)(?!\p{L})/u],
	['split acronym', /\bKK T\b|\bK CN\b/u],
	['square bracket', /[[\]]/u],
];

/**
 * Every letter must be a Vietnamese letter: ASCII a–z plus the Vietnamese vowels with their marks
 * and đ. OCR confusions such as `ï`, `ÿ`, `ñ`, `ç`, `ø` fall outside this set.
 */
const VIETNAMESE_LETTERS =
	'a-zA-Z' +
	'àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ' +
	'ÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴĐ';
const NOT_VIETNAMESE_LETTER = new RegExp(`(?![${VIETNAMESE_LETTERS}])\\p{L}`, 'u');

/**
 * Words outside the Vietnamese syllable dictionary (dictionary-vi, new-style tone placement) that
 * the article rightly uses: abbreviations, one loan word, and the old-style placement `hóa`, `tỏa`,
 * `ủy` (both placements are correct; the dictionary lists only `hoá`, `toả`, `uỷ`).
 */
const ALLOWED_WORDS = new Set(['KCN', 'KCX', 'KKT', 'FDI', 'DDI', 'USD', 'TTHC', 'PPP', 'ISO', 'TCVN', 'Website', 'hóa', 'tỏa', 'ủy', 'Ủy']);
const SYLLABLES = new Set(
	new TextDecoder()
		.decode(dictionaryVi.dic)
		.split('\n')
		.slice(1)
		.map((w) => w.trim().normalize('NFC').toLowerCase())
		.filter(Boolean),
);

function unknownWords(text: string): string[] {
	const words = text.match(/\p{L}+/gu) ?? [];
	return [...new Set(words.filter((w) => !ALLOWED_WORDS.has(w) && !SYLLABLES.has(w.toLowerCase())))];
}

/** Lower case without marks, đ → d; same length as the NFC input for Vietnamese letters. */
function fold(text: string): string {
	return [...text.normalize('NFC')].map((ch) => ch.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/gu, 'd').replace(/Đ/gu, 'D').toLowerCase()).join('');
}

const PEOPLE = ['Phạm Minh Phương', 'Nguyễn Mạnh Tuấn', 'Trần Quốc Trung', 'Bùi Thị Thu Hương', 'Nguyễn Hằng'];

const raw = readFileSync(ARTICLE, 'utf8');
const file = readArticleText(raw)!;
const body = file.body;
const data = file.data as Record<string, any>;
const source = readFileSync(SOURCE, 'utf8');

/** Every `quote` in the front matter, wherever it sits. */
function quotes(value: unknown): string[] {
	if (Array.isArray(value)) return value.flatMap(quotes);
	if (value && typeof value === 'object')
		return Object.entries(value).flatMap(([k, v]) => (k === 'quote' && typeof v === 'string' ? [v] : quotes(v)));
	return [];
}

describe('restoration of 001_744e028017157e5f.txt', () => {
	it('keeps every number of three or more digits, in the source order', () => {
		const expected = numbers(cleanedSource(source));
		const actual = numbers(`${data.title}\n${body}`);
		expect(expected.length).toBe(70);
		expect(actual).toEqual(expected);
	});

	it('fails when a figure is changed, dropped or moved', () => {
		const expected = numbers(cleanedSource(source));
		const check = (text: string) => expect(numbers(`${data.title}\n${text}`)).not.toEqual(expected);
		check(body.replace('1.095.829', '1.095.828'));
		check(body.replace('5,890 tỷ USD', '5.890 tỷ USD'));
		check(body.replace('47.217 tỷ đồng', '47,217 tỷ đồng'));
		check(body.replace('9001:2015', '9001:2008'));
		check(body.replace('532 dự án, ', ''));
		check(body.replace('cho 532 dự án, trong đó 379 dự án', 'cho 379 dự án, trong đó 532 dự án'));
		// The source's garbage must stay out: putting `[E55 -` back only matters if it carried a number.
		expect(numbers(OCR_GARBAGE.join(' '))).toEqual([]);
	});

	it('is NFC and free of OCR marks', () => {
		expect(raw).toBe(raw.normalize('NFC'));
		expect(paragraphs(body).length).toBeGreaterThan(10);
		for (const [i, p] of paragraphs(body).entries()) {
			for (const [what, re] of OCR_MARKERS) expect(re.test(p), `${what} in paragraph ${i + 1}: ${p.match(re)?.[0]} — ${p.slice(0, 80)}`).toBe(false);
			expect(NOT_VIETNAMESE_LETTER.test(p), `non-Vietnamese letter in paragraph ${i + 1}: ${p.match(NOT_VIETNAMESE_LETTER)?.[0]}`).toBe(false);
		}
		expect(NOT_VIETNAMESE_LETTER.test(data.title)).toBe(false);
	});

	it('uses only Vietnamese syllables, listed abbreviations and old-style tone placement', () => {
		expect(unknownWords(`${data.title}\n${body}`)).toEqual([]);
		// The check bites: OCR forms are not syllables.
		expect(unknownWords('Ban Quan 1y cac KCN tinh Hai Duong, Khéi thi dua, nwéc, ctia')).toEqual(['cac', 'Duong', 'Khéi', 'nwéc', 'ctia']);
	});

	it('spells the people right', () => {
		for (const name of PEOPLE) expect(body, name).toContain(name);
		expect(data.officials.map((o: { name: string }) => o.name)).toEqual(PEOPLE.slice(0, 4));
		expect(data.source.author).toBe('Nguyễn Hằng');
		// Every occurrence that reads as the name without its marks is the name, marks and all.
		for (const name of PEOPLE) {
			const folded = fold(name);
			const text = `${data.title}\n${body}`;
			const all = fold(text);
			let count = 0;
			for (let at = all.indexOf(folded); at >= 0; at = all.indexOf(folded, at + 1), count++) {
				expect(text.slice(at, at + name.length), name).toBe(name);
			}
			expect(count, name).toBeGreaterThan(0);
		}
		expect(() => {
			const wrong = body.replace('ông Trần Quốc Trung - Phó', 'ông Trần Quôc Trung - Phó');
			const at = fold(wrong).indexOf(fold('Trần Quốc Trung'));
			expect(wrong.slice(at, at + 15)).toBe('Trần Quốc Trung');
		}).toThrow();
	});

	it('follows the body conventions: headings, captions, member list and signature', () => {
		const ps = paragraphs(body);
		expect(ps.filter((p) => p.startsWith('## '))).toEqual([
			'## Sức lan tỏa từ các phong trào thi đua yêu nước',
			'## Tiếp tục đổi mới để nâng cao hiệu quả các phong trào thi đua',
		]);
		expect(ps.filter((p) => CAPTION.test(p)).map((p) => p.replace(CAPTION, '$1').split(' - ')[0])).toEqual([
			'Toàn cảnh Hội nghị',
			'Ông Phạm Minh Phương',
			'Ông Nguyễn Mạnh Tuấn',
			'Ông Trần Quốc Trung',
			'Bà Bùi Thị Thu Hương- Phó Vụ trưởng Vụ Thi đua',
			'Tặng hoa chúc mừng Khối trưởng, Khối phó Khối thi đua Ban Quản lý các KCN, KCX, KKT các tỉnh đồng bằng Sông Hồng năm 2020',
			'Lễ ký kết giao ước thi đua năm 2020',
			'Lãnh đạo Khối thi đua chúc mừng ký kết thành công giao ước thi đua năm 2020',
		]);
		expect(ps.at(-1)).toBe('Nguyễn Hằng');
		expect(ps.at(-2)).toMatch(/^Khối thi đua .* gồm 11 đơn vị thành viên: .*Hà Nội\.$/u);
		expect(ps.filter((p) => p.startsWith('Thứ ')).map((p) => p.split(',')[0])).toEqual(['Thứ nhất', 'Thứ hai', 'Thứ ba', 'Thứ tư', 'Thứ tư', 'Thứ năm']);
		expect(body).not.toMatch(/<[a-z!/]/i);
		expect(body).not.toMatch(/\.(jpe?g|png|gif|webp)\b/i);
	});

	it('quotes only text of one body paragraph, and figures only what their quote prints', () => {
		const ps = paragraphs(body).map(plain);
		const all = quotes(data);
		expect(all.length).toBe(8 + data.figures.length);
		for (const q of all) expect(ps.some((p) => p.includes(q)), q).toBe(true);
		for (const f of data.figures) expect(f.quote, f.key).toContain(f.printed);
		const rendered = renderArticleBody(body, { path: 'restoration-001', quotes: all });
		expect(rendered.unmatchedQuotes).toEqual([]);
		expect(rendered.messages.map(String)).toEqual([]);
	});

	it('has valid front matter: schema, board ids, indicator keys', () => {
		const parsed = ArticleSchema(idReference).safeParse(data);
		expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
		const units = new Set(readdirSync(UNITS).map((f) => f.replace(/\.yaml$/, '')));
		const ids = [
			...data.conference.host,
			data.chair.unit,
			data.viceChair.unit,
			data.elected.chair.unit,
			data.elected.viceChair.unit,
			...data.nextConference.host,
			...data.awards.flatMap((a: { recipients: string[] }) => a.recipients),
		];
		expect(ids.length).toBeGreaterThan(10);
		for (const id of ids) expect(units.has(id), id).toBe(true);
		const keys = new Set(
			readFileSync(INDICATORS, 'utf8')
				.split('\n')
				.map((l) => /^([a-z0-9-]+):/.exec(l)?.[1])
				.filter(Boolean),
		);
		for (const f of data.figures) expect(keys.has(f.key), f.key).toBe(true);
		expect(data.figures.length).toBe(30);
		// An unquoted comma inside a YAML flow mapping (`{ …, note: a, b }`) silently cuts the value
		// and adds a stray key; the schema would not notice.
		const FIGURE_FIELDS = new Set(['key', 'scope', 'measure', 'printed', 'quote', 'asOf', 'estimate', 'note']);
		for (const f of data.figures) expect(Object.keys(f).filter((k) => !FIGURE_FIELDS.has(k)), f.key).toEqual([]);
		for (const f of data.figures) if (f.note) expect(f.note, f.key).toMatch(/\.$/u);
	});
});
