import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readArticleText } from '../../src/lib/content/front-matter.ts';
import { checkContent } from '../../src/lib/check/content-check.ts';
import { loadVocabulary } from '../../src/lib/indicators/figures.ts';
import { generateSyntheticArchive } from '../../src/lib/synthetic/index.ts';
import { formatVn } from '../../src/lib/synthetic/vietnamese.ts';
import { createRandom } from '../../src/lib/synthetic/random.ts';
import { seedFillers } from '../../scripts/generate-synthetic.ts';

const fillers = seedFillers();
const archive = generateSyntheticArchive({ articles: 120, fillers, seed: 7 });
const articles = archive.files.filter((f) => f.path.startsWith('articles/')).map((f) => {
	const { data, body } = readArticleText(f.text, f.path)!;
	return { path: f.path, data: data as Record<string, any>, content: body };
});

describe('synthetic archive', () => {
	it('has exactly the articles asked for, with a source file each', () => {
		expect(archive.stats.articles).toBe(120);
		expect(articles).toHaveLength(120);
		const sources = new Set(archive.files.filter((f) => f.path.startsWith('sources/')).map((f) => f.path.slice('sources/'.length)));
		expect(articles.every((a) => sources.has((a.data as { source: { file: string } }).source.file))).toBe(true);
	});

	it('is deterministic: the same options give the same files', () => {
		const again = generateSyntheticArchive({ articles: 120, fillers, seed: 7 });
		expect(again.files).toEqual(archive.files);
		const other = generateSyntheticArchive({ articles: 120, fillers, seed: 8 });
		expect(other.files).not.toEqual(archive.files);
	});

	it('copies every quote from the body', () => {
		const quotes = (d: Record<string, any>): string[] => [d.conference?.quote, d.chair?.quote, d.viceChair?.quote, d.elected?.chair?.quote, d.elected?.viceChair?.quote, d.nextConference?.quote, ...d.awards.map((a: any) => a.quote), ...d.figures.map((f: any) => f.quote)].filter(Boolean);
		const missing = articles.flatMap((a) => quotes(a.data).filter((q) => !a.content.replace(/\s+/g, ' ').includes(q)).map((q) => `${a.path}: ${q}`));
		expect(missing).toEqual([]);
		const figures = articles.flatMap((a) => (a.data.figures as Array<{ printed: string; quote: string }>).map((f) => ({ ...f, path: a.path })));
		expect(figures.length).toBeGreaterThan(100);
		expect(figures.filter((f) => !f.quote.includes(f.printed))).toEqual([]);
	});

	it('states the chair of year Y as the board elected for Y in year Y−1', () => {
		const stated = new Map<string, string>();
		const elected = new Map<string, string>();
		for (const a of articles) {
			const d = a.data as any;
			if (d.chair) stated.set(`${d.bloc} ${d.year}`, d.chair.unit);
			if (d.elected?.chair) elected.set(`${d.bloc} ${d.year + 1}`, d.elected.chair.unit);
		}
		const both = [...stated.keys()].filter((k) => elected.has(k));
		expect(both.length).toBeGreaterThan(10);
		expect(both.filter((k) => stated.get(k) !== elected.get(k))).toEqual([]);
	});

	it('passes the content checker with no errors', () => {
		const vocabulary = loadVocabulary(fs.readFileSync('content/indicators.yaml', 'utf8'));
		const files = archive.files.filter((f) => !f.path.startsWith('sources/')).map((f) => ({ path: `bench/content/${f.path}`, bytes: new TextEncoder().encode(f.text) }));
		const sourceFiles = new Set(archive.files.filter((f) => f.path.startsWith('sources/')).map((f) => f.path.slice('sources/'.length)));
		const results = checkContent(files, { vocabulary, sourceFiles });
		// Every article, bloc and board file was checked, not skipped.
		const checked = (kind: string) => results.filter((f) => f.path.startsWith(`bench/content/${kind}/`)).length;
		expect(checked('articles')).toBe(120);
		expect(checked('blocs')).toBe(archive.files.filter((f) => f.path.startsWith('blocs/')).length);
		expect(checked('units')).toBe(archive.files.filter((f) => f.path.startsWith('units/')).length);
		expect(checked('blocs') * checked('units')).toBeGreaterThan(0);
		const errors = results.flatMap((f) => f.messages.filter((m) => m.fatal).map((m) => `${f.path}: ${m.reason}`));
		expect(errors).toEqual([]);
		// The same checker finds a broken copy: a quote the body does not hold.
		const [first] = files.filter((f) => f.path.startsWith('bench/content/articles/'));
		const text = new TextDecoder().decode(first!.bytes);
		const quote = /quote: (.+)$/m.exec(text)![1]!;
		const broken = { path: first!.path, bytes: new TextEncoder().encode(text.replace(`quote: ${quote}`, 'quote: "Câu không có trong bài."')) };
		const again = checkContent([...files.filter((f) => f !== first), broken], { vocabulary, sourceFiles });
		expect(again.flatMap((f) => f.messages.filter((m) => m.fatal).map((m) => `${f.path}: ${m.ruleId}`))).toEqual([`${first!.path}: quote`]);
	});
});

describe('synthetic helpers', () => {
	it('prints numbers the Vietnamese way', () => {
		expect(formatVn(5056.1, 1)).toBe('5.056,1');
		expect(formatVn(1148174, 0)).toBe('1.148.174');
		expect(formatVn(108.5, 1)).toBe('108,5');
		expect(formatVn(330, 0)).toBe('330');
	});

	it('draws the same stream for the same seed and key', () => {
		const a = createRandom(1, 'x');
		const b = createRandom(1, 'x');
		const c = createRandom(1, 'y');
		const xs = [a.next(), a.next(), a.next()];
		expect([b.next(), b.next(), b.next()]).toEqual(xs);
		expect(c.next()).not.toBe(xs[0]);
	});
});
