/**
 * The staff editor at /admin/ (Decap CMS): its files, generated from the schemas and the content at
 * build time, written into the built site after everything else (so Pagefind, the sitemap and the
 * reconciliation never see it). `npm run admin` (scripts/admin.ts) serves the same files.
 */
import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml, stringify } from 'yaml';
import { CONTENT_DIRS } from '../content-paths.ts';
import { adminPageHtml } from '../lib/cms/admin-page.ts';
import { cmsConfig, type CmsConfigInput } from '../lib/cms/config.ts';
import { loadVocabulary } from '../lib/indicators/figures.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const DECAP_DIST = path.join(ROOT, 'node_modules/decap-cms/dist');

/** Decap's bundle and the chunks it loads on demand from beside itself (no source maps). */
export function decapFiles(): string[] {
	return fs
		.readdirSync(DECAP_DIST)
		.filter((f) => f === 'decap-cms.js' || /^\d+\.decap-cms\.js$/.test(f))
		.sort();
}

/** The browser script of the editor (src/scripts/admin.ts), bundled. Deterministic. */
export async function adminScript(): Promise<string> {
	const result = await build({
		entryPoints: [path.join(ROOT, 'src/scripts/admin.ts')],
		bundle: true,
		write: false,
		format: 'iife',
		platform: 'browser',
		target: 'es2022',
		minify: true,
		legalComments: 'none',
		charset: 'utf8',
		logLevel: 'silent',
		define: { 'process.env.NODE_ENV': '"production"' },
	});
	return result.outputFiles[0]!.text;
}

export interface AdminOptions extends Partial<Pick<CmsConfigInput, 'localBackendUrl' | 'siteUrl' | 'contentDir'>> {
	/** The content tree (defaults to CONTENT_DIRS.root, i.e. `ARCHIVE_CONTENT_DIR` or `./content`). */
	contentRoot?: string;
	/**
	 * The site's stylesheets for the preview (the build passes the ones its pages link). Without
	 * them (`npm run admin`), the preview uses src/styles/global.css, served as /admin/site.css.
	 */
	styles?: string[];
}

/** Blocs and boards as their YAML files hold them, for the preview (src/scripts/admin-preview.ts). */
function archiveData(contentRoot: string, styles: string[]): string {
	const read = (kind: 'blocs' | 'units') => {
		const dir = path.join(contentRoot, kind);
		return fs
			.readdirSync(dir)
			.filter((f) => f.endsWith('.yaml') && !f.startsWith('_'))
			.sort()
			.map((f) => ({ id: f.slice(0, -'.yaml'.length), data: parseYaml(fs.readFileSync(path.join(dir, f), 'utf8')) as unknown }));
	};
	return JSON.stringify({ blocs: read('blocs'), units: read('units'), styles });
}

/** The generated configuration, as YAML with a header saying where it comes from. */
export function adminConfigYaml(options: AdminOptions = {}): string {
	const indicatorsFile = path.join(options.contentRoot ?? CONTENT_DIRS.root, 'indicators.yaml');
	const vocabulary = loadVocabulary(fs.readFileSync(indicatorsFile, 'utf8'), indicatorsFile);
	const config = cmsConfig({
		indicators: [...vocabulary.values()].map((i) => ({ key: i.key, label: i.label })),
		repo: process.env.CMS_REPO ?? process.env.GITHUB_REPOSITORY ?? 'OWNER/REPO',
		branch: process.env.CMS_BRANCH ?? 'main',
		...(process.env.CMS_AUTH_URL ? { authUrl: process.env.CMS_AUTH_URL } : {}),
		...(options.siteUrl ? { siteUrl: options.siteUrl } : {}),
		...(options.localBackendUrl ? { localBackendUrl: options.localBackendUrl } : {}),
		...(options.contentDir ? { contentDir: options.contentDir } : {}),
	});
	return `# Sinh tự động từ src/schemas/*.ts và content/indicators.yaml (src/lib/cms/config.ts); đừng sửa tay.\n${stringify(config, { lineWidth: 0 })}`;
}

/** Every file of /admin/ except Decap's own bundle: path under /admin/ → content. */
export async function adminFiles(options: AdminOptions = {}): Promise<Map<string, string>> {
	const contentRoot = options.contentRoot ?? CONTENT_DIRS.root;
	const files = new Map([
		['index.html', adminPageHtml()],
		['config.yml', adminConfigYaml(options)],
		['admin.js', await adminScript()],
		['admin.css', fs.readFileSync(path.join(ROOT, 'src/lib/cms/admin.css'), 'utf8')],
		['archive-data.json', archiveData(contentRoot, options.styles ?? ['/admin/site.css'])],
	]);
	if (!options.styles) files.set('site.css', fs.readFileSync(path.join(ROOT, 'src/styles/global.css'), 'utf8'));
	return files;
}

/** Path of one of Decap's files, or null when `name` is not one. */
export function decapFile(name: string): string | null {
	return decapFiles().includes(name) ? path.join(DECAP_DIST, name) : null;
}

/** Writes /admin/ into the built site at the end of the build. */
export function adminIntegration(): AstroIntegration {
	let siteUrl: string | undefined;
	return {
		name: 'archive:admin',
		hooks: {
			'astro:config:done': ({ config }) => {
				siteUrl = config.site;
			},
			'astro:build:done': async ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				const out = path.join(root, 'admin');
				// The preview uses the stylesheets every page links (the built, hashed files).
				const home = fs.readFileSync(path.join(root, 'index.html'), 'utf8');
				const styles = [...home.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => m[1]!);
				fs.mkdirSync(out, { recursive: true });
				for (const [name, content] of await adminFiles({ styles, ...(siteUrl ? { siteUrl } : {}) })) fs.writeFileSync(path.join(out, name), content);
				for (const name of decapFiles()) fs.copyFileSync(path.join(DECAP_DIST, name), path.join(out, name));
				logger.info(`/admin/: trình soạn thảo (Decap CMS, ${decapFiles().length} tệp) và cấu hình sinh từ lược đồ.`);
			},
		},
	};
}
