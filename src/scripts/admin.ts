/**
 * The archive's part of the staff editor at /admin/, loaded before Decap CMS's bundle
 * (src/lib/cms/admin-page.ts). It holds Decap's start until the page has loaded, then registers:
 * - a `preSave` listener leaving empty fields out of the file (src/lib/cms/normalize.ts);
 * - a `postSave` listener that, on the local backend (`npm run admin`), runs the content checker
 *   and shows its `file:line:col` messages (in production the pull request's CI check does it);
 * - the article preview (./admin-preview.ts).
 */
import { parse as parseYaml } from 'yaml';
import type { CmsConfig, CmsField } from '../lib/cms/config.ts';
import { emptyPaths } from '../lib/cms/normalize.ts';
import { registerArticlePreview } from './admin-preview.ts';
import { showCheckResult, type CheckResult } from './admin-check-panel.ts';

interface ImmutableMap {
	get(key: string): unknown;
	getIn(path: Array<string | number>): unknown;
	deleteIn(path: Array<string | number>): ImmutableMap;
	toJS(): Record<string, unknown>;
}
interface DecapEntry {
	get(key: 'data'): ImmutableMap;
	get(key: 'collection' | 'slug' | 'path'): string | undefined;
}
export interface DecapCms {
	init(options?: unknown): void;
	registerEventListener(listener: { name: string; handler: (event: { entry: DecapEntry }) => unknown }): void;
	registerPreviewTemplate(collection: string, component: unknown): void;
	registerPreviewStyle(href: string): void;
}
declare global {
	interface Window {
		CMS_MANUAL_INIT?: boolean;
		CMS?: DecapCms;
	}
}

window.CMS_MANUAL_INIT = true;

const config: Promise<CmsConfig> = fetch('/admin/config.yml')
	.then((r) => r.text())
	.then((text) => parseYaml(text) as CmsConfig);

function fieldsOf(cfg: CmsConfig, collection: string | undefined): CmsField[] {
	return cfg.collections.find((c) => c.name === collection)?.fields ?? [];
}

async function runCheck(): Promise<CheckResult | null> {
	const response = await fetch('/api/check', { method: 'POST' }).catch(() => null);
	if (!response || !response.ok || !(response.headers.get('content-type') ?? '').includes('json')) return null;
	return (await response.json()) as CheckResult;
}

window.addEventListener('DOMContentLoaded', async () => {
	const cms = window.CMS;
	if (!cms) return;
	const cfg = await config;
	cms.registerEventListener({
		name: 'preSave',
		handler: ({ entry }) => {
			let data = entry.get('data');
			for (const path of emptyPaths(data.toJS(), fieldsOf(cfg, entry.get('collection')))) data = data.deleteIn(path);
			return data;
		},
	});
	cms.registerEventListener({
		name: 'postSave',
		handler: async ({ entry }) => {
			const result = await runCheck();
			if (result) showCheckResult(document, result, entry.get('path'));
		},
	});
	await registerArticlePreview(cms, fieldsOf(cfg, 'articles'));
	cms.init();
});
