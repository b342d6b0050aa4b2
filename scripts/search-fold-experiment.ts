/**
 * `node scripts/search-fold-experiment.ts DIST_DIR`: the measurement behind docs/search.md's
 * choice of how to fold đ/d. On a built site it compares, over the query set of
 * tests/e2e/search-cases.ts (each query with and without diacritics), in Chromium:
 *
 * - **none**: Pagefind 1.6 alone, the query as typed;
 * - **expansion**: the site's query expansion (each d/đ spelling the index holds, every
 *   combination searched, results merged), Pagefind's default ranking;
 * - **folded index**: a second index built from the same pages with a folded twin after every
 *   word holding đ (`Đắk ~Dắk`, the `~` keeps the twin out of other words), queries folded đ→d;
 * - **folded index, tuned**: the same with the site's whole-word marks and ranking;
 * - **shipped**: expansion with whole-word marks and the site's ranking (what /tim-kiem/ runs).
 *
 * For each: queries whose page is in the first three, mean rank (11 when not in the first ten),
 * queries whose two spellings find the same pages, searches run, and index size on disk.
 */
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import * as pagefind from 'pagefind';
import { padBlocks } from '../src/lib/search/html.ts';
import { combineSpellings, heldSpellings, pagefindQueries, pagefindQuery, queryWords } from '../src/lib/search/query.ts';
import { PAGEFIND_OPTIONS } from '../src/scripts/search-pagefind.ts';
import { SEARCH_CASES } from '../tests/e2e/search-cases.ts';

const dist = path.resolve(process.argv[2] ?? '');
if (!fs.existsSync(path.join(dist, 'pagefind/pagefind-entry.json'))) {
	console.error('Usage: node scripts/search-fold-experiment.ts DIST_DIR (a built site with its Pagefind index)');
	process.exit(1);
}
const dWords = JSON.parse(fs.readFileSync(path.join(dist, 'tim-kiem/tu-d.json'), 'utf8')) as string[];

/** Text outside tags gets a folded twin after each word holding đ/Đ. */
const foldWord = (w: string) => w.replace(/đ/g, 'd').replace(/Đ/g, 'D');
function withFoldedTwins(html: string): string {
	const body = html.indexOf('<body');
	return html.slice(0, body) + html.slice(body).replace(/>([^<]+)</g, (_, text: string) => `>${text.replace(/[^\s<>]*[đĐ][^\s<>]*/g, (w) => `${w} ~${foldWord(w)}`)}<`);
}

async function buildFoldedIndex(out: string): Promise<void> {
	const { index } = await pagefind.createIndex({ forceLanguage: 'vi' });
	for (const rel of fs.readdirSync(dist, { recursive: true, encoding: 'utf8' })) {
		if (!rel.endsWith('.html') || rel.startsWith(`pagefind${path.sep}`)) continue;
		const html = fs.readFileSync(path.join(dist, rel), 'utf8');
		if (!/<[^>]+\sdata-pagefind-body[\s=>]/.test(html)) continue;
		const url = `/${rel.split(path.sep).join('/')}`.replace(/(^|\/)index\.html$/, '$1');
		const added = await index!.addHTMLFile({ url, content: padBlocks(withFoldedTwins(html)) });
		if (added.errors.length) throw new Error(added.errors.join('; '));
	}
	await index!.writeFiles({ outputPath: out });
	await pagefind.close();
}

function sizeOf(dir: string, sub: string, suffix: string): number {
	const d = path.join(dir, sub);
	return fs.readdirSync(d).filter((f) => f.endsWith(suffix)).reduce((n, f) => n + fs.statSync(path.join(d, f)).size, 0);
}

const folded = fs.mkdtempSync(path.join(os.tmpdir(), 'pagefind-folded-'));
await buildFoldedIndex(folded);

const server = http.createServer((req, res) => {
	const url = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
	let file = url.startsWith('/pagefind-folded/') ? path.join(folded, url.slice('/pagefind-folded/'.length)) : path.join(dist, url);
	if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
	if (!fs.existsSync(file)) return void res.writeHead(404).end();
	res.writeHead(200, { 'Content-Type': file.endsWith('.js') ? 'text/javascript' : file.endsWith('.html') ? 'text/html; charset=utf-8' : 'application/octet-stream' }).end(fs.readFileSync(file));
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;

type Method = { name: string; bundle: '/pagefind/' | '/pagefind-folded/'; tuned: boolean; queries: (q: string) => string[] };
const plainJoin = (q: string) => combineSpellings(heldSpellings(queryWords(q), dWords)).map((ws) => ws.join(' '));
const foldQuery = (q: string) => queryWords(q).map(foldWord);
const METHODS: Method[] = [
	{ name: 'none (Pagefind alone)', bundle: '/pagefind/', tuned: false, queries: (q) => [q] },
	{ name: 'expansion', bundle: '/pagefind/', tuned: false, queries: plainJoin },
	{ name: 'folded index', bundle: '/pagefind-folded/', tuned: false, queries: (q) => [foldQuery(q).join(' ')] },
	{ name: 'folded index, tuned', bundle: '/pagefind-folded/', tuned: true, queries: (q) => [pagefindQuery(foldQuery(q))] },
	{ name: 'shipped (expansion, tuned)', bundle: '/pagefind/', tuned: true, queries: (q) => pagefindQueries(q, dWords) },
];

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
const rows: string[] = [];
try {
	for (const method of METHODS) {
		const page = await (await browser.newContext({ bypassCSP: true })).newPage();
		await page.goto(`${base}/404.html`);
		// A string, so that no bundler rewrites the browser's import().
		await page.evaluate(`(async () => { window.pf = await import('${method.bundle}pagefind.js'); await window.pf.options(${JSON.stringify(method.tuned ? PAGEFIND_OPTIONS : { excerptLength: 24 })}); await window.pf.init(); })()`);
		let top3 = 0;
		let rankSum = 0;
		let same = 0;
		let searches = 0;
		for (const c of SEARCH_CASES) {
			const sets: string[][] = [];
			for (const q of [c.marked, c.plain]) {
				const texts = method.queries(q);
				searches += texts.length;
				const urls = (await page.evaluate(`(async (texts) => {
					const best = new Map();
					for (const t of texts) for (const r of (await window.pf.search(t)).results) if (!best.has(r.id) || best.get(r.id).score < r.score) best.set(r.id, r);
					const ranked = [...best.values()].sort((a, b) => b.score - a.score);
					return Promise.all(ranked.map(async (r) => (await r.data()).url));
				})(${JSON.stringify(texts)})`)) as string[];
				const rank = urls.slice(0, 10).indexOf(c.page) + 1 || 11;
				rankSum += rank;
				if (rank <= 3) top3++;
				sets.push([...urls].sort());
			}
			if (JSON.stringify(sets[0]) === JSON.stringify(sets[1])) same++;
		}
		const n = SEARCH_CASES.length;
		const bundle = method.bundle === '/pagefind/' ? path.join(dist, 'pagefind') : folded;
		rows.push(`| ${method.name} | ${top3}/${2 * n} | ${(rankSum / (2 * n)).toFixed(2)} | ${same}/${n} | ${searches} | ${(sizeOf(bundle, 'index', '.pf_index') / 1024).toFixed(1)} KB | ${(sizeOf(bundle, 'fragment', '.pf_fragment') / 1024).toFixed(1)} KB |`);
		console.error(rows.at(-1));
		await page.context().close();
	}
} finally {
	await browser.close();
	server.close();
	fs.rmSync(folded, { recursive: true, force: true });
}
console.log(`Folding mechanisms on ${path.relative(process.cwd(), dist) || dist}, ${SEARCH_CASES.length} queries × 2 spellings (tests/e2e/search-cases.ts):\n`);
console.log('| mechanism | page in top 3 | mean rank | same pages both spellings | Pagefind searches | word index | fragments |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
console.log(rows.join('\n'));
