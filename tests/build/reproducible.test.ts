/**
 * Reproducible builds: the same content built twice, into two folders with two caches, gives the
 * same dist/, file for file and byte for byte.
 *
 * Excluded from the comparison: nothing. (No build date, random id or absolute path reaches the
 * output: the sitemap carries no lastmod, the feed no lastBuildDate, and Pagefind names its files
 * by content hash.) If something must ever be excluded, list it in EXCLUDED with the reason, and
 * in README.md (“Security, integrity and the quality gates”).
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { buildSite } from '../helpers/build-site.ts';
import { filesIn } from '../helpers/site-files.ts';

/** Paths (relative to dist/) left out of the comparison, each with its reason. */
const EXCLUDED: Array<{ pattern: RegExp; reason: string }> = [];

it('two builds of the same content are identical', { timeout: 240_000 }, () => {
	const a = buildSite('reproducible-a');
	expect(a.ok, a.log).toBe(true);
	const b = buildSite('reproducible-b');
	expect(b.ok, b.log).toBe(true);
	const keep = (f: string) => !EXCLUDED.some((e) => e.pattern.test(f));
	const filesA = filesIn(a.outDir).filter(keep);
	const filesB = filesIn(b.outDir).filter(keep);
	expect(filesB).toEqual(filesA);
	const different = filesA.filter((f) => !fs.readFileSync(path.join(a.outDir, f)).equals(fs.readFileSync(path.join(b.outDir, f))));
	expect(different).toEqual([]);
	expect(filesA.length).toBeGreaterThan(100);
	// Neither build leaks where it was built.
	const leaks = filesA.filter((f) => /\.(html|xml|json|js|css|txt)$/.test(f) && fs.readFileSync(path.join(a.outDir, f), 'utf8').includes('reproducible-a'));
	expect(leaks).toEqual([]);
});
