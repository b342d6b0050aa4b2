/**
 * `npm run check [-- FILE…] [--all]`: validates all content without building the site and prints
 * `file`, then `line:col  error|warning  message  rule  source` and the fix, like remark-lint (src/lib/check/report.ts). Exits 1 on any error.
 */
import fs from 'node:fs';
import path from 'node:path';
import { CONTENT_DIRS } from '../src/content-paths.ts';
import { checkContent, type ContentFile } from '../src/lib/check/content-check.ts';
import { readVocabulary } from '../src/lib/indicators/figures.ts';
import { report, reportFocused } from '../src/lib/check/report.ts';
import { execFileSync } from 'node:child_process';
import { createSpellChecker, parseAllowList } from '../src/lib/check/spelling.ts';
import { COLLECTION_EXTENSIONS, listContentFiles } from '../src/lib/content/files.ts';
import { commandArgs } from './cli.ts';

commandArgs('check', `Cách dùng: npm run check

Kiểm tra mọi tệp trong content/ (khối, ban quản lý, bài viết) mà không dựng trang, rồi in
từng lỗi theo dạng tệp:dòng:cột. Lệnh trả mã 1 khi còn lỗi; cảnh báo không chặn việc đăng.

  TỆP …         chỉ hiện đầy đủ các tệp này (mặc định: các tệp Git thấy đã sửa hoặc mới)
  --all          hiện đầy đủ mọi tệp
  --no-spelling  bỏ qua kiểm tra chính tả (nhanh hơn; npm run build dùng cách này)
  --help         in hướng dẫn này`, { 'no-spelling': { type: 'boolean' }, all: { type: 'boolean' } }, true);
import { bodyCache } from '../src/data/body-cache.ts';

const started = performance.now();
const filesIn = (dir: string) => new Set(fs.existsSync(dir) ? fs.readdirSync(dir) : []);
const args = process.argv.slice(2);

/**
 * The files the user works on, shown first and in full: those named on the command line
 * (`npm run check -- content/articles/x.md`), else the content files Git sees as changed or new;
 * none (everything in full) with `--all` or outside Git.
 */
function focus(): Set<string> {
	if (args.includes('--all')) return new Set();
	const named = args.filter((a) => !a.startsWith('--')).map((a) => path.relative(process.cwd(), path.resolve(a)));
	if (named.length > 0) return new Set(named);
	try {
		const status = execFileSync('git', ['status', '--porcelain', '--untracked-files=all', '--', root], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
		return new Set(status.split('\n').filter(Boolean).map((line) => line.slice(3).replace(/^.* -> /, '')));
	} catch {
		return new Set();
	}
}
const root = CONTENT_DIRS.root;
const files: ContentFile[] = [];
for (const kind of ['blocs', 'units', 'articles'] as const) {
	for (const { path: full } of listContentFiles(CONTENT_DIRS[kind], COLLECTION_EXTENSIONS[kind])) {
		files.push({ path: path.relative(process.cwd(), full), bytes: fs.readFileSync(full), kind });
	}
}
// `--no-spelling` (used by `npm run build`): spelling only ever warns, so the build skips it.
const withSpelling = !process.argv.includes('--no-spelling');
const allowFile = path.join(root, 'spelling-allow.txt');
const spellCheck = withSpelling && createSpellChecker({ allow: fs.existsSync(allowFile) ? parseAllowList(fs.readFileSync(allowFile, 'utf8')) : [] });
const spell = (text: string) => (spellCheck ? spellCheck(text).messages : []);

// The vocabulary is checked first: figures cannot be checked without it.
const { vocabulary, file: vocabularyFile } = readVocabulary(fs.readFileSync(CONTENT_DIRS.indicators, 'utf8'), path.relative(process.cwd(), CONTENT_DIRS.indicators));
const usable = vocabularyFile.messages.some((m) => m.fatal) ? undefined : vocabulary;
// Bodies are rendered through the build's cache (src/data/body-cache.ts): `npm run build` then reads them back instead of rendering them again.
const results = [vocabularyFile, ...checkContent(files, { spell: withSpelling ? spell : undefined, vocabulary: usable, sourceFiles: filesIn(CONTENT_DIRS.sources), imageFiles: filesIn(CONTENT_DIRS.images), renderBody: bodyCache().render })];
const focused = focus();
const text = focused.size > 0 ? reportFocused(results, focused) : report(results);
if (text) console.log(text);
const errors = results.reduce((n, f) => n + f.messages.filter((m) => m.fatal).length, 0);
const warnings = results.reduce((n, f) => n + f.messages.filter((m) => !m.fatal).length, 0);
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(`${files.length} tệp, ${errors} lỗi, ${warnings} cảnh báo (${seconds} s).`);
process.exitCode = errors > 0 ? 1 : 0;
