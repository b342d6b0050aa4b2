/**
 * The tallest listing of each route template of a built site: the largest page of each template
 * (by HTML size), measured in Chromium at 1280 px as `tests/relevance/page-budget.test.ts` does,
 * for sites too large for a test (the bench's 10,000 articles):
 *
 *   node scripts/page-heights.ts <dist> [--over 5000]
 */
import fs from 'node:fs';
import path from 'node:path';
import { commandArgs } from './cli.ts';
import { launchChromium } from './chromium.ts';
import { serveDist } from './search-serve.ts';
import { routeTemplate } from '../src/lib/site/route-template.ts';

const HELP = 'node scripts/page-heights.ts <dist> [--over <px>]: the largest page of each route template, its height at 1280 px and its HTML size; --over lists only the taller ones.';
const { values, positionals } = commandArgs('page-heights', HELP, { over: { type: 'string' } }, true);
const dir = path.resolve(positionals[0] ?? 'dist');
const over = Number(values.over ?? 0);

const largest = new Map<string, { url: string; size: number }>();
for (const rel of fs.readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
	if (!rel.endsWith('.html') || rel.startsWith('admin')) continue;
	const url = `/${rel.split(path.sep).join('/')}`.replace(/index\.html$/, '');
	const size = fs.statSync(path.join(dir, rel)).size;
	const template = routeTemplate(url);
	if ((largest.get(template)?.size ?? -1) < size) largest.set(template, { url, size });
}
const site = await serveDist(dir);
const browser = await launchChromium();
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
console.log('| template | height at 1280 px | HTML | page |\n| --- | ---: | ---: | --- |');
for (const [template, { url, size }] of [...largest].sort(([a], [b]) => a.localeCompare(b))) {
	await page.goto(site.url + url);
	const height = await page.evaluate(() => Math.round(document.querySelector('main')?.getBoundingClientRect().height ?? 0));
	if (height > over) console.log(`| \`${template}\` | ${height.toLocaleString('en')} px | ${Math.round(size / 1024)} KB | ${url} |`);
}
await browser.close();
site.close();
