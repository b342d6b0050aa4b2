/**
 * Set by `npm run build` (scripts/build.ts) for Astro's process: the index and the reconciliation
 * are then left to `scripts/search-index.ts`, run once Astro has exited, so that Pagefind's indexer
 * never holds its pages while Astro still holds the archive (at 10,000 articles the two together
 * were the build's peak, docs/benchmarks.md). `astro build` alone indexes in its own process.
 */
export const INDEX_AFTER_BUILD_ENV = 'ARCHIVE_INDEX_AFTER_BUILD';

/** Whether this Astro process leaves the index to `npm run build`'s next step. */
export function indexAfterBuild(): boolean {
	return process.env[INDEX_AFTER_BUILD_ENV] === '1';
}
