/**
 * Accuracy of the importer, field by field: runs the extractor on every source in content/sources/
 * and compares it with the reviewed front matter of the article whose `source.file` is that source.
 * Prints a table (field × source: correct / wrong / missing / n.a., with found/expected for lists)
 * and each field's accuracy (correct over the cells that are not n.a.).
 *
 *   node scripts/import-accuracy.ts
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONTENT_DIRS } from '../src/content-paths.ts';
import { ACCURACY_FIELDS, compareExtraction, type FieldResult } from '../src/lib/import/accuracy.ts';
import { detectEncoding } from '../src/lib/import/encoding.ts';
import { extractArticle } from '../src/lib/import/extract.ts';
import { loadExtractContext } from '../src/lib/import/context.ts';
import { COLLECTION_EXTENSIONS, listContentFiles, readArticle } from '../src/lib/content/files.ts';

const reviewed = new Map<string, Record<string, unknown>>();
for (const f of listContentFiles(CONTENT_DIRS.articles, COLLECTION_EXTENSIONS.articles)) {
	const fm = (readArticle(f.path)?.data ?? {}) as { source?: { file?: string }; draft?: boolean };
	if (fm.source?.file && !fm.draft) reviewed.set(fm.source.file, fm);
}

const ctx = loadExtractContext();
const sources = readdirSync(CONTENT_DIRS.sources).filter((f) => !f.startsWith('.')).sort();
const results = new Map<string, Record<string, FieldResult> | null>();
for (const file of sources) {
	const fm = reviewed.get(file);
	if (!fm) {
		results.set(file, null);
		continue;
	}
	const { text } = detectEncoding(new Uint8Array(readFileSync(join(CONTENT_DIRS.sources, file))));
	results.set(file, compareExtraction(fm, extractArticle(text, ctx)));
}

const short = (f: string) => f.slice(0, 3);
const cell = (r: FieldResult | undefined) => (r ? r.verdict + (r.detail ? ` ${r.detail}` : '') : 'no article');
const width = 22;
const pad = (s: string, n: number) => s + ' '.repeat(Math.max(0, n - [...s].length));
console.log(pad('field', 20) + sources.map((s) => pad(short(s), width)).join('') + 'accuracy');
for (const field of ACCURACY_FIELDS) {
	const cells = sources.map((s) => results.get(s)?.[field]);
	const scored = cells.filter((c) => c && c.verdict !== 'n.a.');
	const correct = scored.filter((c) => c!.verdict === 'correct').length;
	const acc = scored.length ? `${correct}/${scored.length} = ${Math.round((100 * correct) / scored.length)}%` : 'n.a.';
	console.log(pad(field, 20) + cells.map((c) => pad(cell(c), width)).join('') + acc);
}
const all = [...results.values()].flatMap((r) => (r ? Object.values(r) : [])).filter((c) => c.verdict !== 'n.a.');
console.log(`\nall fields: ${all.filter((c) => c.verdict === 'correct').length}/${all.length} correct; lists show found/expected (+extra).`);
const unreviewed = sources.filter((s) => !results.get(s));
if (unreviewed.length) console.log(`sources without a reviewed article: ${unreviewed.join(', ')}`);
