/**
 * `npm run bench [-- --sizes 1000,5000,10000] [--skip-search] [--skip-references] [--rebuild]`: generates a
 * synthetic archive of each size, builds it the way `npm run build` does (check, Astro,
 * Pagefind) and, on the same Markdown, a plain Astro 7 blog (bench/plain-astro/) indexed by
 * Pagefind's CLI right after it (the reference of the targets: ours ÷ (plain + Pagefind)), and a
 * Hugo site (bench/hugo/, skipped with a notice when `hugo` is not installed). Reports build time, time
 * per article, peak memory, output size, Pagefind indexing time and index size, and in Chromium
 * the time from typing a query to the first results and the bytes fetched per query. Writes
 * bench/out/results.json and the results section of docs/benchmarks.md.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { countingServer, fileCount, folderBytes, mb, measure, type RunResult } from './bench-lib.ts';
import { writeSyntheticContent } from './generate-synthetic.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const arg = (name: string) => {
	const i = args.indexOf(`--${name}`);
	return i >= 0 ? args[i + 1] : undefined;
};
const sizes = (arg('sizes') ?? '1000,5000,10000').split(',').map(Number).filter((n) => n > 0);
const OUT = path.resolve(ROOT, arg('out') ?? 'bench/out');
const skipSearch = args.includes('--skip-search');
const skipReferences = args.includes('--skip-references');
const rebuildAfterEdit = args.includes('--rebuild');
const node = process.execPath;
const astroBin = path.join(ROOT, 'node_modules/astro/bin/astro.mjs');
const pagefindBin = path.join(ROOT, 'node_modules/pagefind/lib/runner/bin.cjs');
const started = performance.now();

const clock = () => {
	const s = Math.round((performance.now() - started) / 1000);
	return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
};
const progress = (text: string) => console.log(`[bench ${clock()}] ${text}`);
const hugoPath = spawnSync('sh', ['-c', 'command -v hugo'], { encoding: 'utf8' }).stdout.trim();

interface BuildStats {
	seconds: number;
	cpuSeconds: number | null;
	peakRss: number;
	bytes: number;
	pages: number;
}

interface SizeResult {
	articles: number;
	blocs: number;
	units: number;
	generateSeconds: number;
	markdownBytes: number;
	ours: BuildStats & { checkSeconds: number | null; astroSeconds: number | null; pagefindSeconds: number; pagefindBytes: number; pagefindFiles: number };
	/** `npm run build` again after one article's body changed, with the cache the first build left (`--rebuild`). */
	rebuild?: BuildStats | null;
	plain: BuildStats | null;
	/** Pagefind's CLI over the plain blog's output, run right after it: plain + this is the reference. */
	plainPagefind: BuildStats | null;
	hugo: BuildStats | null;
	search: SearchStats | null;
}

interface SearchStats {
	queries: Array<{ q: string; coldMs: number | null; warmMs: number; bytes: number; requests: number; results: number }>;
	medianColdMs: number;
	maxColdMs: number;
	medianBytes: number;
	pageLoadBytes: number;
}

function stats(run: RunResult, dir: string): BuildStats {
	return { seconds: run.seconds, cpuSeconds: run.cpuSeconds, peakRss: run.peakRss, bytes: folderBytes(dir), pages: fileCount(dir, '.html') };
}

function failed(what: string, run: RunResult): never {
	console.error(run.log.split('\n').slice(-60).join('\n'));
	throw new Error(`${what} failed (see the log above).`);
}

/** Prints a build's own progress lines sparsely (every `every`-th route, and every non-route line). */
function echo(prefix: string, every = 500) {
	let routes = 0;
	return (line: string) => {
		const text = line.replace(/\x1b\[[0-9;]*m/g, '').trim();
		if (!text) return;
		if (/[├└]─/.test(text)) {
			if (++routes % every === 0) progress(`${prefix} ${routes} routes written…`);
			return;
		}
		if (/error|warn|Completed|built in|Pagefind|Reconciled|lỗi|tệp,/i.test(text)) progress(`${prefix} ${text.replace(/^\d\d:\d\d:\d\d\s*/, '')}`);
	};
}

async function timePagefind(site: string): Promise<number> {
	const out = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-pagefind-'));
	const t0 = performance.now();
	const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi' });
	if (!index || errors.length) throw new Error(`pagefind: ${errors.join('; ')}`);
	await index.addDirectory({ path: site });
	await index.writeFiles({ outputPath: out });
	const seconds = (performance.now() - t0) / 1000;
	await pagefind.close();
	fs.rmSync(out, { recursive: true, force: true });
	return seconds;
}

/** Queries typed by a reader: without diacritics, place names of generated boards, award words. */
function queriesFor(content: string): string[] {
	const units = fs.readdirSync(path.join(content, 'units')).slice(0, 40);
	const places = [units[3], units[17], units[31]].filter(Boolean).map((f) => f!.replace(/^bql-/, '').replace(/\.yaml$/, '').replace(/-/g, ' '));
	return ['thi dua', ...places, 'co thi dua', 'giao uoc 2015', 'khoi truong', 'bang khen 2020'];
}

async function measureSearch(site: string, content: string): Promise<SearchStats | null> {
	if (!fs.existsSync(path.join(site, 'tim-kiem/index.html'))) {
		progress('search: no /tim-kiem/ page in the build, skipped');
		return null;
	}
	const { launchChromium } = await import('./chromium.ts');
	const server = await countingServer(site);
	const browser = await launchChromium();
	try {
		const queries = queriesFor(content);
		const results: SearchStats['queries'] = [];
		let pageLoadBytes = 0;
		for (const [i, q] of queries.entries()) {
			// A fresh context per query: a cold cache, as a reader arriving on the search page.
			const context = await browser.newContext();
			const page = await context.newPage();
			server.reset();
			await page.goto(`${server.url}/tim-kiem/`, { waitUntil: 'networkidle' });
			if (i === 0) pageLoadBytes = server.bytes();
			const type = (text: string) =>
				page.evaluate(async (text) => {
					const input = document.querySelector<HTMLInputElement>('#search-q')!;
					const list = document.querySelector<HTMLElement>('[data-search-results]')!;
					list.replaceChildren();
					const done = new Promise<number>((resolve) => {
						const observer = new MutationObserver(() => {
							if (list.querySelector('li, article, a')) {
								observer.disconnect();
								resolve(performance.now());
							}
						});
						observer.observe(list, { childList: true, subtree: true });
						setTimeout(() => resolve(-1), 15_000);
					});
					const t0 = performance.now();
					input.value = text;
					input.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text.slice(-1) }));
					const t1 = await done;
					return { ms: t1 < 0 ? null : t1 - t0, results: list.querySelectorAll('li').length };
				}, text);
			server.reset();
			const cold = await type(q);
			await page.waitForLoadState('networkidle');
			const bytes = server.bytes();
			const requests = server.requests().length;
			// Warm: the same page, the index already loaded, a query that shares no words.
			const warm = await type(q === 'thi dua' ? 'ban quan ly' : `${q} 20`);
			results.push({ q, coldMs: cold.ms, warmMs: warm.ms ?? NaN, bytes, requests, results: cold.results });
			progress(`search “${q}”: first results ${cold.ms?.toFixed(0) ?? '—'} ms after the keystroke (warm ${warm.ms?.toFixed(0) ?? '—'} ms), ${(bytes / 1024).toFixed(0)} KB in ${requests} requests`);
			await context.close();
		}
		const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
		const median = (xs: number[]) => sorted(xs)[Math.floor(xs.length / 2)] ?? NaN;
		const colds = results.map((r) => r.coldMs ?? Infinity);
		return { queries: results, medianColdMs: median(colds), maxColdMs: Math.max(...colds), medianBytes: median(results.map((r) => r.bytes)), pageLoadBytes };
	} finally {
		await browser.close();
		await server.close();
	}
}

async function benchSize(n: number): Promise<SizeResult> {
	const content = path.join(OUT, `content-${n}`);
	progress(`${n}: generating the synthetic archive in ${path.relative(ROOT, content)}/`);
	const g0 = performance.now();
	const gen = writeSyntheticContent({ articles: n, out: content });
	const generateSeconds = (performance.now() - g0) / 1000;
	progress(`${n}: ${gen.articles} articles, ${gen.blocs} blocs, ${gen.units} boards (${generateSeconds.toFixed(1)} s)`);

	// Ours: exactly `npm run build` (check, then astro build with Pagefind), cold cache.
	const site = path.join(OUT, `site-${n}`);
	const cache = path.join(OUT, `cache-${n}`);
	fs.rmSync(site, { recursive: true, force: true });
	fs.rmSync(cache, { recursive: true, force: true });
	progress(`${n}: building the archive (npm run build: check, astro build, Pagefind)…`);
	const ours = await measure(node, ['scripts/build.ts', '--outDir', site], {
		cwd: ROOT,
		env: { ARCHIVE_CONTENT_DIR: content, ARCHIVE_CACHE_DIR: cache, ASTRO_TELEMETRY_DISABLED: '1' },
		onLine: echo(`${n}: archive:`),
	});
	if (!ours.ok) failed(`Archive build of ${n}`, ours);
	fs.writeFileSync(path.join(OUT, `build-${n}.log`), ours.log);
	const checkSeconds = Number(/tệp, \d+ lỗi, \d+ cảnh báo \(([\d.]+) s\)/.exec(ours.log)?.[1] ?? NaN);
	const built = /page\(s\) built in (?:(\d+)m ?)?([\d.]+)s/.exec(ours.log);
	const astroSeconds = built ? Number(built[1] ?? 0) * 60 + Number(built[2]) : NaN;
	progress(`${n}: archive built in ${ours.seconds.toFixed(1)} s, CPU ${f1(ours.cpuSeconds)} s (check ${checkSeconds} s, astro ${astroSeconds} s), peak ${mb(ours.peakRss)}`);
	// Pagefind runs as the build's last step, once Astro has written the sitemap and exited
	// (scripts/search-index.ts): its time, from the sitemap line to the index line, is read from the
	// build log's clock (1 s resolution), or measured alone with --time-pagefind-alone.
	const clockOf = (pattern: RegExp) => {
		const line = ours.log.split('\n').find((l) => pattern.test(l));
		const m = line ? /(\d\d):(\d\d):(\d\d)/.exec(line) : null;
		return m ? Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3]) : NaN;
	};
	let pagefindSeconds = clockOf(/Pagefind indexed/) - clockOf(/sitemap-index\.xml/);
	if (pagefindSeconds < 0) pagefindSeconds += 86400;
	if (args.includes('--time-pagefind-alone') || !Number.isFinite(pagefindSeconds)) {
		progress(`${n}: timing Pagefind alone on the built site…`);
		pagefindSeconds = await timePagefind(site);
	}
	const oursStats = {
		...stats(ours, site),
		checkSeconds: Number.isFinite(checkSeconds) ? checkSeconds : null,
		astroSeconds: Number.isFinite(astroSeconds) ? astroSeconds : null,
		pagefindSeconds,
		pagefindBytes: folderBytes(path.join(site, 'pagefind')),
		pagefindFiles: fileCount(path.join(site, 'pagefind')),
	};
	progress(`${n}: Pagefind ${pagefindSeconds.toFixed(1)} s, index ${mb(oursStats.pagefindBytes)} in ${oursStats.pagefindFiles} files; dist ${mb(oursStats.bytes)}, ${oursStats.pages} pages`);

	let rebuild: BuildStats | null = null;
	if (rebuildAfterEdit) {
		// One edited article: a sentence added to its body. The cache the cold build left is kept.
		const articles = path.join(content, 'articles');
		const edited = path.join(articles, fs.readdirSync(articles).filter((f) => f.endsWith('.md')).sort()[0]!);
		const original = fs.readFileSync(edited);
		fs.appendFileSync(edited, '\nĐoạn thêm để đo lần dựng lại sau khi sửa một bài.\n');
		progress(`${n}: building again after editing ${path.basename(edited)}…`);
		// Into its own folder, so that the search is measured on the cold build of the generated text.
		const again = await measure(node, ['scripts/build.ts', '--outDir', `${site}-rebuild`], {
			cwd: ROOT,
			env: { ARCHIVE_CONTENT_DIR: content, ARCHIVE_CACHE_DIR: cache, ASTRO_TELEMETRY_DISABLED: '1' },
			onLine: echo(`${n}: rebuild:`),
		});
		fs.writeFileSync(edited, original);
		if (!again.ok) failed(`Rebuild of ${n} after one edit`, again);
		rebuild = stats(again, `${site}-rebuild`);
		fs.rmSync(`${site}-rebuild`, { recursive: true, force: true });
		progress(`${n}: rebuilt after one edit in ${rebuild.seconds.toFixed(1)} s, CPU ${f1(rebuild.cpuSeconds)} s, peak ${mb(rebuild.peakRss)}`);
	}

	let plain: BuildStats | null = null;
	let plainPagefind: BuildStats | null = null;
	let hugo: BuildStats | null = null;
	if (!skipReferences) {
		const plainOut = path.join(OUT, `plain-${n}`);
		const plainCache = path.join(OUT, `plain-cache-${n}`);
		fs.rmSync(plainOut, { recursive: true, force: true });
		fs.rmSync(plainCache, { recursive: true, force: true });
		progress(`${n}: building the plain Astro blog reference…`);
		const run = await measure(node, [astroBin, 'build', '--root', 'bench/plain-astro', '--outDir', plainOut], {
			cwd: ROOT,
			env: { PLAIN_ARTICLES_DIR: path.join(content, 'articles'), PLAIN_CACHE_DIR: plainCache, ASTRO_TELEMETRY_DISABLED: '1' },
			onLine: echo(`${n}: plain:`, 2000),
		});
		if (!run.ok) failed(`Plain Astro build of ${n}`, run);
		plain = stats(run, plainOut);
		progress(`${n}: plain Astro built in ${plain.seconds.toFixed(1)} s, CPU ${f1(plain.cpuSeconds)} s, peak ${mb(plain.peakRss)}, ${mb(plain.bytes)}`);
		// The reference is a plain Astro blog WITH search: Pagefind's own CLI over its output, as a
		// blog adds it (Starlight and astro-pagefind run it after the build), on every page.
		progress(`${n}: indexing the plain blog with Pagefind…`);
		const pf = await measure(node, [pagefindBin, '--site', plainOut, '--force-language', 'vi', '--quiet'], { cwd: ROOT });
		if (!pf.ok) failed(`Pagefind over the plain build of ${n}`, pf);
		plainPagefind = { ...stats(pf, path.join(plainOut, 'pagefind')), pages: plain.pages };
		progress(`${n}: Pagefind over the plain blog in ${plainPagefind.seconds.toFixed(1)} s, CPU ${f1(plainPagefind.cpuSeconds)} s, peak ${mb(plainPagefind.peakRss)}, index ${mb(plainPagefind.bytes)}`);

		if (hugoPath) {
			const hugoOut = path.join(OUT, `hugo-${n}`);
			fs.rmSync(hugoOut, { recursive: true, force: true });
			progress(`${n}: building the Hugo reference…`);
			const h = await measure(hugoPath, ['--source', 'bench/hugo', '--contentDir', path.join(content, 'articles'), '--destination', hugoOut, '--cacheDir', path.join(OUT, `hugo-cache-${n}`), '--quiet'], { cwd: ROOT });
			if (!h.ok) failed(`Hugo build of ${n}`, h);
			hugo = stats(h, hugoOut);
			progress(`${n}: Hugo built in ${hugo.seconds.toFixed(1)} s, CPU ${f1(hugo.cpuSeconds)} s, peak ${mb(hugo.peakRss)}, ${mb(hugo.bytes)}`);
		} else {
			progress(`${n}: hugo is not installed (apt-get install -y hugo): the Hugo reference is SKIPPED`);
		}
	}

	let search: SearchStats | null = null;
	if (!skipSearch) {
		progress(`${n}: measuring search in Chromium…`);
		search = await measureSearch(site, content);
	}
	return {
		articles: gen.articles,
		blocs: gen.blocs,
		units: gen.units,
		generateSeconds,
		markdownBytes: folderBytes(path.join(content, 'articles')),
		ours: oursStats,
		rebuild,
		plain,
		plainPagefind,
		hugo,
		search,
	};
}

function machine(): string {
	const cpus = os.cpus();
	return `${cpus[0]?.model.trim() ?? 'unknown CPU'} × ${cpus.length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB RAM, ${os.type()} ${os.release()}, Node ${process.version}${hugoPath ? `, ${spawnSync(hugoPath, ['version'], { encoding: 'utf8' }).stdout.split(' ').slice(0, 2).join(' ')}` : ', Hugo not installed'}`;
}

const f1 = (x: number | null | undefined) => (x === null || x === undefined || !Number.isFinite(x) ? '—' : x.toFixed(1));
const ms = (x: number) => `${(x * 1000).toFixed(1)} ms`;
const ratio = (a: number, b: number | undefined) => (b ? `${(a / b).toFixed(2)}×` : '—');

/** The reference the targets are set against: the plain Astro blog plus Pagefind over its output (times added, peak the larger). */
function reference(r: SizeResult): { seconds: number; cpuSeconds: number | null; peakRss: number } | null {
	const p = r.plain;
	const pf = r.plainPagefind;
	if (!p || !pf) return null;
	return { seconds: p.seconds + pf.seconds, cpuSeconds: p.cpuSeconds === null || pf.cpuSeconds === null ? null : p.cpuSeconds + pf.cpuSeconds, peakRss: Math.max(p.peakRss, pf.peakRss) };
}

function table(results: SizeResult[]): string {
	const rows: string[] = [];
	rows.push('| articles | blocs / boards | pages | build wall (s) | per article | build CPU (s) | CPU per article | check (s) | astro build (s) | Pagefind (s) | index | dist | peak memory | rebuild after one edit wall / CPU (s) |');
	rows.push('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
	for (const r of results) {
		const o = r.ours;
		rows.push(`| ${r.articles} | ${r.blocs} / ${r.units} | ${o.pages} | ${f1(o.seconds)} | ${ms(o.seconds / r.articles)} | ${f1(o.cpuSeconds)} | ${o.cpuSeconds ? ms(o.cpuSeconds / r.articles) : '—'} | ${f1(o.checkSeconds)} | ${f1(o.astroSeconds)} | ${f1(o.pagefindSeconds)} | ${mb(o.pagefindBytes)} (${o.pagefindFiles} files) | ${mb(o.bytes)} | ${mb(o.peakRss)} | ${r.rebuild ? `${f1(r.rebuild.seconds)} / ${f1(r.rebuild.cpuSeconds)}` : '—'} |`);
	}
	rows.push('');
	rows.push('| articles | plain Astro wall / CPU (s) | Pagefind on it wall / CPU (s) | plain + Pagefind wall / CPU (s) | ours ÷ (plain + Pagefind) wall | ours ÷ (plain + Pagefind) CPU | ours ÷ plain alone wall / CPU | plain peak / Pagefind peak | plain dist / index |');
	rows.push('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
	for (const r of results) {
		const p = r.plain;
		const pf = r.plainPagefind ?? null;
		const ref = reference(r);
		rows.push(
			`| ${r.articles} | ${f1(p?.seconds)} / ${f1(p?.cpuSeconds)} | ${pf ? `${f1(pf.seconds)} / ${f1(pf.cpuSeconds)}` : '—'} | ${ref ? `${f1(ref.seconds)} / ${f1(ref.cpuSeconds)}` : '—'} | ${ratio(r.ours.seconds, ref?.seconds)} | ${ratio(r.ours.cpuSeconds ?? NaN, ref?.cpuSeconds ?? undefined)} | ${ratio(r.ours.seconds, p?.seconds)} / ${ratio(r.ours.cpuSeconds ?? NaN, p?.cpuSeconds ?? undefined)} | ${p ? mb(p.peakRss) : '—'} / ${pf ? mb(pf.peakRss) : '—'} | ${p ? mb(p.bytes) : '—'} / ${pf ? mb(pf.bytes) : '—'} |`,
		);
	}
	if (results.some((r) => r.hugo)) {
		rows.push('');
		rows.push('| articles | Hugo wall / CPU (s) | per article (wall) | ours ÷ Hugo (wall) | ours ÷ Hugo (CPU) | Hugo peak / dist |');
		rows.push('| ---: | ---: | ---: | ---: | ---: | ---: |');
		for (const r of results) {
			const h = r.hugo;
			if (!h) continue;
			rows.push(`| ${r.articles} | ${f1(h.seconds)} / ${f1(h.cpuSeconds)} | ${ms(h.seconds / r.articles)} | ${ratio(r.ours.seconds, h.seconds)} | ${ratio(r.ours.cpuSeconds ?? NaN, h.cpuSeconds ?? undefined)} | ${mb(h.peakRss)} / ${mb(h.bytes)} |`);
		}
	}
	if (results.some((r) => r.search)) {
		rows.push('');
		rows.push('| articles | search page load | first results after keystroke (median / worst, cold page) | bytes per query (median) | queries |');
		rows.push('| ---: | ---: | ---: | ---: | --- |');
		for (const r of results) {
			const s = r.search;
			if (!s) continue;
			rows.push(`| ${r.articles} | ${(s.pageLoadBytes / 1024).toFixed(0)} KB | ${s.medianColdMs.toFixed(0)} ms / ${s.maxColdMs.toFixed(0)} ms | ${(s.medianBytes / 1024).toFixed(0)} KB | ${s.queries.map((q) => `“${q.q}” ${q.coldMs?.toFixed(0) ?? '—'} ms, ${(q.bytes / 1024).toFixed(0)} KB`).join('; ')} |`);
		}
	}
	if (results.length >= 2) {
		const [a, b] = [results[0]!, results.at(-1)!];
		const marginal = (x: (r: SizeResult) => number | undefined) => {
			const xa = x(a);
			const xb = x(b);
			return xa === undefined || xb === undefined ? '—' : ms((xb - xa) / (b.articles - a.articles));
		};
		rows.push('');
		rows.push(`Marginal cost per added article from ${a.articles} to ${b.articles} (wall): ours ${marginal((r) => r.ours.seconds)}, plain Astro + Pagefind ${marginal((r) => reference(r)?.seconds)}, plain Astro ${marginal((r) => r.plain?.seconds)}, Hugo ${marginal((r) => r.hugo?.seconds)}. CPU: ours ${marginal((r) => r.ours.cpuSeconds ?? undefined)}, plain Astro + Pagefind ${marginal((r) => reference(r)?.cpuSeconds ?? undefined)}, plain Astro ${marginal((r) => r.plain?.cpuSeconds ?? undefined)}, Hugo ${marginal((r) => r.hugo?.cpuSeconds ?? undefined)}.`);
	}
	return rows.join('\n');
}

function writeDocs(results: SizeResult[], command: string) {
	const file = path.join(ROOT, 'docs/benchmarks.md');
	const start = '<!-- bench:results:start -->';
	const end = '<!-- bench:results:end -->';
	const section = `${start}\n\nMeasured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC with \`${command}\` on ${machine()}.\n\n${table(results)}\n\n${end}`;
	const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : `# Benchmarks\n\n${start}\n${end}\n`;
	const next = current.includes(start) ? current.replace(new RegExp(`${start}[\\s\\S]*?${end}`), section) : `${current.trimEnd()}\n\n${section}\n`;
	fs.writeFileSync(file, next);
}

fs.mkdirSync(OUT, { recursive: true });
progress(`sizes ${sizes.join(', ')}; output in ${path.relative(ROOT, OUT)}/; ${machine()}`);
if (!hugoPath) progress('hugo is not installed (apt-get install -y hugo): the Hugo reference will be SKIPPED');
const resultsFile = path.join(OUT, 'results.json');
// Results of earlier runs at other sizes are kept (a size measured again replaces its row), so
// sizes can be run one at a time on a busy machine.
const results: SizeResult[] = args.includes('--fresh') || !fs.existsSync(resultsFile) ? [] : (JSON.parse(fs.readFileSync(resultsFile, 'utf8')).results as SizeResult[]).filter((r) => args.includes('--report-only') || !sizes.includes(r.articles));
// --report-only: rewrite the docs from the results already measured (e.g. sizes run in parallel into other --out folders, merged with --merge <file>).
const mergeFile = arg('merge');
if (mergeFile) {
	// A size kept or measured in this run is not taken from the merged file.
	const extra = (JSON.parse(fs.readFileSync(path.resolve(ROOT, mergeFile), 'utf8')).results as SizeResult[]).filter((r) => !results.some((x) => x.articles === r.articles) && (args.includes('--report-only') || !sizes.includes(r.articles)));
	results.push(...extra);
	results.sort((a, b) => a.articles - b.articles);
}
for (const n of args.includes('--report-only') ? [] : sizes) {
	results.push(await benchSize(n));
	results.sort((a, b) => a.articles - b.articles);
	fs.writeFileSync(resultsFile, `${JSON.stringify({ machine: machine(), command: `npm run bench -- --sizes ${results.map((r) => r.articles).join(',')}`, results }, null, 1)}\n`);
}
if (mergeFile) fs.writeFileSync(resultsFile, `${JSON.stringify({ machine: machine(), command: `npm run bench -- --sizes ${results.map((r) => r.articles).join(',')}`, results }, null, 1)}\n`);
const command = `npm run bench -- --sizes ${results.map((r) => r.articles).join(',')}${skipSearch ? ' --skip-search' : ''}${skipReferences ? ' --skip-references' : ''}${rebuildAfterEdit ? ' --rebuild' : ''}`;
console.log(`\n${table(results)}\n`);
if (!args.includes('--no-docs')) writeDocs(results, command);
progress(`done; results in ${path.relative(ROOT, resultsFile)}${args.includes('--no-docs') ? '' : ' and docs/benchmarks.md'}`);
