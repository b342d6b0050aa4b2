import { describe, expect, it } from 'vitest';
import { bodyText, padBlocks } from '../../src/lib/search/html.ts';
import { dVocabulary, hasWord, hasWordWithPrefix, indexWords, isDWord, pagefindWord } from '../../src/lib/search/vocabulary.ts';

describe('pagefindWord', () => {
	it('keeps letters and digits, lower case, marks removed and đ kept, from NFC or NFD', () => {
		expect(pagefindWord('Đắk')).toBe('đak');
		expect(pagefindWord('Đắk'.normalize('NFD'))).toBe('đak');
		expect(pagefindWord('“Nẵng”,')).toBe('nang');
		expect(pagefindWord('61.803')).toBe('61803');
		expect(pagefindWord('—')).toBe('');
	});
});

describe('indexWords', () => {
	it('indexes punctuated words whole and by their parts, as Pagefind does', () => {
		expect(indexWords('Bà Rịa-Vũng Tàu (2019)')).toEqual(['ba', 'riavung', 'ria', 'vung', 'tau', '2019']);
		expect(indexWords('')).toEqual([]);
	});
});

describe('the d/đ vocabulary', () => {
	it('holds the d and đ words of all texts once, ascending', () => {
		const words = dVocabulary(['Đắk Nông, Nẵng', 'Hải Dương đồng bằng, dự án Dung Quất-Đà']);
		// `Quất-Đà` is indexed whole (`quatđa`, not a d/đ word) and by its parts (`quat`, `đa`).
		expect(words).toEqual(['du', 'dung', 'duong', 'đa', 'đak', 'đong']);
		expect(words.every(isDWord)).toBe(true);
	});
	it('answers whole-word and beginning-of-word questions', () => {
		const words = ['dan', 'danh', 'đa', 'đua'];
		expect(hasWord(words, 'dan')).toBe(true);
		expect(hasWord(words, 'da')).toBe(false);
		expect(hasWordWithPrefix(words, 'da')).toBe(true);
		expect(hasWordWithPrefix(words, 'dua')).toBe(false);
		expect(hasWordWithPrefix(words, 'đu')).toBe(true);
		expect(hasWordWithPrefix([], 'd')).toBe(false);
	});
});

describe('HTML as the index reads it', () => {
	it('pads the closing tags of blocks Pagefind would glue to the next, and no others', () => {
		expect(padBlocks('<dl><dt>Năm</dt><dd>2022</dd></dl><p>a</p><span>b</span>')).toBe('<dl><dt>Năm </dt><dd>2022 </dd> </dl><p>a</p><span>b</span>');
		expect(padBlocks('<TH>Khối</TH><td>x</td>')).toBe('<TH>Khối </TH><td>x</td>');
	});
	it('takes the visible text of the body, entities decoded, scripts and styles dropped', () => {
		expect(bodyText('<html><head><title>T</title></head><body><p>Đà&nbsp;Nẵng &amp; Đắk&#32;Nông</p><script>var dx = 1</script><noscript>đi</noscript></body></html>').trim().replace(/\s+/g, ' ')).toBe('Đà Nẵng & Đắk Nông');
	});
});
