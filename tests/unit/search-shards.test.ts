/** Splitting the search index into shards of dates (src/lib/search/shards.ts). */
import { describe, expect, it } from 'vitest';
import { isShardList, MAX_SHARD_PAGES, maxShardPages, SHARD_PAGES_ENV, shardBundle, shardCount, splitShards } from '../../src/lib/search/shards.ts';

describe('shardCount', () => {
	it('keeps an index whole up to the pages a shard may hold, and splits it evenly past them', () => {
		expect([0, 1, 3_703, MAX_SHARD_PAGES].map((pages) => shardCount(pages))).toEqual([1, 1, 1, 1]);
		expect([MAX_SHARD_PAGES + 1, 35_644, 2 * MAX_SHARD_PAGES, 2 * MAX_SHARD_PAGES + 1].map((pages) => shardCount(pages))).toEqual([2, 2, 2, 3]);
		expect(shardCount(54, 30)).toBe(2);
	});
	it('takes the pages a shard holds from the environment when it is a whole number above 0', () => {
		expect(maxShardPages({ [SHARD_PAGES_ENV]: '30' })).toBe(30);
		expect(['', '0', '-5', '2.5', 'many', undefined].map((value) => maxShardPages({ [SHARD_PAGES_ENV]: value }))).toEqual(Array(6).fill(MAX_SHARD_PAGES));
	});
	it('names the first bundle pagefind/ and the others by number', () => {
		expect([0, 1, 2].map(shardBundle)).toEqual(['pagefind/', 'pagefind/1/', 'pagefind/2/']);
	});
});

describe('splitShards', () => {
	const page = (url: string, date: string | null) => ({ url, date });
	const pages = [page('/b', '2020-05-01'), page('/board-1', null), page('/a', '2019'), page('/c', '2021-01-02'), page('/bloc', null), page('/d', '2020-05-01'), page('/board-2', null)];
	it('gives each shard a span of dates, oldest first, ties in the order given, and deals out the undated pages', () => {
		const shards = splitShards(pages, (p) => p.date, 2);
		expect(shards.map((s) => s.map((p) => p.url))).toEqual([
			['/a', '/b', '/board-1', '/board-2'],
			['/d', '/c', '/bloc'],
		]);
		// Every page in exactly one shard; the spans do not overlap.
		expect(shards.flat().map((p) => p.url).sort()).toEqual(pages.map((p) => p.url).sort());
	});
	it('keeps everything in one shard when asked for one', () => {
		expect(splitShards(pages, (p) => p.date, 1).map((s) => s.length)).toEqual([7]);
		expect(splitShards([], (p: { date: string | null }) => p.date, 2)).toEqual([[], []]);
	});
});

describe('isShardList', () => {
	it('accepts the list the build writes and nothing else', () => {
		expect(isShardList([{ bundle: 'pagefind/', pages: 3, from: null, to: null }, { bundle: 'pagefind/1/', pages: 2, from: '2020', to: '2022-01-01' }])).toBe(true);
		expect(isShardList([])).toBe(false);
		expect(isShardList([{ bundle: '../x/', pages: 3, from: null, to: null }])).toBe(false);
		expect(isShardList([{ bundle: 'pagefind/', pages: '3', from: null, to: null }])).toBe(false);
		expect(isShardList({ bundle: 'pagefind/' })).toBe(false);
	});
});
