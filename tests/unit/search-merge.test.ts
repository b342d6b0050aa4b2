import { describe, expect, it } from 'vitest';
import { dateOrder, mergeHits } from '../../src/lib/search/merge.ts';

const hit = (id: string, score: number, item = `${id}@${score}`) => ({ id, score, item });

describe('mergeHits', () => {
	it('keeps one hit per page with its best score and that search result, best first', () => {
		const merged = mergeHits([
			[hit('a', 2, 'a from dak'), hit('b', 1)],
			[hit('a', 5, 'a from đak'), hit('c', 3)],
		]);
		expect(merged.map((h) => [h.id, h.score, h.item])).toEqual([
			['a', 5, 'a from đak'],
			['c', 3, 'c@3'],
			['b', 1, 'b@1'],
		]);
	});
	it('keeps the order of the lists on equal scores, and gives nothing for nothing', () => {
		expect(mergeHits([[hit('x', 1), hit('y', 1)], [hit('z', 1), hit('x', 1)]]).map((h) => h.id)).toEqual(['x', 'y', 'z']);
		expect(mergeHits([])).toEqual([]);
		expect(mergeHits([[], []])).toEqual([]);
	});
});

describe('dateOrder', () => {
	it('puts dated hits in date order, then the undated ones by relevance', () => {
		const sorted = [hit('new', 3), hit('old', 1)];
		const relevance = [hit('board', 9), hit('old', 8), hit('bloc', 7), hit('new', 2)];
		const { dated, undated } = dateOrder(sorted, relevance);
		expect(dated.map((h) => h.id)).toEqual(['new', 'old']);
		expect(undated.map((h) => h.id)).toEqual(['board', 'bloc']);
	});
});
