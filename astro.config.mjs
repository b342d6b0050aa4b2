// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import mdx from '@astrojs/mdx';
import { pagefindIntegration } from './src/integrations/pagefind.ts';

// Article bodies are rendered by the archive's own unified pipeline (src/lib/article-body.ts),
// once per build in src/data/archive.ts, so Astro's Markdown stays on its fast default (Sätteri).
export default defineConfig({
	site: process.env.SITE_URL ?? 'https://khoithidua.example.org',
	trailingSlash: 'always',
	build: { format: 'directory', inlineStylesheets: 'never' },
	integrations: [mdx(), sitemap(), pagefindIntegration()],
	cacheDir: process.env.ARCHIVE_CACHE_DIR ?? './node_modules/.astro',
	devToolbar: { enabled: false },
});
