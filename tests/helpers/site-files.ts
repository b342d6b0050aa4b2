import fs from 'node:fs';
import path from 'node:path';

/** Every file under `dir`, as sorted POSIX paths relative to it. */
export function filesIn(dir: string): string[] {
	return fs
		.readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((rel) => fs.statSync(path.join(dir, rel)).isFile())
		.map((rel) => rel.split(path.sep).join('/'))
		.sort();
}

/**
 * Every built reader page of a site: its file (relative) and its URL path (`/a/b/` for `a/b/index.html`).
 * The staff editor at /admin/ is not a reader page: it has its own policy and scripts, and
 * tests/e2e/admin.test.ts covers it.
 */
export function htmlPages(dir: string): Array<{ file: string; url: string }> {
	return filesIn(dir)
		.filter((f) => f.endsWith('.html') && !f.startsWith('admin/'))
		.map((file) => ({ file, url: `/${file}`.replace(/index\.html$/, '') }));
}

/** The file a local URL path serves in a static `directory`-format build, or null. */
export function fileForUrl(dir: string, urlPath: string): string | null {
	let decoded: string;
	try {
		decoded = decodeURIComponent(urlPath);
	} catch {
		return null;
	}
	const full = path.join(dir, decoded);
	if (!full.startsWith(dir)) return null;
	if (decoded.endsWith('/')) return fs.existsSync(path.join(full, 'index.html')) ? path.join(full, 'index.html') : null;
	if (fs.existsSync(full) && fs.statSync(full).isFile()) return full;
	return null;
}
