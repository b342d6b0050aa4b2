/**
 * `node scripts/search-relevance.ts DIST_DIR [--json FILE]`: the relevance suite
 * (tests/relevance/queries.ts) on any built site, printed as precision at 1 and at 3, by kind of
 * query, and every query whose page is not first. docs/search.md reports its figures.
 */
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { RELEVANCE_CASES } from '../tests/relevance/queries.ts';
import { misses, precision, runRelevance } from '../tests/relevance/run.ts';
import { serveDist } from './search-serve.ts';

const args = process.argv.slice(2);
const dist = path.resolve(args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--')) ?? '');
if (!fs.existsSync(path.join(dist, 'tim-kiem/index.html'))) {
	console.error('Usage: node scripts/search-relevance.ts DIST_DIR [--json FILE]');
	process.exit(1);
}
const server = await serveDist(dist);
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
try {
	const results = await runRelevance(browser, server.url, RELEVANCE_CASES);
	const pct = (x: number) => `${(x * 100).toFixed(0)} %`;
	const all = precision(results);
	console.log(`Relevance on ${path.relative(process.cwd(), dist) || dist}: ${results.length} queries; precision@1 ${pct(all.at1)} (${results.filter((r) => r.rank === 1).length}), @3 ${pct(all.at3)} (${results.filter((r) => r.rank >= 1 && r.rank <= 3).length}).`);
	for (const kind of [...new Set(results.map((r) => r.kind))]) {
		const some = results.filter((r) => r.kind === kind);
		const p = precision(some);
		console.log(`  ${kind}: ${some.length} queries, @1 ${pct(p.at1)}, @3 ${pct(p.at3)}`);
	}
	console.log(misses(results));
	const json = args[args.indexOf('--json') + 1];
	if (args.includes('--json') && json) fs.writeFileSync(json, `${JSON.stringify(results, null, 1)}\n`);
} finally {
	await browser.close();
	server.close();
}
