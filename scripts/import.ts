/**
 * `npm run import -- FILE` — turns a raw source text (UTF-8, Windows-1258, TCVN3 or VNI) into a
 * draft article in content/articles/ with every pre-filled field marked `# KIỂM TRA`, validated
 * against the article schema before it is written, and prints the draft's path and the next steps.
 * Warns when the text is damaged, and writes a draft bloc entry (content/blocs/_draft-<id>.yaml)
 * for a bloc the archive does not have yet. Never overwrites.
 */
import { copyFileSync, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { CONTENT_DIRS } from '../src/content-paths.ts';
import type { ContentFile } from '../src/lib/check/content-check.ts';
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
// The rest loads only after `--help` and the arguments are settled, so help is instant.
const { articleFileName } = await import('../src/lib/content/article-template.ts');
const { draftBlocData, draftFrontMatter, draftUnitData, renderDraft, renderDraftBloc, renderDraftUnit, validateDraft, validateDraftBloc, validateDraftUnit } = await import('../src/lib/import/draft.ts');
const { checkContent } = await import('../src/lib/check/content-check.ts');
const { COLLECTION_EXTENSIONS, listContentFiles } = await import('../src/lib/content/files.ts');
const { reporter } = await import('vfile-reporter');
const { readSource, topicProblem } = await import('../src/lib/import/input-check.ts');
const { extractArticle } = await import('../src/lib/import/extract.ts');
const { loadExtractContext } = await import('../src/lib/import/context.ts');
const { nextSteps } = await import('../src/lib/import/next-steps.ts');
const { slugify } = await import('../src/lib/text/slug.ts');

const source = readSource(basename(file), new Uint8Array(readFileSync(file)));
const { encoding, text } = source.ok ? source : fail(source.message);
const ctx = loadExtractContext();
const e = extractArticle(text, ctx);
const offTopic = topicProblem(basename(file), e);
if (offTopic) fail(offTopic);

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
const unitIssues = e.draftUnits.flatMap((u) => validateDraftUnit(draftUnitData(u, sourceName).data));
const wrong = [...issues, ...blocIssues, ...unitIssues].filter((i) => !i.toFill);
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
	drafts.push(blocPath);
}
for (const unit of e.draftUnits) {
	const unitPath = join(CONTENT_DIRS.units, `_draft-${unit.id}.yaml`);
	if (!existsSync(unitPath)) writeFileSync(unitPath, renderDraftUnit(unit, sourceName), 'utf8');
	drafts.push(unitPath);
}
if (drafts.length) console.error(`Khối, ban quản lý chưa có trong kho: đã ghi ${drafts.join(', ')} để hoàn thiện.`);
if (e.duplicateOf) console.error(`CHÚ Ý: ${e.duplicateOf.review}. Xem ghi chú đầu bài nháp.`);

// The checker, at once, on the new draft: what a person must still complete, and any clash with the archive.
const cwd = process.cwd();
const files: ContentFile[] = (['blocs', 'units', 'articles'] as const).flatMap((kind) =>
	listContentFiles(CONTENT_DIRS[kind], COLLECTION_EXTENSIONS[kind]).map((f) => ({ path: relative(cwd, f.path), bytes: readFileSync(f.path), kind })),
);
const checked = checkContent(files, { vocabulary: ctx.vocabulary, sourceFiles: new Set(readdirSync(CONTENT_DIRS.sources)) }).filter((f) => f.path === relative(cwd, path));
// Errors only: the warnings about board names go away once the draft boards are completed.
for (const f of checked) f.messages = f.messages.filter((m) => m.fatal);
console.error(checked.some((f) => f.messages.length) ? `\nCòn phải hoàn thiện trước khi đăng (npm run check):\n${reporter(checked, { quiet: true })}` : '\nKiểm tra bài nháp (npm run check): không có lỗi.');
console.error(nextSteps({ article: path, id: basename(path, '.md'), source: kept, toFill: issues.filter((i) => i.toFill).map((i) => i.field), drafts }));
console.log(path);
