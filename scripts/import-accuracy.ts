/**
 * `npm run import:accuracy` — accuracy of the importer, field by field, on two sets reported
 * separately: the seeds (every source in content/sources/ against the reviewed front matter of the
 * article whose `source.file` it is) and the test corpus in tests/fixtures/import/ (its `dev/`
 * part, which the extractor is tuned on, and its `held-out/` part, which it is measured on).
 * For each field: how many articles state it, how many the importer got right, and how many values
 * it invented; then the list of misses.
 *
 *   npm run import:accuracy [-- --parts seeds,dev,held-out,held-out-2]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONTENT_DIRS } from '../src/content-paths.ts';
import { ACCURACY_FIELDS, compareExtraction, totals, type AccuracyField, type FieldResult } from '../src/lib/import/accuracy.ts';
import { detectEncoding } from '../src/lib/import/encoding.ts';
import { extractArticle } from '../src/lib/import/extract.ts';
import { loadExtractContext } from '../src/lib/import/context.ts';
import { COLLECTION_EXTENSIONS, listContentFiles, readArticle } from '../src/lib/content/files.ts';
import { yamlData } from '../src/lib/content/yaml.ts';
import { commandArgs } from './cli.ts';

const PARTS = ['seeds', 'dev', 'held-out', 'held-out-2'] as const;
const { values } = commandArgs(
	'import:accuracy',
	`Cách dùng: npm run import:accuracy [-- --parts seeds,dev,held-out,held-out-2]

Đo độ chính xác của lệnh import từng trường: trên các bài gốc (content/sources/) và trên bộ bài
thử (tests/fixtures/import/: phần dev và các phần để riêng held-out, held-out-2), báo riêng từng phần.

  --parts  các phần cần đo, cách nhau bằng dấu phẩy (mặc định: tất cả)
  --help   in hướng dẫn này`,
	{ parts: { type: 'string', default: PARTS.join(',') } },
);
const parts = values.parts!.split(',').map((p) => p.trim());

const ctx = loadExtractContext();
const read = (path: string) => detectEncoding(new Uint8Array(readFileSync(path))).text;
type Case = { name: string; result: Record<AccuracyField, FieldResult> };

function seeds(): Case[] {
	const reviewed = new Map<string, Record<string, unknown>>();
	for (const f of listContentFiles(CONTENT_DIRS.articles, COLLECTION_EXTENSIONS.articles)) {
		const fm = (readArticle(f.path)?.data ?? {}) as { source?: { file?: string }; draft?: boolean };
		if (fm.source?.file && !fm.draft) reviewed.set(fm.source.file, fm);
	}
	return readdirSync(CONTENT_DIRS.sources)
		.filter((f) => reviewed.has(f))
		.sort()
		// A seed is its own article: leave it out of the archive the importer compares with.
		.map((f) => ({ name: f, result: compareExtraction(reviewed.get(f)!, extractArticle(read(join(CONTENT_DIRS.sources, f)), { ...ctx, articles: [] })) }));
}

function corpus(part: string): Case[] {
	const dir = join('tests/fixtures/import', part);
	return readdirSync(dir)
		.filter((f) => f.endsWith('.txt'))
		.sort()
		.map((f) => {
			const expected = yamlData(readFileSync(join(dir, f.replace(/\.txt$/, '.yaml')), 'utf8')) as Record<string, unknown>;
			return { name: f.replace(/\.txt$/, ''), result: compareExtraction(expected, extractArticle(read(join(dir, f)), ctx)) };
		});
}

const pad = (s: string, n: number) => s + ' '.repeat(Math.max(0, n - [...s].length));
const pct = (a: number, b: number) => (b ? `${Math.round((1000 * a) / b) / 10}%` : 'n.a.');

function report(title: string, cases: Case[]) {
	console.log(`\n${title} (${cases.length} bài)`);
	console.log(`${pad('field', 22)}${pad('right', 10)}${pad('accuracy', 10)}invented`);
	const t = totals(cases.map((c) => c.result));
	for (const field of ACCURACY_FIELDS) {
		const f = t[field];
		if (!f.scored) continue;
		console.log(`${pad(field, 22)}${pad(`${f.correct}/${f.scored}`, 10)}${pad(pct(f.correct, f.scored), 10)}${f.invented}`);
	}
	console.log(`${pad('all fields', 22)}${pad(`${t.all.correct}/${t.all.scored}`, 10)}${pad(pct(t.all.correct, t.all.scored), 10)}${t.all.invented}`);
	const misses = cases.flatMap((c) => ACCURACY_FIELDS.flatMap((field) => {
		const r = c.result[field];
		if (r.verdict === 'correct' || r.verdict === 'n.a.') return [];
		return [r.detail ? `  ${c.name} ${field}: ${r.verdict} ${r.detail}; not found ${r.expected}, not expected ${r.got}` : `  ${c.name} ${field}: ${r.verdict}; expected ${r.expected}, got ${r.got}`];
	}));
	if (misses.length) console.log(`misses:\n${misses.join('\n')}`);
}

if (parts.includes('seeds')) report('Seeds: content/sources/ against the reviewed articles', seeds());
for (const part of ['dev', 'held-out', 'held-out-2']) if (parts.includes(part)) report(`Corpus ${part}: tests/fixtures/import/${part}/`, corpus(part));
