// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import mdx from '@astrojs/mdx';
import { pagefindIntegration } from './src/integrations/pagefind.ts';
import { pageLedger, reconcileIntegration } from './src/integrations/reconcile.ts';
import { CACHE_DIR } from './src/cache-dir.ts';
import { adminIntegration } from './src/integrations/admin.ts';

// Article bodies are rendered by the archive's own unified pipeline (src/lib/archive/article-body.ts),
// once per build in src/data/archive.ts, so Astro's Markdown stays on its fast default (Sätteri).
const ledger = pageLedger();

export default defineConfig({
	// Where the site is published: SITE_URL is its origin (https://<owner>.github.io), BASE_PATH
	// its path (/<repo>/ on a project Pages site; / on a custom domain). The deploy workflow
	// takes both from GitHub Pages; locally they default to a placeholder origin and /.
	site: process.env.SITE_URL ?? 'https://khoithidua.example.org',
	base: process.env.BASE_PATH ?? '/',
	trailingSlash: 'always',
	build: { format: 'directory', inlineStylesheets: 'never' },
	// reconcile runs after pagefind: it compares content, exports, pages and the search index,
	// reading the pages' facts from the ledger the Pagefind integration fills as it reads each page once.
	// admin writes the staff editor into dist/admin/ last, outside the index and the reconciliation.
	integrations: [mdx(), sitemap(), pagefindIntegration({ ledger }), reconcileIntegration({ ledger }), adminIntegration()],
	// Never inline Astro's processed scripts or small assets: the Content-Security-Policy
	// (src/lib/site/csp.ts) allows no inline script and no data: URLs.
	// The search page's worker (src/scripts/search-worker.ts) is a module: it imports Pagefind's script.
	vite: { build: { assetsInlineLimit: 0 }, worker: { format: 'es' } },
	// Also holds the rendered article bodies (src/data/body-cache.ts); CI keeps it between runs.
	cacheDir: CACHE_DIR,
	devToolbar: { enabled: false },
});
