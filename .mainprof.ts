import { launchChromium } from './scripts/chromium.ts';
import { serveDist } from './scripts/search-serve.ts';
const site = await serveDist(process.argv[2]!);
const q = process.env.Q ?? 'thi dua';
const b = await launchChromium();
for (let run = 0; run < 2; run++) {
	const ctx = await b.newContext();
	const p = await ctx.newPage();
	await p.goto(site.url + '/tim-kiem/', { waitUntil: 'load' });
	await p.waitForTimeout(1000);
	const cdp = await ctx.newCDPSession(p);
	await cdp.send('Profiler.enable'); await cdp.send('Profiler.setSamplingInterval', { interval: 200 }); await cdp.send('Profiler.start');
	await p.evaluate(() => document.addEventListener('keydown', () => ((window as any).__key = performance.now()), { capture: true }));
	await p.locator('#search-q').pressSequentially(q, { delay: 60 });
	const h = await p.waitForFunction((q) => { const s = document.querySelector<HTMLElement>('[data-search-summary]'); const l = document.querySelector('[data-search-results]'); return s && !s.hidden && s.textContent?.includes(`“${q}”`) && !l?.hasAttribute('aria-busy') ? performance.now() : false; }, q, { polling: 'raf', timeout: 60000 });
	const shown = await h.jsonValue() as number; const key = await p.evaluate(() => (window as any).__key);
	const { profile } = await cdp.send('Profiler.stop') as any;
	// self time per function, only samples after the last key
	const byId = new Map(profile.nodes.map((n: any) => [n.id, n]));
	let t = profile.startTime; const self = new Map<string, number>();
	const keyUs = profile.startTime + 0; // profile times are in us on a different clock; use relative: last sample time ~ shown
	const times: number[] = []; for (const d of profile.timeDeltas) { t += d; times.push(t); }
	const end = times[times.length - 1]!; const windowStart = end - (shown - key) * 1000;
	profile.samples.forEach((id: number, i: number) => { if (times[i]! < windowStart) return; const n: any = byId.get(id); const k = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}:${n.callFrame.columnNumber}`; self.set(k, (self.get(k) ?? 0) + (profile.timeDeltas[i + 1] ?? 200) / 1000); });
	console.log(`\n== ${q} run ${run}: shown ${Math.round(shown - key)} ms`);
	for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(v.toFixed(1).padStart(7), k);
	await ctx.close();
}
await b.close(); site.close();
