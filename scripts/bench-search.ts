/**
 * `node scripts/bench-search.ts DIST_DIR [--reference PLAIN_DIST] [--queries "a|b|c"] [--runs 3] [--delay 60] [--read 1000] [--json FILE]`
 *
 * Measures search on any built site in Chromium (a benchmark, not a test): for each query typed
 * key by key into /tim-kiem/, the time from the last keystroke to the first results on screen,
 * and the bytes fetched for it, read from Chromium's network events (`Network.loadingFinished`,
 * encoded bytes as sent by a gzip-capable static server, headers included). Each query runs
 * cold (a fresh browser context, typed `--read` ms after the page has loaded, as a reader who
 * looks at the page first; Pagefind's own files count) and warm (typed after another query on a
 * loaded page). Medians over the runs are printed as a Markdown table, with the page load and the
 * index's size on disk.
 *
 * With `--reference PLAIN_DIST` (a plain Astro build of the same articles, bench/plain-astro/), the
 * same queries are measured in the same run on Pagefind's own default UI over that build: the
 * script indexes it with Pagefind's defaults (if it has no pagefind/ yet) and adds a page with
 * `PagefindUI` at `/pagefind-ui-search/`.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from './chromium.ts';
import { serveDist as serve } from './search-serve.ts';
import { isShardList, SHARDS_PATH } from '../src/lib/search/shards.ts';

const DEFAULT_QUERIES = ['thi dua', 'Đà Nẵng', 'dak nong', 'khoi truong hai duong', 'co thi dua kon tum 2022', 'dong bang song hong', 'van phong', 'hoi nghi tong ket 2019'];

const args = process.argv.slice(2);
const option = (name: string) => {
	const i = args.indexOf(`--${name}`);
	return i >= 0 ? args[i + 1] : undefined;
};
const dist = path.resolve(args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--')) ?? '');
if (!fs.existsSync(path.join(dist, 'tim-kiem/index.html')) || !fs.existsSync(path.join(dist, 'pagefind'))) {
	console.error(`Usage: node scripts/bench-search.ts DIST_DIR [--queries "a|b"] [--runs 3] [--delay 60] [--json FILE]\n${dist || 'DIST_DIR'} has no tim-kiem/index.html or pagefind/.`);
	process.exit(1);
}
const queries = (option('queries')?.split('|') ?? DEFAULT_QUERIES).map((q) => q.trim()).filter(Boolean);
const runs = Number(option('runs') ?? 3);
const delay = Number(option('delay') ?? 60);
const reading = Number(option('read') ?? 1000);
const reference = option('reference') ? path.resolve(option('reference')!) : null;

/**
 * Counts the bytes and requests a page's context finishes, split into the search's own files
 * (`/pagefind/…`, the d/đ words) and the rest. Sizes come from Chromium's network events
 * (`Network.loadingFinished`: encoded body and headers), through Playwright's context-wide
 * request events, which, unlike a page's own CDP session, also see the Pagefind worker's fetches.
 */
function networkMeter(context: BrowserContext): { take: () => Promise<Traffic> } {
	let pending: Array<Promise<{ url: string; bytes: number }>> = [];
	context.on('requestfinished', (request) => {
		pending.push(
			request
				.sizes()
				.then((s) => ({ url: request.url(), bytes: s.responseBodySize + s.responseHeadersSize }))
				.catch(() => ({ url: request.url(), bytes: 0 })),
		);
	});
	return {
		take: async () => {
			const done = await Promise.all(pending);
			pending = [];
			const search = done.filter((r) => SEARCH_FILES.test(new URL(r.url).pathname));
			const sum = (rs: typeof done) => rs.reduce((n, r) => n + r.bytes, 0);
			return { bytes: sum(done), requests: done.length, searchBytes: sum(search), searchRequests: search.length };
		},
	};
}

/** The search's own files: Pagefind's bundles and index shards, the d/đ words, the pair vocabulary and the shard list. */
const SEARCH_FILES = /^\/(pagefind\/|tim-kiem\/(tu-d|tu-ghep|chi-muc)\.json$)/;

interface Traffic {
	bytes: number;
	requests: number;
	searchBytes: number;
	searchRequests: number;
}

interface Sample extends Traffic {
	ms: number;
	results: number;
}

/** A search page under test: where it is, its box, and how to tell that a query's first results are on screen. */
interface SearchUi {
	name: string;
	path: string;
	box: string;
	/** In the page: `{ at, results }` once the results of `q` are shown, else false. */
	shown: (q: string) => false | { at: number; results: number };
}

/** The archive's own search page. */
const OURS: SearchUi = {
	name: 'this site (/tim-kiem/)',
	path: '/tim-kiem/',
	box: '#search-q',
	shown: (q) => {
		const summary = document.querySelector<HTMLElement>('[data-search-summary]');
		const list = document.querySelector('[data-search-results]');
		if (!summary || summary.hidden || !summary.textContent?.includes(`“${q}”`) || list?.hasAttribute('aria-busy')) return false;
		return { at: performance.now(), results: Number(/^([\d.]+)/.exec(summary.textContent)?.[1]?.replace(/\./g, '') ?? 0) };
	},
};

/** Pagefind's default UI (`PagefindUI`) on the plain Astro build: its message names the query once the results are rendered. */
const PAGEFIND_UI: SearchUi = {
	name: 'Pagefind default UI over plain Astro',
	path: '/pagefind-ui-search/',
	box: '.pagefind-ui__search-input',
	shown: (q) => {
		const message = document.querySelector('.pagefind-ui__message')?.textContent ?? '';
		const first = document.querySelector('.pagefind-ui__result-link');
		if (!message.includes(q) || (!first && !/^0\b|No results|Không/.test(message))) return false;
		return { at: performance.now(), results: Number(/([\d.,]+)/.exec(message)?.[1]?.replace(/[.,]/g, '') ?? 0) };
	},
};

/** Types `query` key by key and returns the time from the last keystroke to its first results. */
async function typeAndTime(page: Page, query: string, ui: SearchUi): Promise<{ ms: number; results: number }> {
	await page.evaluate(() => {
		const w = window as unknown as { __lastKey: number };
		document.addEventListener('keydown', () => (w.__lastKey = performance.now()), { capture: true });
	});
	const box = page.locator(ui.box);
	await box.fill('');
	await box.pressSequentially(query, { delay });
	const handle = await page.waitForFunction(ui.shown, query, { timeout: 120_000, polling: 'raf' });
	const { at, results } = (await handle.jsonValue()) as { at: number; results: number };
	const last = await page.evaluate(() => (window as unknown as { __lastKey: number }).__lastKey);
	return { ms: at - last, results };
}

/** Opens the search page in a fresh context (empty cache), counting what it fetches; the reader looks at it for `reading` ms. */
async function freshPage(browser: Browser, url: string, ui: SearchUi) {
	const context = await browser.newContext();
	const meter = networkMeter(context);
	const page = await context.newPage();
	await page.goto(`${url}${ui.path}`, { waitUntil: 'load' });
	await page.locator(ui.box).waitFor();
	if (reading > 0) await page.waitForTimeout(reading);
	return { context, page, meter };
}

/**
 * Cold: `query` is the first thing typed on a freshly loaded page. Warm: it is typed after
 * `warmUp` on another fresh page, Pagefind loaded and the warm-up's chunks and fragments cached.
 */
async function measureQuery(browser: Browser, url: string, query: string, warmUp: string, ui: SearchUi): Promise<{ cold: Sample; warm: Sample }> {
	const a = await freshPage(browser, url, ui);
	const first = await typeAndTime(a.page, query, ui);
	await a.page.waitForLoadState('networkidle');
	// Cold: everything from the navigation on, the page itself and Pagefind's start included.
	const cold = { ...first, ...(await a.meter.take()) };
	await a.context.close();

	const b = await freshPage(browser, url, ui);
	await typeAndTime(b.page, warmUp, ui);
	await b.page.waitForLoadState('networkidle');
	await b.meter.take();
	const second = await typeAndTime(b.page, query, ui);
	await b.page.waitForLoadState('networkidle');
	const warm = { ...second, ...(await b.meter.take()) };
	await b.context.close();
	return { cold, warm };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)] ?? NaN;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
function folderBytes(dir: string, suffix = ''): { bytes: number; files: number } {
	let bytes = 0;
	let files = 0;
	for (const e of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
		if (e.isFile() && e.name.endsWith(suffix)) {
			bytes += fs.statSync(path.join(e.parentPath, e.name)).size;
			files++;
		}
	}
	return { bytes, files };
}

/** Indexes the plain build with Pagefind's defaults (UI files kept) and adds a page with its default UI. */
async function prepareReference(root: string): Promise<void> {
	if (!fs.existsSync(path.join(root, 'pagefind/pagefind-ui.js'))) {
		const pagefind = await import('pagefind');
		const { index } = await pagefind.createIndex({});
		await index!.addDirectory({ path: root });
		await index!.writeFiles({ outputPath: path.join(root, 'pagefind') });
		await pagefind.close();
	}
	fs.mkdirSync(path.join(root, 'pagefind-ui-search'), { recursive: true });
	fs.writeFileSync(
		path.join(root, 'pagefind-ui-search/index.html'),
		'<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Tìm kiếm</title><link href="/pagefind/pagefind-ui.css" rel="stylesheet"><script src="/pagefind/pagefind-ui.js"></script></head><body><div id="search"></div><script>window.addEventListener("DOMContentLoaded", () => new PagefindUI({ element: "#search", showSubResults: true }));</script></body></html>',
	);
}

type Row = { query: string; results: number; cold: Sample; warm: Sample };

async function measureSite(browser: Browser, root: string, ui: SearchUi): Promise<Row[]> {
	const server = await serve(root);
	const rows: Row[] = [];
	try {
		for (const [i, query] of queries.entries()) {
			const warmUp = queries.length > 1 ? queries[(i + 1) % queries.length]! : 'ban quan ly';
			const samples: Array<{ cold: Sample; warm: Sample }> = [];
			for (let r = 0; r < runs; r++) samples.push(await measureQuery(browser, server.url, query, warmUp, ui));
			const pick = (which: 'cold' | 'warm'): Sample => {
				const m = (key: keyof Sample) => median(samples.map((s) => s[which][key]));
				return { ms: m('ms'), bytes: m('bytes'), requests: m('requests'), searchBytes: m('searchBytes'), searchRequests: m('searchRequests'), results: samples[0]![which].results };
			};
			rows.push({ query, results: samples[0]!.cold.results, cold: pick('cold'), warm: pick('warm') });
			console.error(`… ${ui.name} “${query}”: ${rows.at(-1)!.cold.ms.toFixed(0)} ms cold, ${rows.at(-1)!.warm.ms.toFixed(0)} ms warm`);
		}
	} finally {
		server.close();
	}
	return rows;
}

if (reference) await prepareReference(reference);
const browser = await launchChromium();
let rows: Row[] = [];
let referenceRows: Row[] = [];
try {
	// Alternate the two sites query by query would mix their caches; each runs in its own contexts, one after the other.
	rows = await measureSite(browser, dist, OURS);
	if (reference) referenceRows = await measureSite(browser, reference, PAGEFIND_UI);
} finally {
	await browser.close();
}

const index = folderBytes(path.join(dist, 'pagefind'));
// Every shard's bundle lies under pagefind/ (src/lib/search/shards.ts).
const chunks = folderBytes(path.join(dist, 'pagefind'), '.pf_index');
const fragments = folderBytes(path.join(dist, 'pagefind'), '.pf_fragment');
const shardList = path.join(dist, SHARDS_PATH);
const listed: unknown = fs.existsSync(shardList) ? JSON.parse(fs.readFileSync(shardList, 'utf8')) : null;
const bundles = isShardList(listed) ? listed.map((s) => s.bundle) : ['pagefind/'];
const pages = bundles
	.map((bundle) => JSON.parse(fs.readFileSync(path.join(dist, bundle, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> })
	.reduce((n, entry) => n + Object.values(entry.languages).reduce((m, l) => m + l.page_count, 0), 0);
const dWords = path.join(dist, 'tim-kiem/tu-d.json');
const table = (title: string, rs: Row[]) => {
	const med = (f: (r: Row) => number) => median(rs.map(f));
	return [
		'',
		`**${title}**`,
		'',
		'| query | results | keystroke → results, cold | search bytes, cold (requests) | all bytes, cold | keystroke → results, warm | bytes, warm (requests) |',
		'| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
		...rs.map((r) => `| ${r.query} | ${r.results} | ${r.cold.ms.toFixed(0)} ms | ${kb(r.cold.searchBytes)} (${r.cold.searchRequests}) | ${kb(r.cold.bytes)} | ${r.warm.ms.toFixed(0)} ms | ${kb(r.warm.bytes)} (${r.warm.requests}) |`),
		`| **median** (worst cold) | | **${med((r) => r.cold.ms).toFixed(0)} ms** (${Math.max(...rs.map((r) => r.cold.ms)).toFixed(0)} ms) | **${kb(med((r) => r.cold.searchBytes))}** | **${kb(med((r) => r.cold.bytes))}** | **${med((r) => r.warm.ms).toFixed(0)} ms** | **${kb(med((r) => r.warm.bytes))}** |`,
	];
};
const lines = [
	`Search benchmark: ${path.relative(process.cwd(), dist) || dist}, ${pages} indexed pages in ${bundles.length} shard(s); ${runs} run(s) per query, typed at ${delay} ms a key, ${reading} ms after the page appears; medians.`,
	`Index on disk: pagefind/ ${kb(index.bytes)} in ${index.files} files (word index ${kb(chunks.bytes)} in ${chunks.files} chunks, fragments ${kb(fragments.bytes)} in ${fragments.files}); d/đ words ${fs.existsSync(dWords) ? kb(fs.statSync(dWords).size) : 'none'}.`,
	'Cold: the first query on a freshly opened /tim-kiem/ (empty cache): "search" counts Pagefind and its index, "all" adds the page. Warm: the query typed after another one on the same page.',
	...table(OURS.name, rows),
	...(reference ? table(`${PAGEFIND_UI.name} (${path.relative(process.cwd(), reference) || reference})`, referenceRows) : []),
];
console.log(lines.join('\n'));
const json = option('json');
if (json) fs.writeFileSync(json, `${JSON.stringify({ dist, pages, runs, delay, reading, index, chunks, fragments, rows, reference, referenceRows }, null, 1)}\n`);

