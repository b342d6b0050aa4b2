import { launchChromium } from './scripts/chromium.ts';
import { serveDist } from './scripts/search-serve.ts';
const site = await serveDist(process.argv[2]!);
const b = await launchChromium();
for (let run = 0; run < 4; run++) {
	const ctx = await b.newContext(); const p = await ctx.newPage();
	await p.goto(site.url + '/tim-kiem/', { waitUntil: 'load' }); await p.waitForTimeout(1000);
	await p.evaluate(() => { const w = window as any; w.__t = []; document.addEventListener('input', () => w.__t.push(Math.round(performance.now())), { capture: true }); });
	await p.locator('#search-q').pressSequentially('khoi truong', { delay: 60 });
	const t = await p.evaluate(() => (window as any).__t as number[]);
	console.log(t.slice(1).map((x, i) => x - t[i]!).join(' '));
	await ctx.close();
}
await b.close(); site.close();
