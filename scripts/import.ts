/**
 * `npm run import -- FILE` — turns a raw source text (UTF-8, Windows-1258, TCVN3 or VNI) into a
 * draft article in content/articles/ with every pre-filled field marked `# KIỂM TRA`, and prints
 * the draft's path. Warns when the text is damaged, and writes a draft bloc entry
 * (content/blocs/_draft-<id>.yaml) for a bloc the archive does not have yet. Never overwrites.
 */
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { CONTENT_DIRS } from '../src/content-paths.ts';
import { articleFileName } from '../src/lib/content/article-template.ts';
import { renderDraft, renderDraftBloc } from '../src/lib/import/draft.ts';
import { detectEncoding } from '../src/lib/import/encoding.ts';
import { extractArticle } from '../src/lib/import/extract.ts';
import { slugify } from '../src/lib/text/slug.ts';
import { loadBlocs, loadUnits } from '../src/lib/content/files.ts';

const file = process.argv[2];
if (!file || !existsSync(file)) {
	console.error('Cách dùng: npm run import -- <tệp nguồn .txt>');
	process.exit(1);
}

const bytes = new Uint8Array(readFileSync(file));
const { encoding, text } = detectEncoding(bytes);
const e = extractArticle(text, { units: loadUnits(), blocs: loadBlocs() });

// The source is kept in content/sources/ under its own name (never replaced).
const sourceName = basename(file);
const kept = join(CONTENT_DIRS.sources, sourceName);
if (resolve(kept) !== resolve(file) && !existsSync(kept)) {
	copyFileSync(file, kept);
	console.error(`Đã chép bản nguồn vào ${kept}`);
}

/** A free path: the archive's name when year and bloc are known, with `-nhap`, `-nhap-2`… if taken. */
function freePath(): string {
	const base = e.year && e.bloc ? articleFileName(e.year.value, e.bloc.value, e.event).replace(/\.md$/, '') : `nhap-${slugify(sourceName.replace(/\.[^.]+$/, ''))}`;
	for (let i = 0; ; i++) {
		const name = i === 0 ? base : i === 1 ? `${base}-nhap` : `${base}-nhap-${i}`;
		const path = join(CONTENT_DIRS.articles, `${name}.md`);
		if (!existsSync(path)) return path;
	}
}

const path = freePath();
writeFileSync(path, renderDraft(e, { file: sourceName, encoding }), 'utf8');

if (encoding !== 'utf-8') console.error(`Bảng mã nhận ra: ${encoding} (đã chuyển sang UTF-8).`);
if (e.condition !== 'clean') console.error(`CẢNH BÁO: bản nguồn bị hỏng (${e.condition}): ${e.damageReasons.join('; ')}. Cần khôi phục văn bản trước khi đăng.`);
if (e.draftBloc) {
	const blocPath = join(CONTENT_DIRS.blocs, `_draft-${e.draftBloc.id}.yaml`);
	if (!existsSync(blocPath)) writeFileSync(blocPath, renderDraftBloc(e.draftBloc, sourceName), 'utf8');
	console.error(`Khối chưa có trong kho: đã ghi ${blocPath} để hoàn thiện.`);
}
const missing = [!e.bloc && 'khối', !e.year && 'năm tổng kết', !e.conference.start && 'ngày họp', !e.conference.place && 'nơi họp'].filter(Boolean);
if (missing.length) console.error(`Chưa tìm thấy: ${missing.join(', ')} (để null).`);
console.log(path);
