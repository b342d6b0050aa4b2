// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import mdx from '@astrojs/mdx';
import { pagefindIntegration } from './src/integrations/pagefind.ts';
import { reconcileIntegration } from './src/integrations/reconcile.ts';
import { adminIntegration } from './src/integrations/admin.ts';

// Article bodies are rendered by the archive's own unified pipeline (src/lib/archive/article-body.ts),
// once per build in src/data/archive.ts, so Astro's Markdown stays on its fast default (Sätteri).
export default defineConfig({
	site: process.env.SITE_URL ?? 'https://khoithidua.example.org',
	trailingSlash: 'always',
	build: { format: 'directory', inlineStylesheets: 'never' },
	// reconcile runs after pagefind: it compares content, exports, pages and the search index.
	// admin writes the staff editor into dist/admin/ last, outside the index and the reconciliation.
	integrations: [mdx(), sitemap(), pagefindIntegration(), reconcileIntegration(), adminIntegration()],
	// Never inline Astro's processed scripts or small assets: the Content-Security-Policy
	// (src/lib/site/csp.ts) allows no inline script and no data: URLs.
	vite: { build: { assetsInlineLimit: 0 } },
	cacheDir: process.env.ARCHIVE_CACHE_DIR ?? './node_modules/.astro',
	devToolbar: { enabled: false },
});
