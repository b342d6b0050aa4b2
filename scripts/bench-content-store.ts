/**
 * `node scripts/bench-content-store.ts STORE_JSON [--chunks MiB]`
 *
 * Times the import of Astro's content store as `astro build` bundles it (a benchmark, not a test):
 * by default one module, `export default JSON.parse("…")` (Astro's single-file storage); with
 * `--chunks N`, modules of N MiB whose strings are joined and parsed (its experimental chunked
 * storage). STORE_JSON is the `data-store.json` a build leaves in its cache folder
 * (`ARCHIVE_CACHE_DIR`, by default node_modules/.astro). Each run imports fresh files from a
 * temporary folder, in this process, once. docs/benchmarks.md ("The content store") has results.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith('--'));
const chunkIndex = args.indexOf('--chunks');
const chunkMiB = chunkIndex >= 0 ? Number(args[chunkIndex + 1]) : 0;
if (!file || !fs.existsSync(file) || Number.isNaN(chunkMiB)) {
	console.error('Usage: node scripts/bench-content-store.ts STORE_JSON [--chunks MiB]  (STORE_JSON: the data-store.json in a build\'s cache folder)');
	process.exit(2);
}

const store = fs.readFileSync(file, 'utf8');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'content-store-'));
try {
	// Split by characters: a chunk's size in bytes differs from Astro's by the multi-byte characters only.
	const size = chunkMiB > 0 ? chunkMiB * 1024 * 1024 : store.length;
	const modules: string[] = [];
	for (let start = 0; start < store.length; start += size) {
		const module = path.join(dir, `part-${modules.length}.mjs`);
		const text = store.slice(start, start + size);
		fs.writeFileSync(module, chunkMiB > 0 ? `export default ${JSON.stringify(text)}` : `export default JSON.parse(${JSON.stringify(text)})`);
		modules.push(module);
	}
	const started = performance.now();
	const parts: unknown[] = [];
	for (const module of modules) parts.push(((await import(pathToFileURL(module).href)) as { default: unknown }).default);
	const imported = performance.now();
	if (chunkMiB > 0) JSON.parse(parts.join(''));
	const parsed = performance.now();
	const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
	console.log(
		`${(Buffer.byteLength(store) / 1e6).toFixed(1)} MB store, ${chunkMiB > 0 ? `${modules.length} modules of ${chunkMiB} MiB` : 'one module'}: import ${seconds(imported - started)}${chunkMiB > 0 ? `, parse ${seconds(parsed - imported)}` : ''}`,
	);
} finally {
	fs.rmSync(dir, { recursive: true, force: true });
}
