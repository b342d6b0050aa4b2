import { describe, expect, it } from 'vitest';
import { keyGapAfter, ONE_LETTER_PAUSE_MS, RHYTHM_FROM_PAGES, SEARCH_PAUSE_MS, searchPause } from '../../src/lib/search/typing.ts';

describe('searchPause', () => {
	it('waits 60 ms on a small index, however the reader types', () => {
		expect(searchPause('thi du', 200, RHYTHM_FROM_PAGES - 1)).toBe(SEARCH_PAUSE_MS);
		expect(searchPause('thi du', 0, 0)).toBe(SEARCH_PAUSE_MS);
	});
	it('on a large index, waits half again the reader\'s gap between keys, from 60 to 400 ms', () => {
		expect(searchPause('thi du', 60, RHYTHM_FROM_PAGES)).toBe(90);
		expect(searchPause('thi du', 200, 35_644)).toBe(300);
		expect(searchPause('thi du', 900, 35_644)).toBe(400);
		expect(searchPause('thi du', 0, 35_644)).toBe(SEARCH_PAUSE_MS);
	});
	it('waits longer after a one-letter last word, on any index', () => {
		expect(searchPause('thi d', 60, 10)).toBe(ONE_LETTER_PAUSE_MS);
		expect(searchPause('t', 60, 35_644)).toBe(ONE_LETTER_PAUSE_MS);
	});
});

describe('keyGapAfter', () => {
	it('averages the recent gaps between keys and ignores a pause of a second or more', () => {
		expect(keyGapAfter(0, 90)).toBe(90);
		expect(keyGapAfter(90, 180)).toBe(120);
		expect(keyGapAfter(120, 1000)).toBe(120);
		expect(keyGapAfter(0, Infinity)).toBe(0);
	});
});
