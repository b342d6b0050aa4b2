/**
 * Security of the built site in Chromium: the Content-Security-Policy (src/lib/site/csp.ts, delivered
 * as a meta element and as public/_headers) holds on every page with no violation, no console
 * error and no request leaving the site; hostile content (tests/fixtures/hostile/) never reaches a
 * page as markup, and raw HTML in a body is refused by the checker and the build.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { DefaultTreeAdapterMap } from 'parse5';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSP_HEADER, CSP_META, parseCsp } from '../../src/lib/site/csp.ts';
import { renderArticleBody } from '../../src/lib/archive/article-body.ts';
import { serveSite, useBuiltSite } from '../helpers/browser.ts';
import { buildSite, OUTPUT, plainEnv, ROOT } from '../helpers/build-site.ts';
import { attr, elementsOf, type Element } from '../helpers/html-tree.ts';
import { htmlPages } from '../helpers/site-files.ts';

type Node = DefaultTreeAdapterMap['node'];

const HOSTILE = 'tests/fixtures/hostile/content';

const site = useBuiltSite();

/** The policy line for `/*` in a `_headers` file. */
function headerPolicy(file: string): string {
	const m = /^\/\*\s*\n(?:[ \t]+.*\n)*?[ \t]+Content-Security-Policy:\s*(.+)$/m.exec(fs.readFileSync(file, 'utf8'));
	expect(m, `${file} sets Content-Security-Policy for /*`).not.toBeNull();
	return m![1]!.trim();
}

interface Visit {
	violations: string[];
	consoleErrors: string[];
	failed: string[];
	hosts: Set<string>;
}

/**
 * Opens a URL with both deliveries of the policy in force (the page's meta element, plus the
 * `_headers` policy added to every HTML response) and records what went wrong.
 */
async function visit(page: Page, url: string): Promise<Visit> {
	const result: Visit = { violations: [], consoleErrors: [], failed: [], hosts: new Set() };
	page.on('console', (m) => m.type() === 'error' && result.consoleErrors.push(m.text()));
	page.on('pageerror', (e) => result.consoleErrors.push(String(e)));
	page.on('request', (r) => result.hosts.add(new URL(r.url()).host));
	// ERR_ABORTED is the next navigation cancelling a late request (the favicon), not a failure.
	page.on('requestfailed', (r) => r.failure()?.errorText !== 'net::ERR_ABORTED' && result.failed.push(`${r.url()} ${r.failure()?.errorText}`));
	page.on('response', (r) => r.status() >= 400 && result.failed.push(`${r.url()} ${r.status()}`));
	await page.goto(url, { waitUntil: 'load' });
	// Pages with scripts (search) keep fetching after load: let them finish.
	if (await page.locator('script[src]').count()) await page.waitForLoadState('networkidle');
	result.violations = await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
	return result;
}

async function policedPage(policy: string): Promise<Page> {
	const context = await site.browser.newContext();
	await context.addInitScript(() => {
		const w = window as unknown as { __csp: string[] };
		w.__csp = [];
		document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`));
	});
	// Pages (`…/` and `….html`) get the header policy too, as Netlify or Cloudflare would send it.
	await context.route(
		(url) => url.pathname.endsWith('/') || url.pathname.endsWith('.html'),
		async (route) => {
			const response = await route.fetch();
			return route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': policy } });
		},
	);
	return context.newPage();
}

describe('Content-Security-Policy', () => {
	it('is one policy, delivered as the meta element of every page and in public/_headers (copied to the build)', () => {
		expect(headerPolicy(path.join(ROOT, 'public/_headers'))).toBe(CSP_HEADER);
		expect(fs.readFileSync(path.join(site.dir, '_headers'), 'utf8')).toBe(fs.readFileSync(path.join(ROOT, 'public/_headers'), 'utf8'));
		const header = parseCsp(CSP_HEADER);
		for (const [name, sources] of parseCsp(CSP_META)) expect(header.get(name), name).toEqual(sources);
		expect([...header.keys()].filter((k) => !parseCsp(CSP_META).has(k))).toEqual(['frame-ancestors']);
		// Strict: nothing inline, nothing from elsewhere.
		expect(CSP_META).not.toMatch(/(^|\s)'unsafe-(inline|eval|hashes)'|\*|https?:|data:|blob:/);
		const pages = htmlPages(site.dir);
		const wrong = pages.filter((p) => !fs.readFileSync(path.join(site.dir, p.file), 'utf8').includes(`<meta http-equiv="Content-Security-Policy" content="${CSP_META.replaceAll("'", '&#39;')}">`) && !fs.readFileSync(path.join(site.dir, p.file), 'utf8').includes(`<meta http-equiv="Content-Security-Policy" content="${CSP_META}">`));
		expect(wrong.map((p) => p.url)).toEqual([]);
		expect(pages.length).toBeGreaterThan(40);
	});

	it('holds on every page: no violation, no console error, no failed or off-site request', { timeout: 180_000 }, async () => {
		const host = new URL(site.url).host;
		const problems: string[] = [];
		const urls = htmlPages(site.dir).map((p) => p.url);
		if (urls.includes('/tim-kiem/')) urls.push('/tim-kiem/?q=da%20nang');
		// Three tabs at a time; each tab keeps its listeners for one URL only.
		const queue = [...urls];
		await Promise.all(
			[0, 1, 2].map(async () => {
				const page = await policedPage(CSP_HEADER);
				for (let url = queue.shift(); url !== undefined; url = queue.shift()) {
					page.removeAllListeners();
					const v = await visit(page, `${site.url}${url}`);
					for (const x of v.violations) problems.push(`${url}: CSP violation ${x}`);
					for (const x of v.consoleErrors) problems.push(`${url}: console error ${x}`);
					for (const x of v.failed) if (!(url === '/404.html' && x.endsWith(' 404') && x.includes('/404.html'))) problems.push(`${url}: failed ${x}`);
					for (const h of v.hosts) if (h !== host) problems.push(`${url}: request to ${h}`);
				}
				await page.context().close();
			}),
		);
		expect(urls.length).toBeGreaterThan(40);
		expect(problems.sort()).toEqual([]);
	});

	it('is enforced: an injected inline script does not run and is reported (so the listener above can fail)', async () => {
		const page = await policedPage(CSP_HEADER);
		await page.goto(`${site.url}/bai-viet/2019-dong-bang-song-hong-tong-ket/`);
		const ran = await page.evaluate(async () => {
			const s = document.createElement('script');
			s.textContent = 'window.__ran = true';
			document.body.append(s);
			const b = document.createElement('button');
			b.setAttribute('onclick', 'window.__ran = true');
			document.body.append(b);
			b.click();
			await new Promise((r) => setTimeout(r, 50));
			return (window as unknown as { __ran?: boolean }).__ran ?? false;
		});
		expect(ran).toBe(false);
		const violations = await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
		// Each is reported once per delivered policy (meta element and header).
		expect([...new Set(violations.map((v) => v.split(' ')[0]))]).toEqual(['script-src-elem', 'script-src-attr']);
		await page.context().close();
	});

	it('lets Pagefind search under the policy (WebAssembly), finding every article by its title', async () => {
		const page = await policedPage(CSP_HEADER);
		await page.goto(`${site.url}/bai-viet/`);
		const articles = JSON.parse(fs.readFileSync(path.join(site.dir, 'du-lieu/articles.json'), 'utf8')) as Array<{ url: string; title: string }>;
		expect(articles).toHaveLength(5);
		// A string, so that Vitest does not rewrite the browser's import() into its own loader.
		const found = (await page.evaluate(`(async (titles) => {
			const pagefind = await import('/pagefind/pagefind.js');
			const out = {};
			for (const title of titles) {
				const { results } = await pagefind.search(title);
				out[title] = await Promise.all(results.slice(0, 10).map(async (r) => (await r.data()).url));
			}
			return out;
		})(${JSON.stringify(articles.map((a) => a.title))})`)) as Record<string, string[]>;
		const missing = articles.filter((a) => !found[a.title]!.includes(a.url)).map((a) => `${a.title} → ${found[a.title]!.join(', ')}`);
		expect(missing).toEqual([]);
		expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
		await page.context().close();
	});
});

describe('hostile content', () => {
	let hostile: { ok: boolean; log: string; outDir: string };
	let hostileSite: { url: string; stop: () => Promise<void> };
	beforeAll(async () => {
		hostile = buildSite('hostile', HOSTILE);
		if (hostile.ok) hostileSite = await serveSite(hostile.outDir);
	});
	afterAll(async () => {
		await hostileSite?.stop();
	});

	const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'srcset', 'data', 'poster', 'background', 'ping', 'cite']);

	it('builds, and no page carries a script, an event handler, a javascript:/vbscript:/data: URL or an embedding element', () => {
		expect(hostile.ok, hostile.log).toBe(true);
		const problems: string[] = [];
		const pages = htmlPages(hostile.outDir);
		for (const page of pages) {
			for (const el of elementsOf(fs.readFileSync(path.join(hostile.outDir, page.file), 'utf8'))) {
				const where = `${page.url} <${el.tagName}>`;
				// The only scripts: JSON-LD data, and the site's own bundles (the search page).
				if (el.tagName === 'script' && attr(el, 'type') !== 'application/ld+json' && !/^\/(_astro|pagefind)\/[\w.-]+\.js$/.test(attr(el, 'src') ?? '')) problems.push(`${where} script`);
				if (['iframe', 'object', 'embed', 'style', 'base', 'frame', 'applet'].includes(el.tagName)) problems.push(`${where} element`);
				if (el.tagName === 'form' && !/^\/[\w/-]*$/.test(attr(el, 'action') ?? '')) problems.push(`${where} form action=${attr(el, 'action')}`);
				if (el.tagName === 'meta' && attr(el, 'http-equiv') && attr(el, 'http-equiv') !== 'Content-Security-Policy') problems.push(`${where} http-equiv`);
				for (const a of el.attrs) {
					if (/^on/i.test(a.name)) problems.push(`${where} ${a.name}`);
					// Browsers ignore tabs, newlines and leading controls inside a scheme: so do we.
					if (URL_ATTRIBUTES.has(a.name) && /^(javascript|vbscript|data):/i.test(a.value.replace(/[\u0000-\u0020]/g, ''))) problems.push(`${where} ${a.name}=${a.value}`);
				}
			}
		}
		expect(problems).toEqual([]);
		expect(pages.length).toBeGreaterThan(10);
	});

	it('shows hostile front matter as text, escaped, and keeps JSON-LD intact', () => {
		const html = fs.readFileSync(path.join(hostile.outDir, 'bai-viet/2019-khoi-mau-tong-ket/index.html'), 'utf8');
		const els = elementsOf(html);
		const text = (el: Element): string => el.childNodes.map((c) => ('value' in c ? c.value : 'tagName' in c ? text(c) : '')).join('');
		expect(text(els.find((e) => e.tagName === 'h1')!)).toBe(`<script>window.__pwned = 'title'</script> Hội nghị "><img src=x onerror=window.__pwned='title-img'>`);
		const facts = text(els.find((e) => e.tagName === 'aside')!);
		expect(facts).toContain(`</title><script>window.__pwned = 'place'</script>`);
		expect(facts).toContain(`Cờ thi đua <img src=x onerror="window.__pwned = 'award'">`);
		expect(facts).toContain(`<svg onload="window.__pwned = 'official'">`);
		const ld = JSON.parse(text(els.find((e) => attr(e, 'type') === 'application/ld+json')!)) as { headline: string; author: { name: string } };
		expect(ld.headline).toBe(`<script>window.__pwned = 'title'</script> Hội nghị "><img src=x onerror=window.__pwned='title-img'>`);
		expect(ld.author.name).toBe(`</script><script>window.__pwned = 'author'</script>`);
		// Markdown links with unsafe schemes keep their words and lose their target.
		const body = els.find((e) => attr(e, 'class') === 'article-body')!;
		const inBody: Element[] = [];
		const walk = (n: Node) => {
			if ('tagName' in n) inBody.push(n);
			if ('childNodes' in n) n.childNodes.forEach(walk);
		};
		walk(body);
		expect(inBody.filter((e) => e.tagName === 'a').map((e) => attr(e, 'href') ?? null)).toEqual([null, null, null, null, null, null, null, null, '/']);
		expect(inBody.filter((e) => e.tagName === 'img').map((e) => attr(e, 'src') ?? null)).toEqual([null, 'x%22onerror=%22window.__pwned=\'image-attr\'']);
		expect(text(body)).toContain('liên kết javascript');
		expect(text(body)).toContain(`<script>window.__pwned = 'fence'</script>`);
	});

	it('runs none of it in Chromium, and serves the original source as plain text', async () => {
		const context = await site.browser.newContext();
		const page = await context.newPage();
		const dialogs: string[] = [];
		page.on('dialog', async (d) => {
			dialogs.push(d.message());
			await d.dismiss();
		});
		const pwned: string[] = [];
		const pages = htmlPages(hostile.outDir);
		expect(pages.length).toBeGreaterThan(10);
		for (const p of pages) {
			await page.goto(`${hostileSite.url}${p.url}`);
			// Give any smuggled handler its event: hover, focus and load on every element.
			await page.evaluate(() => {
				for (const el of document.querySelectorAll('body *')) for (const type of ['mouseover', 'focus', 'load', 'error']) el.dispatchEvent(new Event(type));
			});
			const value = await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned);
			if (value) pwned.push(`${p.url}: ${value}`);
		}
		const response = await page.goto(`${hostileSite.url}/nguon/mau-2019.txt`);
		expect(response!.headers()['content-type']).toMatch(/^text\/plain/);
		expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
		expect(pwned).toEqual([]);
		expect(dialogs).toEqual([]);
		await context.close();
	});
});

describe('raw HTML in an article body', () => {
	const tree = path.join(OUTPUT, 'hostile-raw', 'content');
	const article = path.join(tree, 'articles', '2020-khoi-mau-tong-ket.md');
	const rel = path.relative(ROOT, article);
	beforeAll(() => {
		fs.rmSync(path.dirname(tree), { recursive: true, force: true });
		fs.cpSync(path.join(ROOT, HOSTILE), tree, { recursive: true });
		fs.copyFileSync(path.join(ROOT, 'tests/fixtures/hostile/raw-html.md'), article);
	});

	it('is refused by `npm run check`, which names every piece at file:line:col', () => {
		const run = spawnSync(process.execPath, ['scripts/check.ts'], { cwd: ROOT, encoding: 'utf8', env: plainEnv({ ARCHIVE_CONTENT_DIR: path.relative(ROOT, tree) }) });
		expect(run.status).toBe(1);
		const errors = run.stdout.split('\n').filter((l) => /\berror\b.*no-raw-html/.test(l)).map((l) => l.trim().split(/\s+/)[0]!.split('-')[0]);
		expect(run.stdout).toContain(rel);
		// One message per HTML node: a block, or each inline tag (opening and closing) in a paragraph.
		expect(errors).toEqual(['13:1', '15:9', '17:1', '17:81', '19:1', '21:1', '23:1', '23:6', '23:36', '23:45', '25:1', '27:1']);
		expect(run.stdout).toMatch(/12 lỗi/);
	});

	it('is dropped by the renderer even if the check were skipped (defence in depth)', () => {
		const body = fs.readFileSync(article, 'utf8').split(/^---$/m)[2]!;
		const { html, messages } = renderArticleBody(body, { path: rel, quotes: [] });
		expect(html).not.toMatch(/<script|<iframe|<style|<svg|<form|<div|\son\w+=|javascript:/i);
		// Blocks go whole; inline tags go and leave their text, which is only text.
		expect(html).toBe("<p>Đoạn mở đầu.</p>\n<p>Đoạn có  ảnh.</p>\n<p>bấm</p>\n<p>window.__pwned = 'svg'</p>");
		expect(messages.every((m) => m.fatal && m.ruleId === 'no-raw-html')).toBe(true);
	});
});
