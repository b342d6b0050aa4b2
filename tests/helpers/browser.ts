import { afterAll, beforeAll, inject } from 'vitest';
import type { Browser } from 'playwright-core';
import { preview } from 'astro';
import { ROOT } from './build-site.ts';

import { launchChromium } from '../../scripts/chromium.ts';

export { launchChromium };

/** Serves a built site with `astro preview` on a free loopback port; returns its base URL and a stop function. */
export async function serveSite(outDir: string): Promise<{ url: string; stop: () => Promise<void> }> {
	const server = await preview({ root: ROOT, outDir, logLevel: 'error', server: { host: '127.0.0.1', port: 0 } });
	return { url: `http://127.0.0.1:${server.port}`, stop: () => server.stop() };
}

/** A built site served on loopback and a Chromium to browse it, set up once per test file. */
export interface BrowsedSite {
	/** The built site's folder (from the global setup). */
	dir: string;
	/** Base URL of the preview server. */
	url: string;
	browser: Browser;
}

/**
 * Serves a globally built site (the site fixture, or with `'mixedSiteDir'` the 1,000-article
 * build of the relevance project) and launches Chromium before the file's tests; closes both after.
 */
export function useBuiltSite(which: 'siteDir' | 'mixedSiteDir' = 'siteDir'): BrowsedSite {
	const site = {} as BrowsedSite;
	let stop: (() => Promise<void>) | undefined;
	beforeAll(async () => {
		site.dir = inject(which);
		const server = await serveSite(site.dir);
		site.url = server.url;
		stop = server.stop;
		site.browser = await launchChromium();
	});
	afterAll(async () => {
		await site.browser?.close();
		await stop?.();
	});
	return site;
}
