/**
 * Entry of the search page (the only page with JavaScript). It starts loading Pagefind (every shard of the index) at once
 * and the page's code in parallel; the dynamic import also keeps this entry an external file,
 * never inlined into the HTML (Astro inlines only small scripts without imports), as a
 * `script-src 'self'` Content-Security-Policy requires.
 */
import { createSearchEngine } from './search-engine.ts';
import { loadDWords, loadPairs, loadShards } from './search-pagefind.ts';

const engine = Promise.all([loadShards(), loadDWords(), loadPairs()]).then(([{ shards, pages }, dWords, pairs]) => createSearchEngine(shards, dWords, pairs, pages));
engine.catch((error: unknown) => console.error('Tìm kiếm:', error));
import('./search-ui.ts').then(({ startSearchUi }) => startSearchUi(document, engine));
