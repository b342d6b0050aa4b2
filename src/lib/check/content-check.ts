/**
 * The content checker: every validation the build makes (encoding, YAML, schema, references,
 * dates, quotes, conflicts, figures, raw HTML, ids) plus warnings (spelling, board names in a
 * body that match no board), as vfile messages with `line:col`, without building the site.
 */
import { VFile } from 'vfile';
import type { Document, LineCounter } from 'yaml';
import type { z } from 'astro/zod';
import { ArticleSchema, type ArticleData } from '../../schemas/article.ts';
import { BlocSchema, type BlocData } from '../../schemas/bloc.ts';
import { idReference } from '../../schemas/common.ts';
import { UnitSchema, type UnitData } from '../../schemas/unit.ts';
import { buildArchive, type ArchiveInput, type SourceEntry } from '../archive/index.ts';
import { vnDateToIso } from '../text/vn-date.ts';
import { schemaMessage, yamlReason, duplicateIdRule, emptyFileRule, encodingRule, fileNameRule, frontMatterRule, nfcRule, schemaRule, spellingRule, unknownBoardNameRule, yamlRule } from './rules.ts';
import type { Vocabulary } from '../indicators/figures.ts';
import { canonicalName } from '../archive/mentions.ts';
import { slugify } from '../text/slug.ts';
import { splitFrontMatter } from '../content/front-matter.ts';
import { parseYaml } from '../content/yaml.ts';
import { mdxProse } from './mdx-prose.ts';

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
	/** Spell-checks a body; returns unknown words with 1-based line/column relative to the text. */
	spell?: (text: string) => Array<{ line: number; column: number; word: string; suggestions: readonly string[] }>;
	/** The indicator vocabulary, to check figure keys and kinds. */
	vocabulary?: Vocabulary;
	/** File names in `content/sources/`, to check every `source.file`. */
	sourceFiles?: ReadonlySet<string>;
	/** File names in `content/anh/`, to check every `<Hinh src>` of an MDX article. */
	imageFiles?: ReadonlySet<string>;
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
	/** `draft: true` in the front matter (read from the text, so even a draft that does not validate counts). */
	draft: boolean;
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
	const seenIds = new Map<string, string>();
	const parsed = files.flatMap((input) => {
		const kind = input.kind ?? kindOf(input.path);
		return kind ? [parseFile(input, kind, seenIds)] : [];
	});
	// Cross-file checks run on everything that parsed, exactly as the build derives it (drafts left out); their messages land on the same VFiles.
	const ok = parsed.filter((p) => p.data !== undefined);
	const entries = <T>(kind: Kind, own: boolean) => ok.filter((p) => p.kind === kind).map((p): SourceEntry<T> => ({ id: p.id, file: p.file.path, data: p.data as T, body: p.body, vfile: own ? p.file : undefined, locate: (field) => placeOf(p, fieldPath(field)), bodyLine: p.bodyLine }));
	const derive = (own: boolean, includeDrafts: boolean) => buildArchive({ blocs: entries<BlocData>('blocs', own), units: entries<UnitData>('units', own), articles: entries<ArticleData>('articles', own), includeDrafts, vocabulary: options.vocabulary, sourceFiles: options.sourceFiles, imageFiles: options.imageFiles, renderBody: options.renderBody });
	const archive = derive(true, false);
	const drafts = parsed.filter((p) => p.draft);
	if (drafts.length > 0) keepDraftMessages(derive(false, true), drafts);
	const known = new Set<string>();
	for (const unit of archive.units.values()) for (const n of [...unit.data.names.map((x) => x.name), ...unit.data.variants]) known.add(canonicalName(n).join(' '));
	for (const p of ok.filter((x) => x.kind === 'articles' && x.body)) checkBody(p, known, options);
	for (const p of drafts) for (const m of p.file.messages) demoteInDraft(m);
	return parsed.map((p) => p.file);
}

/** A draft's derivation messages (the second run, drafts included) move to its own VFile. */
function keepDraftMessages(withDrafts: { diagnostics: VFile[] }, drafts: readonly Parsed[]): void {
	const byPath = new Map(withDrafts.diagnostics.map((f) => [f.path, f]));
	for (const p of drafts) p.file.messages.push(...(byPath.get(p.file.path)?.messages ?? []));
}

/** In a `draft: true` file every problem is a warning: a draft never blocks publishing. */
function demoteInDraft(message: VFile['messages'][number]): void {
	if (!message.fatal) return;
	message.fatal = false;
	message.note = `${message.note ? `${message.note} ` : ''}(Bài nháp: chưa chặn việc dựng trang; khi bỏ \`draft: true\` để đăng, đây là lỗi.)`;
}

/** Where fields and the body are in one content file: for callers that derived without positions (the build's error path). */
export function locatorFor(input: ContentFile): Pick<SourceEntry<unknown>, 'locate' | 'bodyLine'> {
	const kind = input.kind ?? kindOf(input.path);
	if (!kind) return {};
	const p = parseFile(input, kind, new Map());
	return { locate: (field) => placeOf(p, fieldPath(field)), bodyLine: p.bodyLine };
}

/** Decodes, splits and parses one file, validating it against its collection's schema. */
function parseFile(input: ContentFile, kind: Kind, seenIds: Map<string, string>): Parsed {
	const file = new VFile({ path: input.path });
	const base = input.path.split('/').pop()!;
	const id = base.replace(/\.(mdx?|yaml)$/, '');
	const p: Parsed = { file, kind, id, yamlLine: 1, bodyLine: 1, draft: false };
	const text = decode(input.bytes, file);
	if (text === null) return p;
	if (!ID_PATTERN.test(id)) fileNameRule({ base, suggestion: `${slugify(id)}${base.slice(id.length)}` }, file);
	else if (/^\d+$/.test(id)) fileNameRule({ base, suggestion: `${kind === 'articles' ? 'bai' : kind === 'blocs' ? 'khoi' : 'ban'}-${base}`, digits: true }, file);
	const duplicate = seenIds.get(`${kind}/${id}`);
	if (duplicate) duplicateIdRule({ id, other: duplicate, kind }, file);
	seenIds.set(`${kind}/${id}`, input.path);
	let yamlText = text;
	if (kind === 'articles') {
		const fm = splitFrontMatter(text);
		if (!fm) {
			frontMatterRule(null, file);
			return p;
		}
		yamlText = fm.yaml;
		p.draft = /^draft:[ \t]*true[ \t]*(?:#.*)?$/m.test(yamlText);
		p.yamlLine = fm.yamlLine;
		p.bodyLine = fm.bodyLine;
		p.body = fm.body;
	}
	validateEntry(p, yamlText);
	return p;
}

/** The file's text (NFC, without BOM), or `null` when it is not UTF-8 or is empty. */
function decode(bytes: Uint8Array, file: VFile): string | null {
	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		encodingRule(null, file);
		return null;
	}
	if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
	if (!text.trim()) {
		emptyFileRule(null, file);
		return null;
	}
	if (text === text.normalize('NFC')) return text;
	nfcRule(null, file);
	// Check the text the build will see: the schema and renderer normalise to NFC too.
	return text.normalize('NFC');
}

/** Parses the YAML (the archive's one reader, with positions) and validates it; sets `data` when valid. */
function validateEntry(p: Parsed, yamlText: string): void {
	const yaml = parseYaml(yamlText);
	p.doc = yaml.doc;
	p.lines = yaml.lines;
	if (yaml.errors.length > 0) {
		for (const e of yaml.errors) yamlRule({ reason: yamlReason(e.code, e.message), place: { line: e.line + p.yamlLine - 1, column: e.column } }, p.file);
		return;
	}
	const result = SCHEMAS[p.kind].safeParse(yaml.data ?? {});
	if (result.success) {
		p.data = result.data;
		return;
	}
	for (const issue of result.error.issues) {
		const path = issue.path.map((k) => (typeof k === 'symbol' ? String(k) : k));
		const raw = path.length === 0 ? yaml.doc.toJS() : yaml.doc.getIn(path);
		const { reason, note } = schemaMessage(issue as Parameters<typeof schemaMessage>[0], raw instanceof Object && 'toJSON' in raw ? (raw as { toJSON(): unknown }).toJSON() : raw, vnDateToIso);
		schemaRule({ field: fieldName(path), reason, note, place: placeOf(p, path) }, p.file);
	}
}

/** `awards[0].recipients[1]` from a path. */
function fieldName(path: ReadonlyArray<string | number>): string {
	return path.reduce<string>((name, k) => (typeof k === 'number' ? `${name}[${k}]` : name ? `${name}.${k}` : k), '') || '(gốc)';
}

/** Warnings on a body: spelling, and board names that match no board. */
function checkBody(p: Parsed, known: ReadonlySet<string>, options: CheckOptions): void {
	const body = p.body!;
	for (const s of options.spell?.(p.file.path.endsWith('.mdx') ? mdxProse(body) : body) ?? []) spellingRule({ word: s.word, suggestions: s.suggestions, place: { line: s.line + p.bodyLine - 1, column: s.column } }, p.file);
	body.split('\n').forEach((line, i) => {
		for (const name of boardNamesIn(line)) {
			const tokens = canonicalName(name.text).join(' ');
			if ([...known].some((k) => tokens.includes(k) || k.includes(tokens))) continue;
			unknownBoardNameRule({ name: name.text, place: { line: i + p.bodyLine, column: name.column } }, p.file);
		}
	});
}
