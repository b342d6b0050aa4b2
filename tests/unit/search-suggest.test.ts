import { describe, expect, it } from 'vitest';
import { nearestSyllable, suggestionVocabulary, suggestQuery, typingDistance } from '../../src/lib/search/suggest.ts';

// A slice of the published pair vocabulary (joined key → indexed spelling, đ kept).
const vocabulary = suggestionVocabulary({ daknong: 'đak nong', danang: 'đa nang', vanphong: 'van phong', longan: 'long an', hanam: 'ha nam', thidua: 'thi đua' });

describe('typingDistance', () => {
	it('counts a swap of neighbouring letters as one slip, other edits as Levenshtein does', () => {
		expect(typingDistance('nogn', 'nong')).toBe(1);
		expect(typingDistance('phogn', 'phong')).toBe(1);
		expect(typingDistance('nang', 'nong')).toBe(1);
		expect(typingDistance('nogn', 'long')).toBe(3);
	});
});

describe('suggestionVocabulary', () => {
	it('holds the folded syllables of the spellings and the joined keys', () => {
		expect(vocabulary.syllables).toEqual(['an', 'da', 'dak', 'dua', 'ha', 'long', 'nam', 'nang', 'nong', 'phong', 'thi', 'van']);
		expect(vocabulary.pairs.has('daknong')).toBe(true);
	});
});

describe('nearestSyllable', () => {
	it('prefers the syllable that forms a known word with its neighbour', () => {
		// "lonh" is one slip from "long", two from "nong"; after "dak", "nong" makes the known word.
		expect(nearestSyllable('lonh', vocabulary)).toBe('long');
		expect(nearestSyllable('lonh', vocabulary, 'dak')).toBe('nong');
		expect(nearestSyllable('lonh', vocabulary, null, 'an')).toBe('long');
	});

	it('suggests nothing for a word far from every syllable, or too short to guess', () => {
		expect(nearestSyllable('qwzx', vocabulary)).toBeNull();
		expect(nearestSyllable('xa', vocabulary)).toBeNull();
	});
});

describe('suggestQuery', () => {
	it('replaces the missing words only, keeping the others as typed', () => {
		expect(suggestQuery('Đắk nogn', ['nogn'], vocabulary)).toBe('đắk nong');
		expect(suggestQuery('van phogn 2020', ['phogn'], vocabulary)).toBe('van phong 2020');
	});

	it('returns null when no missing word has a near syllable', () => {
		expect(suggestQuery('qwzx', ['qwzx'], vocabulary)).toBeNull();
		expect(suggestQuery('van phong', [], vocabulary)).toBeNull();
	});
});
