import { describe, expect, it } from 'vitest';
import { dateOrder, mergeHits, mergeShardHits, shardDateOrder } from '../../src/lib/search/merge.ts';

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
	it('orders equal scores by page id, whatever order the lists give them in, and gives nothing for nothing', () => {
		expect(mergeHits([[hit('y', 1), hit('x', 1)], [hit('z', 1), hit('x', 1)]]).map((h) => h.id)).toEqual(['x', 'y', 'z']);
		expect(mergeHits([[hit('z', 1), hit('x', 1), hit('y', 1)]]).map((h) => h.id)).toEqual(['x', 'y', 'z']);
		expect(mergeHits([[hit('z', 2), hit('x', 1), hit('y', 1)]]).map((h) => h.id)).toEqual(['z', 'x', 'y']);
		expect(mergeHits([])).toEqual([]);
		expect(mergeHits([[], []])).toEqual([]);
	});
});

describe('mergeShardHits', () => {
	it('merges each shard\'s searches as mergeHits does, then the shards, best first and equal scores by page id', () => {
		const older = [[hit('a', 2, 'a from dak'), hit('b', 1)], [hit('a', 5, 'a from đak')]];
		const newer = [[hit('d', 4), hit('c', 1), hit('e', 0.5)]];
		expect(mergeShardHits([older, newer]).map((h) => [h.id, h.score, h.item])).toEqual([
			['a', 5, 'a from đak'],
			['d', 4, 'd@4'],
			['b', 1, 'b@1'],
			['c', 1, 'c@1'],
			['e', 0.5, 'e@0.5'],
		]);
		expect(mergeShardHits([[[hit('z', 1), hit('x', 1)]], [[]]]).map((h) => h.id)).toEqual(['x', 'z']);
		expect(mergeShardHits([])).toEqual([]);
	});
	it('gives the order mergeHits gives for the same lists', () => {
		const lists = [[[hit('p', 3), hit('q', 2), hit('r', 2)], [hit('s', 2.5)]], [[hit('t', 2), hit('u', 9)]], [[hit('v', 3)]]];
		expect(mergeShardHits(lists)).toEqual(mergeHits(lists.flat()));
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

describe('shardDateOrder', () => {
	// Two shards, the older span of dates first; a sorted search scores each shard's pages by their place in its date order.
	const newestFirst = [
		[[hit('2019-b', 2), hit('2019-a', 1)], [hit('2019-a', 1)]],
		[[hit('2022', 3), hit('2020', 1)], [hit('2021', 2)]],
	];
	const oldestFirst = [
		[[hit('2019-a', 2)], [hit('2019-b', 1)]],
		[[hit('2020', 3), hit('2022', 1)], [hit('2021', 2)]],
	];
	it('merges each shard’s lists by score, then puts the shards one after the other in the order asked', () => {
		expect(shardDateOrder(newestFirst, true).map((h) => h.id)).toEqual(['2022', '2021', '2020', '2019-b', '2019-a']);
		expect(shardDateOrder(oldestFirst, false).map((h) => h.id)).toEqual(['2019-a', '2019-b', '2020', '2021', '2022']);
		expect(shardDateOrder([[[]], [[]]], true)).toEqual([]);
	});
});
