/**
 * Astro's cache folder (`cacheDir` in astro.config.mjs), where the build also keeps what it can
 * reuse across builds (rendered article bodies, src/data/body-cache.ts). `ARCHIVE_CACHE_DIR`
 * moves it (tests and benchmarks build into their own); CI keeps it between runs.
 */
export const CACHE_DIR = (process.env.ARCHIVE_CACHE_DIR ?? './node_modules/.astro').replace(/\/$/, '');
