/**
 * Accessibility of every built page in Chromium: axe-core (WCAG 2.0/2.1/2.2 A and AA) with zero
 * violations, tables with captions and headers, charts with text alternatives, scrollable regions
 * reachable by keyboard, nothing moving under `prefers-reduced-motion`, no horizontal scrolling at
 * 320 px; and keyboard use of the header, the skip link, search, tables and timelines with a
 * visible focus indicator.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useBuiltSite } from '../helpers/browser.ts';
import { axeViolations as axe } from '../helpers/axe.ts';
import { htmlPages } from '../helpers/site-files.ts';

const site = useBuiltSite();

/**
 * axe is injected as an inline script, which the site's own Content-Security-Policy forbids:
 * these contexts bypass CSP (tests/e2e/security.test.ts checks the policy itself).
 */
const context = (options: Parameters<Browser['newContext']>[0] = {}): Promise<BrowserContext> => site.browser.newContext({ bypassCSP: true, reducedMotion: 'reduce', ...options });

/** Structural checks axe does not make, run in the page. */
function pageChecks(): string[] {
	const problems: string[] = [];
	const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
	const labelled = (el: Element) =>
		text(el.querySelector(':scope > caption')) ||
		el.getAttribute('aria-label')?.trim() ||
		(el.getAttribute('aria-labelledby') ?? '')
			.split(/\s+/)
			.map((id) => text(document.getElementById(id)))
			.join(' ')
			.trim();
	const describe = (el: Element) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.split(' ')[0]}` : ''}`;
	// Tables: a caption (or label) and header cells with a scope.
	for (const table of document.querySelectorAll('table')) {
		if (table.getAttribute('role') === 'presentation') continue;
		if (!labelled(table)) problems.push(`${describe(table)}: table without caption`);
		const ths = [...table.querySelectorAll('th')];
		if (ths.length === 0) problems.push(`${describe(table)}: table without header cells`);
		for (const th of ths) if (!th.closest('thead') && !th.getAttribute('scope') && !th.id) problems.push(`${describe(table)}: <th> “${text(th)}” outside thead without scope`);
	}
	// Charts and other graphics: hidden, or named and described.
	for (const svg of document.querySelectorAll('svg')) {
		if (svg.parentElement?.closest('svg') || svg.closest('[aria-hidden="true"]')) continue;
		const name = labelled(svg) || text(svg.querySelector(':scope > title'));
		if (!name) problems.push(`${describe(svg)}: graphic without a text alternative`);
		const role = svg.getAttribute('role');
		if (!role || !['img', 'group', 'figure', 'graphics-document'].includes(role)) problems.push(`${describe(svg)}: graphic without an img/group role`);
		const described = (svg.getAttribute('aria-describedby') ?? '').split(/\s+/).some((id) => text(document.getElementById(id)).length > 0) || svg.closest('figure')?.querySelector('figcaption, table');
		if (svg.querySelectorAll('rect, path, circle, line').length > 3 && !described) problems.push(`${describe(svg)}: chart without a description or table`);
	}
	// Scrollable regions: reachable and named, so keyboard users can scroll them.
	for (const el of document.querySelectorAll('body *')) {
		const style = getComputedStyle(el);
		const scrolls = (/(auto|scroll)/.test(style.overflowX) && el.scrollWidth > el.clientWidth + 1) || (/(auto|scroll)/.test(style.overflowY) && el.scrollHeight > el.clientHeight + 1);
		if (!scrolls) continue;
		if ((el as HTMLElement).tabIndex < 0 && !el.querySelector('a[href], button, input, select, textarea, [tabindex]:not([tabindex="-1"])')) problems.push(`${describe(el)}: scrollable region not focusable`);
		if ((el as HTMLElement).tabIndex >= 0 && !labelled(el)) problems.push(`${describe(el)}: focusable scrollable region without a name`);
	}
	// Tab order follows the document: no positive tabindex.
	for (const el of document.querySelectorAll('[tabindex]')) if (Number(el.getAttribute('tabindex')) > 0) problems.push(`${describe(el)}: positive tabindex`);
	// Reduced motion: nothing animates or transitions, no smooth scrolling.
	for (const el of [document.documentElement, ...document.querySelectorAll('body, body *')]) {
		const style = getComputedStyle(el);
		if (style.animationName !== 'none' && style.animationDuration.split(',').some((d) => parseFloat(d) > 0)) problems.push(`${describe(el)}: animates under reduced motion`);
		if (style.transitionDuration.split(',').some((d) => parseFloat(d) > 0)) problems.push(`${describe(el)}: transitions under reduced motion`);
		if (style.scrollBehavior === 'smooth') problems.push(`${describe(el)}: smooth scrolling under reduced motion`);
	}
	return problems;
}

describe('every page', () => {
	it('has no axe violation (WCAG 2.2 AA) at 1280 px (and at 320 px on one page per template), passes the structural checks and does not scroll sideways at 320 px', { timeout: 300_000 }, async () => {
		const urls = htmlPages(site.dir).map((p) => p.url);
		// The search page once more with results on it.
		if (urls.includes('/tim-kiem/')) urls.push('/tim-kiem/?q=da%20nang');
		// One page per route template (`/khoi/<id>/`, `/nam/<year>/` …) is enough for axe at 320 px:
		// the templates share their markup, and axe is the slow part.
		const templates = new Set<string>();
		const narrowAxe = new Set(urls.filter((u) => {
			const key = u.replace(/[^/]+\/$/, '*/');
			return !templates.has(key) && templates.add(key);
		}));
		const problems: string[] = [];
		const queue = [...urls];
		await Promise.all(
			[0, 1].map(async () => {
				const ctx = await context({ viewport: { width: 1280, height: 900 } });
				const page = await ctx.newPage();
				for (let url = queue.shift(); url !== undefined; url = queue.shift()) {
					await page.setViewportSize({ width: 1280, height: 900 });
					await page.goto(`${site.url}${url}`, { waitUntil: 'load' });
					if (await page.locator('script[src]').count()) await page.waitForLoadState('networkidle');
					for (const v of await axe(page)) problems.push(`${url} @1280: ${v}`);
					for (const v of await page.evaluate(pageChecks)) problems.push(`${url} @1280: ${v}`);
					await page.setViewportSize({ width: 320, height: 640 });
					const width = await page.evaluate(() => document.documentElement.scrollWidth);
					if (width > 320) problems.push(`${url} @320: page is ${width} px wide`);
					if (narrowAxe.has(url)) for (const v of await axe(page)) problems.push(`${url} @320: ${v}`);
					for (const v of await page.evaluate(pageChecks)) problems.push(`${url} @320: ${v}`);
				}
				await ctx.close();
			}),
		);
		expect(problems.sort()).toEqual([]);
		expect(urls.length).toBeGreaterThan(40);
		expect(narrowAxe.size).toBeGreaterThan(10);
	});

	it('the checks above can fail: a table without caption, an unnamed chart, a hidden scroller, motion', async () => {
		const ctx = await context();
		const page = await ctx.newPage();
		await page.setContent(`<!DOCTYPE html><html lang="vi"><head><title>t</title><style>.a{transition:color 1s}</style></head><body>
			<table><tr><td>1</td></tr></table><svg><rect/><rect/><rect/><rect/></svg>
			<div style="overflow-x:auto;width:50px"><p style="width:500px">rộng</p></div><p class="a" tabindex="2">x</p>
			<p style="color:#999;background:#fff">chữ mờ</p><img src="/favicon.svg"></body></html>`);
		expect(await page.evaluate(pageChecks)).toEqual([
			'table: table without caption',
			'table: table without header cells',
			'svg: graphic without a text alternative',
			'svg: graphic without an img/group role',
			'svg: chart without a description or table',
			'div: scrollable region not focusable',
			'p.a: positive tabindex',
			'p.a: transitions under reduced motion',
		]);
		expect([...new Set((await axe(page)).map((v) => v.split(' ')[0]))].sort()).toEqual(['color-contrast', 'image-alt']);
		await ctx.close();
	});
});

/** What the keyboard focus is on, as a short readable label. */
const focused = (page: Page) =>
	page.evaluate(() => {
		const el = document.activeElement as HTMLElement | null;
		if (!el || el === document.body) return 'body';
		const name = el.getAttribute('aria-label') ?? ((el as HTMLInputElement).labels?.[0]?.textContent || el.textContent || '');
		return `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} ${name.replace(/\s+/g, ' ').trim()}`.trim();
	});

/** Relative luminance contrast of two `rgb()` colours. */
function contrast(a: string, b: string): number {
	const lum = (c: string) => {
		const [r, g, bl] = c.match(/[\d.]+/g)!.slice(0, 3).map((v) => Number(v) / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
		return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
	};
	const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
	return (x! + 0.05) / (y! + 0.05);
}

/**
 * The focus indicator of the focused element: it changes the pixels around the element, and its
 * outline contrasts 3:1 with what lies behind it (WCAG 2.4.7, 1.4.11).
 */
async function focusIndicator(page: Page): Promise<string | null> {
	const info = await page.evaluate(() => {
		const el = document.activeElement as HTMLElement;
		const r = el.getBoundingClientRect();
		const style = getComputedStyle(el);
		// What is painted just outside the element's left edge, where the outline is drawn.
		const x = Math.max(0, r.left - 3);
		const y = r.top + r.height / 2;
		const behind = document.elementsFromPoint(x, y).find((e) => e !== el && !el.contains(e) && !e.contains(el)) ?? document.elementsFromPoint(x, y).find((e) => e !== el && !el.contains(e));
		let bg = 'rgb(255, 255, 255)';
		for (let e: Element | null = behind ?? null; e; e = e.parentElement) {
			const c = getComputedStyle(e).backgroundColor;
			if (c !== 'rgba(0, 0, 0, 0)' && c !== 'transparent') {
				bg = c;
				break;
			}
		}
		return { box: { x: r.left - 8, y: r.top - 8, width: r.width + 16, height: r.height + 16 }, outline: style.outlineStyle, width: parseFloat(style.outlineWidth), color: style.outlineColor, bg };
	});
	if (info.outline === 'none' || info.width < 2) return `no outline (${info.outline} ${info.width}px)`;
	const ratio = contrast(info.color, info.bg);
	if (ratio < 3) return `outline ${info.color} on ${info.bg} has contrast ${ratio.toFixed(2)}:1`;
	const clip = { ...info.box, x: Math.max(0, info.box.x), y: Math.max(0, info.box.y) };
	if (clip.width <= 0 || clip.height <= 0) return 'not on screen';
	const withFocus = await page.screenshot({ clip });
	const handle = await page.evaluateHandle(() => document.activeElement as HTMLElement);
	await handle.evaluate((el) => el.blur());
	const without = await page.screenshot({ clip });
	await handle.evaluate((el) => el.focus({ focusVisible: true } as FocusOptions));
	return withFocus.equals(without) ? 'focus changes no pixel' : null;
}

describe('keyboard', () => {
	let ctx: BrowserContext;
	beforeAll(async () => {
		ctx = await context({ viewport: { width: 1280, height: 900 } });
	});
	afterAll(async () => ctx?.close());

	it('tabs from the skip link through the header (brand, every nav link, search) into the page, with a visible focus', async () => {
		const page = await ctx.newPage();
		await page.goto(`${site.url}/`);
		const expected = await page.evaluate(() => {
			const focusable = 'a[href], button:not([disabled]), input:not([type=hidden]):not([disabled]), select, textarea, [tabindex]:not([tabindex="-1"])';
			const header = [...document.querySelectorAll(`header.site-header :is(${focusable})`)];
			return { count: header.length, nav: document.querySelectorAll('.site-nav a').length };
		});
		const order: string[] = [];
		const problems: string[] = [];
		for (let i = 0; i < expected.count + 2; i++) {
			await page.keyboard.press('Tab');
			order.push(await focused(page));
			const p = await focusIndicator(page);
			if (p) problems.push(`${order.at(-1)}: ${p}`);
		}
		expect(order[0]).toBe('a Bỏ qua, đến nội dung chính');
		expect(order[1]).toMatch(/^a Kho tư liệu Khối thi đua/);
		const navLinks = await page.locator('.site-nav a').allTextContents();
		expect(order.slice(2, 2 + expected.nav)).toEqual(navLinks.map((t) => `a ${t.trim()}`));
		expect(order.slice(2 + expected.nav)).toContain('input#site-search-q Tìm trong kho tư liệu');
		expect(order.at(-1)).not.toMatch(/^(body|a Bỏ qua)/);
		expect(problems).toEqual([]);
		await page.close();
	});

	it('shows the skip link when focused, and Enter moves focus to the main content', async () => {
		const page = await ctx.newPage();
		await page.goto(`${site.url}/khoi/dong-bang-song-hong/`);
		await page.keyboard.press('Tab');
		const box = await page.locator('.skip-link').boundingBox();
		expect(box!.y).toBeGreaterThanOrEqual(0);
		expect(box!.width).toBeGreaterThan(100);
		await page.keyboard.press('Enter');
		expect(await focused(page)).toMatch(/^main#noi-dung/);
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => !!document.activeElement?.closest('main'))).toBe(true);
		await page.close();
	});

	it('searches from the header with the keyboard alone', async () => {
		const page = await ctx.newPage();
		await page.goto(`${site.url}/`);
		for (let i = 0; i < 30 && !(await focused(page)).startsWith('input#site-search-q'); i++) await page.keyboard.press('Tab');
		expect(await focused(page)).toBe('input#site-search-q Tìm trong kho tư liệu');
		await page.keyboard.type('da nang');
		await Promise.all([page.waitForURL(/\/tim-kiem\/\?q=da\+nang$/), page.keyboard.press('Enter')]);
		await page.close();
	});

	it('reaches every timeline and table link of a bloc page in document order, and scrolls a table region with the arrow keys at 320 px', async () => {
		const page = await ctx.newPage();
		await page.setViewportSize({ width: 320, height: 640 });
		await page.goto(`${site.url}/khoi/dong-bang-song-hong/`);
		const wanted = await page.evaluate(() => {
			const focusable = 'a[href], button, input, select, textarea, [tabindex]:not([tabindex="-1"])';
			const all = [...document.querySelectorAll(focusable)].filter((e) => (e as HTMLElement).offsetParent !== null || e.getClientRects().length > 0);
			return all.map((e, i) => ({ i, timeline: !!e.closest('.timeline'), region: e.getAttribute('role') === 'region' })).filter((e) => e.timeline || e.region).map((e) => e.i);
		});
		const seen: number[] = [];
		const problems: string[] = [];
		for (let step = 0; step < 400; step++) {
			await page.keyboard.press('Tab');
			const index = await page.evaluate(() => {
				const focusable = 'a[href], button, input, select, textarea, [tabindex]:not([tabindex="-1"])';
				const all = [...document.querySelectorAll(focusable)].filter((e) => (e as HTMLElement).offsetParent !== null || e.getClientRects().length > 0);
				return all.indexOf(document.activeElement!);
			});
			if (index < 0 || (seen.length && index < seen.at(-1)!)) break;
			seen.push(index);
			if (wanted.includes(index) && (wanted.indexOf(index) < 3 || index === wanted.at(-1))) {
				const p = await focusIndicator(page);
				if (p) problems.push(`${await focused(page)}: ${p}`);
			}
		}
		expect(wanted.filter((i) => !seen.includes(i))).toEqual([]);
		expect(wanted.length).toBeGreaterThan(10);
		expect(problems).toEqual([]);

		const region = page.getByRole('region', { name: /Luân phiên/ });
		await region.evaluate((el) => (el.scrollLeft = 0));
		await region.focus();
		const before = await region.evaluate((el) => [el.scrollLeft, el.scrollWidth - el.clientWidth]);
		expect(before[1]).toBeGreaterThan(0);
		await page.keyboard.press('ArrowRight');
		await page.keyboard.press('ArrowRight');
		await expect.poll(() => region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(before[0]!);
		await page.close();
	});
});
