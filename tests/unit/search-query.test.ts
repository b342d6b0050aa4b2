import { describe, expect, it } from 'vitest';
import { combineSpellings, dSpellings, heldSpellings, isPhrase, MAX_QUERY_SPELLINGS, pagefindKey, pagefindQueries, pagefindQuery, queryWords, WHOLE_WORD } from '../../src/lib/search/query.ts';

/** d/đ words of a small index, as the build writes them (ascending). */
const D_WORDS = ['dan', 'danh', 'dong', 'duong', 'duyen', 'dự', 'đa', 'đak', 'đang', 'đong', 'đua', 'đuong'].map((w) => w.normalize('NFC')).sort();

describe('queryWords', () => {
	it('lower-cases, composes to NFC and splits on white space, dropping punctuation-only words', () => {
		expect(queryWords('  Đắk   NÔNG — 2022 ')).toEqual(['đắk', 'nông', '2022']);
		const nfd = 'Đà Nẵng'.normalize('NFD');
		expect(nfd).not.toBe('Đà Nẵng');
		expect(queryWords(nfd)).toEqual(['đà', 'nẵng']);
		expect(queryWords(' - , ')).toEqual([]);
	});
});

describe('dSpellings', () => {
	it('gives d and đ at the start of a syllable, the typed spelling first, other marks as typed', () => {
		expect(dSpellings('dak')).toEqual(['dak', 'đak']);
		expect(dSpellings('đà')).toEqual(['đà', 'dà']);
		expect(dSpellings('dương')).toEqual(['dương', 'đương']);
		expect(dSpellings('vân')).toEqual(['vân']);
		expect(dSpellings('2022')).toEqual(['2022']);
	});
	it('leaves a d inside a syllable alone and toggles each syllable of a hyphenated word', () => {
		expect(dSpellings('kiddo')).toEqual(['kiddo']);
		expect(dSpellings('đà-dak')).toEqual(['đà-dak', 'dà-dak', 'đà-đak', 'dà-đak']);
	});
});

describe('combineSpellings', () => {
	it('puts the typed combination first, then those that change fewest words', () => {
		expect(combineSpellings([['thi'], ['dua', 'đua']])).toEqual([['thi', 'dua'], ['thi', 'đua']]);
		expect(combineSpellings([['a', 'A'], ['b', 'B']])).toEqual([['a', 'b'], ['a', 'B'], ['A', 'b'], ['A', 'B']]);
	});
	it('stops at the limit', () => {
		const five = Array.from({ length: 5 }, (_, i) => [`d${i}`, `đ${i}`]);
		expect(combineSpellings(five)).toHaveLength(MAX_QUERY_SPELLINGS);
		expect(combineSpellings(five)[0]).toEqual(['d0', 'd1', 'd2', 'd3', 'd4']);
		expect(combineSpellings([])).toEqual([]);
	});
});

describe('heldSpellings', () => {
	it('keeps the spellings the index holds: whole words before the last word, beginnings of words for the last', () => {
		// "da" is no indexed word (only dan, danh begin with it): a finished "da" means "đà".
		expect(heldSpellings(['da', 'nang'], D_WORDS)).toEqual([['đa'], ['nang']]);
		// The last word may be unfinished: "da" begins "dan", "danh" and is "đa".
		expect(heldSpellings(['thi', 'da'], D_WORDS)).toEqual([['thi'], ['da', 'đa']]);
		expect(heldSpellings(['thi', 'dua'], D_WORDS)).toEqual([['thi'], ['đua']]);
		expect(heldSpellings(['dong', 'bang'], D_WORDS)).toEqual([['dong', 'đong'], ['bang']]);
	});
	it('keeps the typed spelling when the index holds neither', () => {
		expect(heldSpellings(['dzung', 'x'], D_WORDS)).toEqual([['dzung'], ['x']]);
	});
	it('asks whole words of every word of a phrase', () => {
		expect(heldSpellings(['thi', 'da'], D_WORDS, true)).toEqual([['thi'], ['đa']]);
	});
});

describe('pagefindQuery', () => {
	it('marks every word but the last as a whole word, and no word of a phrase', () => {
		expect(pagefindQuery(['hội', 'nghị', '2019'])).toBe(`hội${WHOLE_WORD} nghị${WHOLE_WORD} 2019`);
		expect(pagefindQuery(['"đà', 'nẵng"'], true)).toBe('"đà nẵng"');
		expect(isPhrase(' "Đà Nẵng" ')).toBe(true);
		expect(isPhrase('Đà "Nẵng"')).toBe(false);
	});

	it('marks a whole word so that it sorts right after the word, before every longer word it begins (Pagefind loads the index chunk where a term sorts)', () => {
		const indexed = ['khoa', 'khoi', 'khoi2', 'khoia', 'khoiz', 'khoiđ', 'khoj', 'truong', 'truonga', 'truongđ'];
		for (const word of ['khoi', 'truong']) {
			const sorted = [...indexed, `${word}${WHOLE_WORD}`].sort();
			expect(sorted.indexOf(`${word}${WHOLE_WORD}`)).toBe(sorted.indexOf(word) + 1);
		}
	});
});

describe('pagefindQueries: folding d/đ', () => {
	const keys = (q: string) => pagefindQueries(q, D_WORDS).map(pagefindKey).sort();
	it('runs the same searches for a query with or without marks, with d for đ, in any case, NFC or NFD', () => {
		for (const [plain, marked] of [
			['thi dua', 'thi đua'],
			['da nang', 'Đà Nẵng'],
			['dak nong', 'Đắk Nông'],
			['khoi truong hai duong', 'Khối trưởng Hải Dương'],
			['dong bang song hong', 'đồng bằng sông Hồng'],
		]) {
			expect(keys(plain!), plain).toEqual(keys(marked!));
			expect(keys(plain!.toUpperCase()), plain).toEqual(keys(plain!));
			expect(keys(marked!.normalize('NFD')), marked).toEqual(keys(marked!));
		}
	});
	it('searches đ for d where the index has only đ, and both where it has both', () => {
		expect(pagefindQueries('dak nong', D_WORDS)).toEqual([`đak${WHOLE_WORD} nong`]);
		expect(pagefindQueries('thi dua', D_WORDS)).toEqual([`thi${WHOLE_WORD} đua`]);
		expect(pagefindQueries('Khối trưởng Hải Dương', D_WORDS)).toEqual([`khối${WHOLE_WORD} trưởng${WHOLE_WORD} hải${WHOLE_WORD} dương`, `khối${WHOLE_WORD} trưởng${WHOLE_WORD} hải${WHOLE_WORD} đương`]);
		expect(pagefindQueries('dong bang song hong', D_WORDS)).toEqual([`dong${WHOLE_WORD} bang${WHOLE_WORD} song${WHOLE_WORD} hong`, `đong${WHOLE_WORD} bang${WHOLE_WORD} song${WHOLE_WORD} hong`]);
		expect(pagefindQueries('  ', D_WORDS)).toEqual([]);
	});
	it('folds as Pagefind does: marks removed, đ kept', () => {
		expect(pagefindKey('Đắk Nông')).toBe('đak nong');
		expect(pagefindKey('Khánh Hoà')).toBe(pagefindKey('Khánh Hòa'));
	});
});
