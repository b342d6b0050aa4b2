import { launchChromium } from './scripts/chromium.ts';
import { serveDist } from './scripts/search-serve.ts';
const site = await serveDist(process.argv[2]!);
const queries = (process.env.QS ?? 'khoi truong|thi dua|giao uoc 2015').split('|');
const b = await launchChromium();
for (const q of queries) for (let run = 0; run < Number(process.env.RUNS ?? 2); run++) {
	const ctx = await b.newContext();
	await ctx.addInitScript(() => {
		const w = window as any; w.__log = []; const t = () => Math.round(performance.now());
		const orig = Worker.prototype.postMessage;
		Worker.prototype.postMessage = function (this: any, m: any, tr?: any) { this.__n ??= ++w.__wn || (w.__wn = 1); if (m?.op && m.op !== 'release') w.__log.push([t(), `w${this.__n} -> ${m.id} ${m.op} ${m.term ?? m.index ?? ''}`]); return orig.call(this, m, tr); } as any;
		const d = Object.getOwnPropertyDescriptor(Worker.prototype, 'onmessage')!;
		Object.defineProperty(Worker.prototype, 'onmessage', { set(fn) { const self = this; d.set!.call(this, (e: MessageEvent) => { const v = e.data?.value; w.__log.push([t(), `w${self.__n} <- ${e.data?.id}${v?.ids ? ' ids=' + v.ids.length : ''}`]); fn(e); }); }, get() { return d.get!.call(this); } });
		document.addEventListener('keydown', () => (w.__key = t()), { capture: true });
	});
	const p = await ctx.newPage();
	const nav = Date.now();
	await p.goto(site.url + '/tim-kiem/', { waitUntil: 'load' });
	await p.waitForTimeout(1000);
	await p.locator('#search-q').pressSequentially(q, { delay: 60 });
	const h = await p.waitForFunction((q) => { const s = document.querySelector<HTMLElement>('[data-search-summary]'); const l = document.querySelector('[data-search-results]'); return s && !s.hidden && s.textContent?.includes(`“${q}”`) && !l?.hasAttribute('aria-busy') ? Math.round(performance.now()) : false; }, q, { polling: 'raf', timeout: 60000 });
	const shown = await h.jsonValue() as number;
	const { log, key } = await p.evaluate(() => ({ log: (window as any).__log, key: (window as any).__key }));
	console.log(`\n== ${q} run ${run}: shown ${shown - key} ms after last key (key at ${key})`);
	for (const [at, m] of log) if (at > key - 2000) console.log(`${String(at - key).padStart(6)} ${m}`);
	await ctx.close();
}
await b.close(); site.close();
