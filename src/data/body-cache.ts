/**
 * Rendered article bodies kept on disk between builds, in Astro's cache folder, by content hash
 * (`cachedBodyRenderer` in src/lib/archive/body-store.ts): a rebuild after one edited article
 * renders one body, and the build reuses the bodies its own content check has just rendered.
 * The key covers the Markdown, the quotes and the rendering code (the sources of the body
 * pipeline and the lockfile), so a change to any of them renders again.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { cachedBodyRenderer, type BodyStore } from '../lib/archive/body-store.ts';
import { CACHE_DIR } from '../cache-dir.ts';

/** The body pipeline's own sources (relative to the project root, where the build and the checker run): a change to any of them changes every key. */
const PIPELINE = ['src/lib/archive/article-body.ts', 'src/lib/archive/body-store.ts', 'src/lib/text/match.ts', 'src/plugins'];

/** A hash of the rendering code: the pipeline's sources and the lockfile (the unified, remark and rehype packages as installed). */
export function pipelineVersion(root = '.'): string {
	const hash = createHash('sha256');
	for (const rel of [...PIPELINE, 'package-lock.json']) {
		const full = path.join(root, rel);
		const files = !fs.existsSync(full) ? [] : fs.statSync(full).isDirectory() ? fs.readdirSync(full).sort().map((f) => path.join(full, f)) : [full];
		for (const file of files) hash.update(`${path.relative(root, file)}\0`).update(fs.readFileSync(file)).update('\0');
	}
	return hash.digest('hex');
}

/** A store of one file per body (`<dir>/ab/abcd….json`), written atomically; `prune` drops bodies this build did not use. */
export function diskBodyStore(dir: string): BodyStore & { hits: number; misses: number; prune: () => number } {
	const used = new Set<string>();
	const fileOf = (key: string) => path.join(dir, key.slice(0, 2), `${key}.json`);
	const store = {
		hits: 0,
		misses: 0,
		get(key: string) {
			used.add(key);
			try {
				const text = fs.readFileSync(fileOf(key), 'utf8');
				store.hits++;
				return text;
			} catch {
				store.misses++;
				return undefined;
			}
		},
		set(key: string, value: string) {
			const file = fileOf(key);
			fs.mkdirSync(path.dirname(file), { recursive: true });
			const temp = `${file}.${process.pid}.tmp`;
			fs.writeFileSync(temp, value);
			fs.renameSync(temp, file);
		},
		prune() {
			if (!fs.existsSync(dir)) return 0;
			let removed = 0;
			for (const rel of fs.readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
				if (!rel.endsWith('.json') || used.has(path.basename(rel, '.json'))) continue;
				fs.rmSync(path.join(dir, rel), { force: true });
				removed++;
			}
			return removed;
		},
	};
	return store;
}

/** The build's body renderer, backed by `<cache dir>/archive-bodies/`. */
export function bodyCache(dir = path.join(CACHE_DIR, 'archive-bodies')) {
	const store = diskBodyStore(dir);
	return { store, render: cachedBodyRenderer(store, pipelineVersion()) };
}
