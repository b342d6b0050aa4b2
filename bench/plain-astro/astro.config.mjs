// @ts-check
// The reference for `npm run bench`: a plain Astro 7 blog over the same generated Markdown,
// a page per article and an index, nothing more, with Astro's default Markdown processor.
import { defineConfig } from 'astro/config';

export default defineConfig({
	site: 'https://plain.example.org',
	build: { format: 'directory' },
	cacheDir: process.env.PLAIN_CACHE_DIR ?? './node_modules/.astro',
	devToolbar: { enabled: false },
});
