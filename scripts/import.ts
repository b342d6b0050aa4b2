/**
 * `npm run import -- FILE` — turns a raw source text (UTF-8, Windows-1258, TCVN3 or VNI) into a
 * draft article in content/articles/ with every pre-filled field marked `# KIỂM TRA`, validated
 * against the article schema before it is written, and prints the draft's path and the next steps.
 * Warns when the text is damaged, and writes a draft bloc entry (content/blocs/_draft-<id>.yaml)
 * for a bloc the archive does not have yet. Never overwrites.
 */
import { copyFileSync, existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { CONTENT_DIRS } from '../src/content-paths.ts';
import { articleFileName } from '../src/lib/content/article-template.ts';
import { draftBlocData, draftFrontMatter, renderDraft, renderDraftBloc, validateDraft, validateDraftBloc } from '../src/lib/import/draft.ts';
import { detectEncoding } from '../src/lib/import/encoding.ts';
import { extractArticle } from '../src/lib/import/extract.ts';
import { loadExtractContext } from '../src/lib/import/context.ts';
import { nextSteps } from '../src/lib/import/next-steps.ts';
import { slugify } from '../src/lib/text/slug.ts';
import { commandArgs, fail as failWith } from './cli.ts';

const IMPORT_HELP = `Cách dùng: npm run import -- <tệp nguồn .txt>

Đọc một bài báo dạng văn bản thô (UTF-8, Windows-1258, TCVN3 hoặc VNI), chép nó vào
content/sources/ và viết bài nháp vào content/articles/. Mỗi dữ kiện tìm được có dòng
“# KIỂM TRA” để người rà soát; điều bài không nêu để null. Không ghi đè tệp nào đã có.

  --help   in hướng dẫn này`;

const fail = (message: string): never => failWith('import', message);
const { positionals } = commandArgs('import', IMPORT_HELP, {}, true);
if (positionals.length !== 1) fail(positionals.length ? 'mỗi lần chỉ nhập một tệp.' : 'cần tên tệp nguồn, ví dụ: npm run import -- bai-goc.txt');
const file = positionals[0]!;
if (!existsSync(file)) fail(`không tìm thấy tệp ${file}.`);
if (!statSync(file).isFile()) fail(`${file} là thư mục, không phải tệp văn bản.`);

const bytes = new Uint8Array(readFileSync(file));
const { encoding, text } = detectEncoding(bytes);
const e = extractArticle(text, loadExtractContext());

/** A free path: the archive's name when year and bloc are known, with `-nhap`, `-nhap-2`… if taken. */
function freePath(): string {
	const sourceName = basename(file);
	const base = e.year && e.bloc ? articleFileName(e.year.value, e.bloc.value, e.event).replace(/\.md$/, '') : `nhap-${slugify(sourceName.replace(/\.[^.]+$/, ''))}`;
	for (let i = 0; ; i++) {
		const name = i === 0 ? base : i === 1 ? `${base}-nhap` : `${base}-nhap-${i}`;
		const path = join(CONTENT_DIRS.articles, `${name}.md`);
		if (!existsSync(path)) return path;
	}
}

// Validate before writing anything: a draft may leave fields empty (null) for a person, nothing else.
const sourceName = basename(file);
const draft = draftFrontMatter(e, { file: sourceName, encoding });
const issues = validateDraft(draft.data);
const blocIssues = e.draftBloc ? validateDraftBloc(draftBlocData(e.draftBloc, sourceName).data) : [];
const wrong = [...issues, ...blocIssues].filter((i) => !i.toFill);
if (wrong.length) fail(`bài nháp không hợp lệ (lỗi của chương trình nhập, hãy báo lại): ${wrong.map((i) => `${i.field}: ${i.message}`).join('; ')}`);

// The source is kept in content/sources/ under its own name (never replaced).
const kept = join(CONTENT_DIRS.sources, sourceName);
if (resolve(kept) !== resolve(file) && !existsSync(kept)) copyFileSync(file, kept);

const path = freePath();
writeFileSync(path, renderDraft(e, { file: sourceName, encoding }), 'utf8');
const drafts: string[] = [];
if (encoding !== 'utf-8') console.error(`Bảng mã nhận ra: ${encoding} (đã chuyển sang UTF-8).`);
if (e.condition !== 'clean') console.error(`CẢNH BÁO: bản nguồn bị hỏng (${e.condition}): ${e.damageReasons.join('; ')}. Cần khôi phục văn bản trước khi đăng.`);
if (e.draftBloc) {
	const blocPath = join(CONTENT_DIRS.blocs, `_draft-${e.draftBloc.id}.yaml`);
	if (!existsSync(blocPath)) writeFileSync(blocPath, renderDraftBloc(e.draftBloc, sourceName), 'utf8');
	console.error(`Khối chưa có trong kho: đã ghi ${blocPath} để hoàn thiện.`);
	drafts.push(blocPath);
}
console.error(nextSteps({ article: path, id: basename(path, '.md'), source: kept, toFill: issues.filter((i) => i.toFill).map((i) => i.field), drafts }));
console.log(path);
