/**
 * `npm run dev` is the staff preview: it must look like the built site. The dev server injects
 * styles inline and runs Vite's client, which the production policy forbids; the layout gives
 * the dev server its own policy (src/lib/site/csp.ts, CSP_DEV_META), and built pages keep the
 * strict one (tests/e2e/security.test.ts).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSP_DEV_META, CSP_META } from '../../src/lib/site/csp.ts';
import { launchChromium } from '../helpers/browser.ts';
import { ROOT } from '../helpers/build-site.ts';

let server: ChildProcess | undefined;
let browser: Browser | undefined;
let url = '';

/** A free loopback port. */
const freePort = () =>
	new Promise<number>((resolve) => {
		const probe = createServer().listen(0, '127.0.0.1', () => {
			const { port } = probe.address() as { port: number };
			probe.close(() => resolve(port));
		});
	});

// `astro dev` runs as staff run it, in its own process (inside Vitest's Vite it would not serve).
beforeAll(async () => {
	const port = await freePort();
	url = `http://127.0.0.1:${port}`;
	server = spawn(process.execPath, [path.join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'dev', '--host', '127.0.0.1', '--port', String(port)], {
		cwd: ROOT,
		// Vitest's own variables (NODE_ENV=test, VITEST…) would change how Astro serves.
		env: { PATH: process.env.PATH, HOME: process.env.HOME, ASTRO_TELEMETRY_DISABLED: '1' },
		stdio: 'ignore',
	});
	// The first request waits for the server and for Vite to optimise dependencies.
	for (let tries = 0; tries < 240; tries++) {
		const ok = await fetch(`${url}/khoi/`).then((r) => r.ok, () => false);
		if (ok) break;
		await new Promise((r) => setTimeout(r, 500));
	}
	browser = await launchChromium();
}, 180_000);

afterAll(async () => {
	await browser?.close();
	server?.kill();
});

describe('npm run dev', () => {
	it('renders a page with the site styles and no Content-Security-Policy violation', async () => {
		const page = await browser!.newPage();
		page.setDefaultTimeout(120_000);
		const violations: string[] = [];
		page.on('console', (message) => {
			if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
		});
		await page.addInitScript(() => {
			document.addEventListener('securitypolicyviolation', (event) => {
				console.error(`Content Security Policy violation: ${event.violatedDirective} ${event.blockedURI}`);
			});
		});
		await page.goto(`${url}/khoi/`, { waitUntil: 'load', timeout: 120_000 });
		const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
		expect(policy).toBe(CSP_DEV_META);
		expect(policy).not.toBe(CSP_META);
		// The header's red band and the layout's width come from src/styles/global.css.
		const header = await page.locator('.site-header').evaluate((el) => getComputedStyle(el).backgroundColor);
		expect(header).not.toBe('rgba(0, 0, 0, 0)');
		const font = await page.locator('body').evaluate((el) => getComputedStyle(el).fontFamily);
		expect(font).toMatch(/Be Vietnam Pro/);
		expect(violations).toEqual([]);
		await page.close();
	}, 180_000);
});
