/**
 * The search index in shards (src/lib/search/shards.ts), as a large archive is built: the site
 * fixture indexed in shards of at most 20 pages finds, for every query of the set, the same pages
 * as the same site in one bundle, the expected one among the first three; date order runs across
 * the shards; and a word that only one shard holds finds only its pages.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../helpers/build-site.ts';
import { serveSite, useBuiltSite } from '../helpers/browser.ts';
import { allResults, expectArticlesByDate, hrefs, openSearch, typeQuery } from '../helpers/search-page.ts';
import { SEARCH_CASES as CASES } from './search-cases.ts';
import { SHARD_PAGES_ENV, SHARDS_PATH, type SearchShard } from '../../src/lib/search/shards.ts';

const whole = useBuiltSite();
const sharded = { dir: '', url: '' };
let stop: (() => Promise<void>) | undefined;

beforeAll(async () => {
	const built = buildSite('sharded', undefined, { [SHARD_PAGES_ENV]: '20' });
	if (!built.ok) throw new Error(`The sharded site does not build:\n${built.log.slice(-4000)}`);
	const server = await serveSite(built.outDir);
	Object.assign(sharded, { dir: built.outDir, url: server.url });
	stop = server.stop;
});
afterAll(async () => {
	await stop?.();
});

/** Every result of a query typed into a fresh search page of a site. */
async function search(site: { url: string }, query: string): Promise<{ top: string[]; all: string[] }> {
	const page = await openSearch({ ...site, browser: whole.browser });
	await typeQuery(page, query, { keyByKey: false });
	const top = (await hrefs(page)).slice(0, 3);
	const all = (await allResults(page)).sort();
	await page.close();
	return { top, all };
}

describe('an index in shards', () => {
	it('is listed for the search page: bundles of at most 20 pages, spans of dates in order', () => {
		const shards = JSON.parse(fs.readFileSync(path.join(sharded.dir, SHARDS_PATH), 'utf8')) as SearchShard[];
		expect(shards.map((s) => s.bundle)).toEqual(['pagefind/', 'pagefind/1/', 'pagefind/2/']);
		expect(shards.every((s) => s.pages > 0 && s.pages <= 20)).toBe(true);
		for (const [i, shard] of shards.entries()) {
			expect(fs.existsSync(path.join(sharded.dir, shard.bundle, 'pagefind.js'))).toBe(true);
			if (i > 0) expect(shard.from! >= shards[i - 1]!.to!).toBe(true);
		}
		const one = JSON.parse(fs.readFileSync(path.join(whole.dir, SHARDS_PATH), 'utf8')) as SearchShard[];
		expect(one.map((s) => s.bundle)).toEqual(['pagefind/']);
		expect(shards.reduce((n, s) => n + s.pages, 0)).toBe(one[0]!.pages);
	});

	it.each(CASES)('finds for "$plain" the same pages as one bundle, $page among the first three', async ({ plain, page: expected }) => {
		const [inShards, inOne] = await Promise.all([search(sharded, plain), search(whole, plain)]);
		expect(inShards.top, `${plain} → ${inShards.top.join(', ')}`).toContain(expected);
		expect(inShards.all).toEqual(inOne.all);
	});

	it('finds a name only one shard holds on its pages alone, not the other shards’ pages with the rest of the query', async () => {
		// "Lê Hữu Hoàng" spoke at the 2022 conference only: the older shards lack his name's pairs.
		const { all } = await search(sharded, 'le huu hoang');
		expect(all).toEqual((await search(whole, 'le huu hoang')).all);
		expect(all).toContain('/bai-viet/2022-tay-nguyen-duyen-hai-mien-trung-tong-ket/');
		expect(all.some((url) => url.includes('2016') || url.includes('2019'))).toBe(false);
	});

	it('sorts by date across the shards, newest or oldest first', async () => {
		const page = await openSearch({ ...sharded, browser: whole.browser }, 'thi dua');
		await expectArticlesByDate(page, sharded.dir, 'thi dua');
		await page.close();
	});
});
