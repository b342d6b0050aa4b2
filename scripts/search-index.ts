/**
 * `node scripts/search-index.ts DIST_DIR [--no-reconcile]`: indexes a built site with Pagefind
 * (src/integrations/pagefind.ts), then reconciles its counts (src/integrations/reconcile.ts).
 * `npm run build` runs it once Astro has exited, so that Pagefind's indexer and Astro's archive
 * are never in memory together; `--no-reconcile` indexes again a site built from other content,
 * to measure index-side changes without rebuilding its pages.
 */
import path from 'node:path';
import { AstroError } from 'astro/errors';
import { indexSite } from '../src/integrations/pagefind.ts';
import { pageLedger, reconcileBuilt } from '../src/integrations/reconcile.ts';
import { withBase } from '../src/lib/site/routes.ts';

const args = process.argv.slice(2);
const dist = path.resolve(args.find((a) => !a.startsWith('--')) ?? '');
// The base path the site is built for, read as Astro's config reads it (BASE_PATH).
const base = withBase('/');
const log = (step: string) => (message: string) => console.log(`${new Date().toTimeString().slice(0, 8)} [${step}] ${message}`);
const ledger = pageLedger();
const started = performance.now();
try {
	await indexSite(dist, { base, ledger, log: log('archive:pagefind') });
	if (!args.includes('--no-reconcile')) reconcileBuilt(dist, base, ledger, log('archive:reconcile'));
} catch (error) {
	// The build's own messages, as Astro prints them: what is wrong, then what to do.
	console.error(error instanceof AstroError ? `${error.message}\n${error.hint ?? ''}` : error);
	process.exit(1);
}
log('archive:pagefind')(`Search index of ${path.relative(process.cwd(), dist) || dist} done in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
