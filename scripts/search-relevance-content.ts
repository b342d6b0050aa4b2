/**
 * `node scripts/search-relevance-content.ts --articles 1000 --out tests/.output/relevance-content`:
 * the real archive placed among a synthetic one, as a reader's archive will grow: the synthetic
 * tree of `scripts/generate-synthetic.ts` (its boards never fold like a real place: "Văn Phong"
 * would make "van phong" ambiguous), then the real blocs, boards, articles and sources copied in.
 * The relevance suite (tests/relevance/) and the search benchmark build it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { writeSyntheticContent } from './generate-synthetic.ts';

const CONTENT = path.resolve(import.meta.dirname, '../content');
const CAPITALISED_PAIR = /(?<![\p{L}\p{M}])(?=(\p{Lu}[\p{L}\p{M}]*\s+\p{Lu}[\p{L}\p{M}]*))/gu;

/** The real archive's place names: every two capitalised syllables in its boards' and blocs' files and its articles' places. */
export function realPlaces(content = CONTENT): string[] {
	const texts: string[] = [];
	for (const dir of ['units', 'blocs', 'articles']) {
		for (const file of fs.readdirSync(path.join(content, dir))) {
			const text = fs.readFileSync(path.join(content, dir, file), 'utf8');
			texts.push(dir === 'articles' ? [...text.matchAll(/^\s*place:\s*(.+)$/gm)].map((m) => m[1]).join('\n') : text.normalize('NFC'));
		}
	}
	const places = new Set<string>();
	for (const text of texts) for (const m of text.matchAll(CAPITALISED_PAIR)) places.add(m[1]!.replace(/\s+/g, ' '));
	return [...places].sort();
}

/** Writes `articles` synthetic articles and the real content into `out` (replacing it). */
export function writeMixedContent(options: { articles: number; out: string; seed?: number }) {
	const stats = writeSyntheticContent({ ...options, reservedPlaces: realPlaces() });
	for (const dir of ['blocs', 'units', 'articles', 'sources']) {
		for (const file of fs.readdirSync(path.join(CONTENT, dir))) {
			const target = path.join(options.out, dir, file);
			if (fs.existsSync(target)) throw new Error(`${target}: a synthetic file has the name of a real one.`);
			fs.copyFileSync(path.join(CONTENT, dir, file), target);
		}
	}
	return stats;
}

if (import.meta.main) {
	const args = process.argv.slice(2);
	const arg = (name: string) => {
		const i = args.indexOf(`--${name}`);
		return i >= 0 ? args[i + 1] : undefined;
	};
	const articles = Number(arg('articles') ?? 1000);
	const out = path.resolve(arg('out') ?? `bench/out/mixed-${articles}`);
	const stats = writeMixedContent({ articles, out });
	console.log(`${out}: ${stats.articles} synthetic articles among the real ones, ${stats.units} synthetic boards.`);
}
