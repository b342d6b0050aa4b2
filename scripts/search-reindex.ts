/**
 * `node scripts/search-reindex.ts DIST_DIR`: runs the site's search indexing
 * (src/integrations/pagefind.ts) again on a built site, without rebuilding its pages: for
 * measuring index-side changes to search on a large build in a minute or two.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { pagefindIntegration } from '../src/integrations/pagefind.ts';

const dist = path.resolve(process.argv[2] ?? '');
const hook = pagefindIntegration().hooks['astro:build:done'] as unknown as (options: { dir: URL; logger: { info: (m: string) => void } }) => Promise<void>;
const started = performance.now();
await hook({ dir: pathToFileURL(`${dist}/`), logger: { info: (m) => console.log(m) } });
console.log(`Reindexed ${dist} in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
