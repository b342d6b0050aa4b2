// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import mdx from '@astrojs/mdx';
import { pagefindIntegration } from './src/integrations/pagefind.ts';
import { reconcileIntegration } from './src/integrations/reconcile.ts';

// Article bodies are rendered by the archive's own unified pipeline (src/lib/archive/article-body.ts),
// once per build in src/data/archive.ts, so Astro's Markdown stays on its fast default (Sätteri).
export default defineConfig({
	// Where the site is published: SITE_URL is its origin (https://<owner>.github.io), BASE_PATH
	// its path (/<repo>/ on a project Pages site; / on a custom domain). The deploy workflow
	// takes both from GitHub Pages; locally they default to a placeholder origin and /.
	site: process.env.SITE_URL ?? 'https://khoithidua.example.org',
	base: process.env.BASE_PATH ?? '/',
	trailingSlash: 'always',
	build: { format: 'directory', inlineStylesheets: 'never' },
	// reconcile runs after pagefind: it compares content, exports, pages and the search index.
	integrations: [mdx(), sitemap(), pagefindIntegration(), reconcileIntegration()],
	// Never inline Astro's processed scripts or small assets: the Content-Security-Policy
	// (src/lib/site/csp.ts) allows no inline script and no data: URLs.
	vite: { build: { assetsInlineLimit: 0 } },
	cacheDir: process.env.ARCHIVE_CACHE_DIR ?? './node_modules/.astro',
	devToolbar: { enabled: false },
});
