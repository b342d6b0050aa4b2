/**
 * The content checker: every validation the build makes (encoding, YAML, schema, references,
 * dates, quotes, conflicts, figures, raw HTML, ids) plus warnings (spelling, board names in a
 * body that match no board), as vfile messages with `line:col`, without building the site.
 */
import { VFile } from 'vfile';
import { LineCounter, parseDocument, type Document } from 'yaml';
import type { z } from 'astro/zod';
import { ArticleSchema, type ArticleData } from '../../schemas/article.ts';
import { BlocSchema, type BlocData } from '../../schemas/bloc.ts';
import { idReference } from '../../schemas/common.ts';
import { UnitSchema, type UnitData } from '../../schemas/unit.ts';
import { buildArchive, type ArchiveInput, type SourceEntry } from '../archive/build.ts';
import type { Vocabulary } from '../indicators/figures.ts';
import { canonicalName } from '../archive/mentions.ts';
import { slugify } from '../text/slug.ts';

/** A content file as read from disk. */
export interface ContentFile {
	/** Path relative to the project root, e.g. `content/articles/x.md`. */
	path: string;
	bytes: Uint8Array;
	/** Collection; defaults to the `content/<kind>/` folder in `path`. */
	kind?: Kind;
}

/** Optional extra checks that need data outside the three collections. */
export interface CheckOptions {
	/** Spell-checks a body; returns messages with 1-based line/column relative to the text. */
	spell?: (text: string) => Array<{ line: number; column: number; message: string }>;
	/** The indicator vocabulary, to check figure keys and kinds. */
	vocabulary?: Vocabulary;
	/** File names in `content/sources/`, to check every `source.file`. */
	sourceFiles?: ReadonlySet<string>;
	/** Renders article bodies for the derivation (a cached renderer shares them with the build). */
	renderBody?: ArchiveInput['renderBody'];
}

export type Kind = 'blocs' | 'units' | 'articles';

interface Parsed {
	file: VFile;
	kind: Kind;
	id: string;
	doc?: Document;
	lines?: LineCounter;
	/** Line of the YAML text's first line in the file (2 for front matter, 1 for .yaml). */
	yamlLine: number;
	/** Line of the body's first line in the file. */
	bodyLine: number;
	body?: string;
	data?: unknown;
}

const SCHEMAS = {
	blocs: BlocSchema(idReference),
	units: UnitSchema(),
	articles: ArticleSchema(idReference),
} satisfies Record<Kind, z.ZodType>;

const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function kindOf(path: string): Kind | null {
	const m = /content\/(blocs|units|articles)\//.exec(path);
	return m ? (m[1] as Kind) : null;
}

/** Turns `awards[0].recipients[1]` into `['awards', 0, 'recipients', 1]`. */
export function fieldPath(field: string): Array<string | number> {
	return field.split(/\.|\[(\d+)\]/).filter((p) => p !== undefined && p !== '').map((p) => (/^\d+$/.test(p) ? Number(p) : p));
}

/** Line and column of a field in a parsed YAML document, falling back to its nearest existing parent. */
function placeOf(p: Parsed, path: ReadonlyArray<string | number>): { line: number; column: number } {
	if (!p.doc || !p.lines) return { line: p.yamlLine, column: 1 };
	for (let n = path.length; n > 0; n--) {
		const node = p.doc.getIn(path.slice(0, n), true) as { range?: [number, number, number] } | undefined;
		if (node && typeof node === 'object' && node.range) {
			const pos = p.lines.linePos(node.range[0]);
			return { line: pos.line + p.yamlLine - 1, column: pos.col };
		}
	}
	return { line: p.yamlLine, column: 1 };
}

/**
 * Phrases of a line that name one specific board: “Ban Quản lý …” or “BQL …” followed by a zone
 * word and a capitalised place name, cut at punctuation, “và” or the next board name.
 */
export function boardNamesIn(line: string): Array<{ text: string; column: number }> {
	const found: Array<{ text: string; column: number }> = [];
	for (const m of line.matchAll(/(?:Ban [Qq]uản lý|BQL)\s/gu)) {
		const rest = line.slice(m.index);
		const cut = /[,.;:()“”"]|\svà\s|\s(?:Ban [Qq]uản lý|BQL)\s/u.exec(rest.slice(m[0].length));
		const text = (cut ? rest.slice(0, m[0].length + cut.index) : rest).trim();
		// Only a phrase with a zone word and a capitalised place name after it names one board.
		if (/(?:KCN|KKT|KCX|KCNC|[Kk]hu)\b.*\s\p{Lu}\p{Ll}/u.test(text)) found.push({ text, column: m.index + 1 });
	}
	return found;
}

/** Checks every content file; returns one VFile per file with its messages (fatal = error). */
export function checkContent(files: readonly ContentFile[], options: CheckOptions = {}): VFile[] {
	const parsed: Parsed[] = [];
	const seenIds = new Map<string, string>();

	for (const input of files) {
		const kind = input.kind ?? kindOf(input.path);
		if (!kind) continue;
		const file = new VFile({ path: input.path });
		const base = input.path.split('/').pop()!;
		const id = base.replace(/\.(md|yaml)$/, '');
		const error = (reason: string, place: { line: number; column: number } | undefined, ruleId: string) => {
			const m = file.message(reason, { place, ruleId, source: 'archive' });
			m.fatal = true;
		};
		const p: Parsed = { file, kind, id, yamlLine: 1, bodyLine: 1 };
		parsed.push(p);

		let text: string;
		try {
			text = new TextDecoder('utf-8', { fatal: true }).decode(input.bytes);
		} catch {
			error('Tệp không phải UTF-8 (có thể là Windows-1258, TCVN3 hoặc VNI). Chuyển sang UTF-8, hoặc dùng `npm run import -- tệp.txt` để tự nhận dạng bảng mã.', undefined, 'encoding');
			continue;
		}
		if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
		if (!text.trim()) {
			error('Tệp rỗng. Xóa tệp, hoặc tạo bài bằng `npm run new` để có đủ mẫu.', undefined, 'empty-file');
			continue;
		}
		if (text !== text.normalize('NFC')) {
			file.message('Văn bản chưa ở dạng Unicode NFC (dấu tách rời); trang sẽ tự chuẩn hóa, nhưng nên lưu lại ở dạng NFC để tìm kiếm và so sánh đúng.', { ruleId: 'nfc', source: 'archive' });
			// Check the text the build will see: the schema and renderer normalise to NFC too.
			text = text.normalize('NFC');
		}
		if (!ID_PATTERN.test(id)) {
			error(`Tên tệp \`${base}\` không dùng được làm đường dẫn: chỉ chữ thường không dấu, số và “-”. Đổi tên thành \`${slugify(id)}${base.slice(id.length)}\`.`, undefined, 'file-name');
		}
		const duplicate = seenIds.get(`${kind}/${id}`);
		if (duplicate) error(`Trùng mã \`${id}\` với ${duplicate}. Mỗi tệp trong content/${kind}/ cần một tên riêng.`, undefined, 'duplicate-id');
		seenIds.set(`${kind}/${id}`, input.path);

		let yamlText = text;
		if (kind === 'articles') {
			const fm = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
			if (!fm) {
				error('Thiếu phần dữ kiện (front matter) ở đầu bài, giữa hai dòng `---`. Tạo bài bằng `npm run new` để có đủ mẫu.', { line: 1, column: 1 }, 'front-matter');
				continue;
			}
			yamlText = fm[1]!;
			p.yamlLine = 2;
			p.bodyLine = fm[0].split('\n').length + (fm[0].endsWith('\n') ? 0 : 1);
			p.body = text.slice(fm[0].length);
		}
		const lines = new LineCounter();
		const doc = parseDocument(yamlText, { lineCounter: lines, prettyErrors: false });
		p.doc = doc;
		p.lines = lines;
		if (doc.errors.length > 0) {
			for (const e of doc.errors) {
				const pos = lines.linePos(e.pos[0]);
				error(`YAML sai cú pháp: ${e.message.split('\n')[0]}. Kiểm tra dấu “:”, thụt lề và đặt chuỗi có dấu phẩy, hai chấm trong ngoặc kép.`, { line: pos.line + p.yamlLine - 1, column: pos.col }, 'yaml');
			}
			continue;
		}
		const result = SCHEMAS[kind].safeParse(doc.toJS() ?? {});
		if (!result.success) {
			for (const issue of result.error.issues) {
				const path = issue.path.map((k) => (typeof k === 'symbol' ? String(k) : k));
				error(`\`${path.join('.') || '(gốc)'}\`: ${issue.message}`, placeOf(p, path), 'schema');
			}
			continue;
		}
		p.data = result.data;
	}

	// Cross-file checks run on everything that parsed, exactly as the build derives it.
	const ok = parsed.filter((p) => p.data !== undefined);
	const entries = <T>(kind: Kind) => ok.filter((p) => p.kind === kind).map((p): SourceEntry<T> => ({ id: p.id, file: p.file.path, data: p.data as T, body: p.body }));
	const archive = buildArchive({ blocs: entries<BlocData>('blocs'), units: entries<UnitData>('units'), articles: entries<ArticleData>('articles'), includeDrafts: true, vocabulary: options.vocabulary, sourceFiles: options.sourceFiles, renderBody: options.renderBody });
	const byPath = new Map(parsed.map((p) => [p.file.path, p]));
	for (const problem of archive.problems) {
		const p = byPath.get(problem.file);
		if (!p) continue;
		const place = problem.line ? { line: problem.line + p.bodyLine - 1, column: problem.column ?? 1 } : problem.field ? placeOf(p, fieldPath(problem.field)) : undefined;
		const reason = `${problem.field ? `\`${problem.field}\`: ` : ''}${problem.message}${problem.hint ? ` ${problem.hint}` : ''}`;
		const m = p.file.message(reason, { place, ruleId: problem.ruleId, source: 'archive' });
		m.fatal = problem.fatal;
	}

	// Warnings on bodies: spelling, and board names that match no board.
	const known = new Set<string>();
	for (const unit of archive.units.values()) for (const n of [...unit.data.names.map((x) => x.name), ...unit.data.variants]) known.add(canonicalName(n).join(' '));
	for (const p of ok.filter((x) => x.kind === 'articles' && x.body)) {
		const body = p.body!;
		if (options.spell) {
			for (const s of options.spell(body)) p.file.message(s.message, { place: { line: s.line + p.bodyLine - 1, column: s.column }, ruleId: 'spelling', source: 'archive' });
		}
		body.split('\n').forEach((line, i) => {
			for (const name of boardNamesIn(line)) {
				const tokens = canonicalName(name.text).join(' ');
				if ([...known].some((k) => tokens.includes(k) || k.includes(tokens))) continue;
				p.file.message(`Tên ban quản lý \`${name.text}\` không khớp ban nào trong content/units/. Nếu là một ban đã có, thêm cách viết này vào \`variants\` của ban đó; nếu là ban mới, tạo content/units/<mã>.yaml.`, {
					place: { line: i + p.bodyLine, column: name.column },
					ruleId: 'unknown-board-name',
					source: 'archive',
				});
			}
		});
	}
	return parsed.map((p) => p.file);
}
