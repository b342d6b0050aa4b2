/**
 * `npm run check`: validates all content without building the site and prints
 * `file:line:col  error|warning  message  rule` like remark-lint. Exits 1 on any error.
 */
import fs from 'node:fs';
import path from 'node:path';
import { reporter } from 'vfile-reporter';
import { CONTENT_DIRS } from '../src/content-paths.ts';
import { VFile } from 'vfile';
import { checkContent, type ContentFile } from '../src/lib/check/content-check.ts';
import { loadVocabulary, type Vocabulary } from '../src/lib/indicators/figures.ts';
import { createSpellChecker, parseAllowList } from '../src/lib/check/spelling.ts';
import { bodyCache } from '../src/data/body-cache.ts';

const started = performance.now();
const root = CONTENT_DIRS.root;
const files: ContentFile[] = [];
for (const kind of ['blocs', 'units', 'articles'] as const) {
	const dir = CONTENT_DIRS[kind];
	if (!fs.existsSync(dir)) continue;
	for (const name of fs.readdirSync(dir).sort()) {
		if (name.startsWith('_') || !/\.(md|yaml)$/.test(name)) continue;
		const full = path.join(dir, name);
		files.push({ path: path.relative(process.cwd(), full), bytes: fs.readFileSync(full), kind });
	}
}
// `--no-spelling` (used by `npm run build`): spelling only ever warns, so the build skips it.
const withSpelling = !process.argv.includes('--no-spelling');
const allowFile = path.join(root, 'spelling-allow.txt');
const spellCheck = withSpelling && createSpellChecker({ allow: fs.existsSync(allowFile) ? parseAllowList(fs.readFileSync(allowFile, 'utf8')) : [] });
const spell = (text: string) => (spellCheck ? spellCheck(text) : { messages: [] }).messages.map((m) => ({ line: m.line, column: m.column, message: `Có thể sai chính tả: \`${m.word}\`${m.suggestions.length ? ` (gợi ý: ${m.suggestions.slice(0, 3).join(', ')})` : ''}. Nếu là tên riêng hay viết tắt đúng, thêm vào content/spelling-allow.txt.` }));

// The vocabulary is checked first: figures cannot be checked without it.
const vocabularyFile = new VFile({ path: path.relative(process.cwd(), CONTENT_DIRS.indicators) });
let vocabulary: Vocabulary | undefined;
try {
	vocabulary = loadVocabulary(fs.readFileSync(CONTENT_DIRS.indicators, 'utf8'), vocabularyFile.path);
} catch (error) {
	const m = vocabularyFile.message(error instanceof Error ? `${error.message}${'hint' in error && error.hint ? ` ${String(error.hint)}` : ''}` : String(error), { ruleId: 'vocabulary', source: 'archive' });
	m.fatal = true;
}
// Bodies are rendered through the build's cache (src/data/body-cache.ts): `npm run build` then reads them back instead of rendering them again.
const results = [vocabularyFile, ...checkContent(files, { spell: withSpelling ? spell : undefined, vocabulary, sourceFiles: new Set(fs.existsSync(CONTENT_DIRS.sources) ? fs.readdirSync(CONTENT_DIRS.sources) : []), renderBody: bodyCache().render })];
const withMessages = results.filter((f) => f.messages.length > 0);
if (withMessages.length > 0) console.log(reporter(withMessages, { quiet: true }));
const errors = results.reduce((n, f) => n + f.messages.filter((m) => m.fatal).length, 0);
const warnings = results.reduce((n, f) => n + f.messages.filter((m) => !m.fatal).length, 0);
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(`${files.length} tệp, ${errors} lỗi, ${warnings} cảnh báo (${seconds} s).`);
process.exitCode = errors > 0 ? 1 : 0;
