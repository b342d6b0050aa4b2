/**
 * `node scripts/generate-synthetic.ts --articles 1000 --out bench/out/content-1000 [--seed 1]`:
 * writes a deterministic synthetic content tree (blocs, boards, articles, sources, indicator
 * vocabulary) for benchmarks. Bodies recombine paragraphs of the clean seed articles in
 * content/articles/. Check it with `ARCHIVE_CONTENT_DIR=<out> node scripts/check.ts`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { COLLECTION_EXTENSIONS, listContentFiles, readArticle } from '../src/lib/content/files.ts';
import { boardNamesIn } from '../src/lib/check/content-check.ts';
import { generateSyntheticArchive } from '../src/lib/synthetic/index.ts';
import { mentionsName, seedNames } from '../src/lib/synthetic/fillers.ts';

/** Plain paragraphs of the clean seed articles: no headings, captions, lists, markup, board names, nor the names of people, provinces or regions of the seed content. */
export function seedFillers(articlesDir = 'content/articles'): string[] {
	const fillers: string[] = [];
	const articles = listContentFiles(articlesDir, COLLECTION_EXTENSIONS.articles).flatMap((file) => {
		const article = readArticle(file.path);
		return article ? [article] : [];
	});
	const names = seedNames(...seedPeopleAndPlaces(articlesDir, articles.map((a) => a.data)));
	for (const article of articles) {
		if ((article.data as { source?: { condition?: string } }).source?.condition !== 'clean') continue;
		for (const raw of article.body.split(/\n\s*\n/)) {
			const p = raw.trim().normalize('NFC');
			if (p.length < 200 || p.length > 1500 || p.includes('\n')) continue;
			if (/^[#_(<|!*\-\d>]/.test(p) || /[<>[\]{}|*_`]/.test(p)) continue;
			if (boardNamesIn(p).length > 0 || mentionsName(p, names)) continue;
			fillers.push(p);
		}
	}
	return fillers;
}

/** People (officials) and places (conference places, provinces, bloc regions) of the seed content. */
function seedPeopleAndPlaces(articlesDir: string, articles: Array<Record<string, any>>): [string[], string[]] {
	const people = articles.flatMap((a) => (a.officials ?? []).map((o: { name: string }) => o.name));
	const places = articles.flatMap((a) => [a.conference?.place, a.nextConference?.place].filter(Boolean) as string[]);
	const root = path.dirname(articlesDir);
	const yamls = (dir: string) => (fs.existsSync(path.join(root, dir)) ? fs.readdirSync(path.join(root, dir)).filter((f) => f.endsWith('.yaml')).map((f) => fs.readFileSync(path.join(root, dir, f), 'utf8')) : []);
	for (const text of [...yamls('units'), ...yamls('blocs')]) places.push(...[...text.matchAll(/^(?:province|region):\s*(.+)$/gm)].flatMap((m) => m[1]!.replace(/\(.*?\)/g, ' ').split(/\s+và\s+/u)));
	return [people, places];
}

/** Writes a synthetic content tree of `articles` articles into `out` (replacing it). */
export function writeSyntheticContent(options: { articles: number; out: string; seed?: number; reservedPlaces?: readonly string[] }) {
	const fillers = seedFillers();
	const archive = generateSyntheticArchive({ articles: options.articles, fillers, seed: options.seed, reservedPlaces: options.reservedPlaces });
	fs.rmSync(options.out, { recursive: true, force: true });
	for (const dir of ['blocs', 'units', 'articles', 'sources']) fs.mkdirSync(path.join(options.out, dir), { recursive: true });
	for (const file of archive.files) fs.writeFileSync(path.join(options.out, file.path), file.text);
	fs.copyFileSync('content/indicators.yaml', path.join(options.out, 'indicators.yaml'));
	if (fs.existsSync('content/spelling-allow.txt')) fs.copyFileSync('content/spelling-allow.txt', path.join(options.out, 'spelling-allow.txt'));
	return { ...archive.stats, fillers: fillers.length };
}

if (import.meta.main) {
	const args = process.argv.slice(2);
	const arg = (name: string) => {
		const i = args.indexOf(`--${name}`);
		return i >= 0 ? args[i + 1] : undefined;
	};
	const articles = Number(arg('articles') ?? 1000);
	const out = arg('out') ?? `bench/out/content-${articles}`;
	const started = performance.now();
	const stats = writeSyntheticContent({ articles, out, seed: arg('seed') ? Number(arg('seed')) : undefined });
	console.log(`${out}: ${stats.articles} bài, ${stats.blocs} khối, ${stats.units} ban quản lý, năm ${stats.years.join('–')} (${stats.fillers} đoạn mẫu; ${((performance.now() - started) / 1000).toFixed(1)} s).`);
}
