/**
 * Writing an extraction as a draft article: front matter with every pre-filled field followed by a
 * `# KIỂM TRA: …` comment, unknowns as `null`, `draft: true`, and the cleaned body. A bloc the
 * archive does not have yet gets a draft entry for `content/blocs/_draft-<id>.yaml`. Both are YAML
 * documents written by the `yaml` library (./content/yaml.ts) and validated against the schemas
 * (`validateDraft`) before they are written.
 */
import type { z } from 'astro/zod';
import { ArticleSchema } from '../../schemas/article.ts';
import { BlocSchema } from '../../schemas/bloc.ts';
import { UnitSchema } from '../../schemas/unit.ts';
import { idReference } from '../../schemas/common.ts';
import { writeYaml, type YamlComment } from '../content/yaml.ts';
import type { SourceEncoding } from './encoding.ts';
import type { DraftBloc, DraftUnit, Extraction, Finding, RoleFinding } from './extract.ts';
import { blocksToMarkdown } from './text-cleanup.ts';

const check = (note: string) => `KIỂM TRA: ${note.replace(/\s+/g, ' ').trim()}`;

const CONDITION_NOTE: Record<Extraction['condition'], string> = {
	clean: 'văn bản sạch',
	ocr: 'văn bản nhận dạng ký tự (OCR) bị lỗi: cần khôi phục chữ trước khi đăng',
	'lost-diacritics': 'văn bản mất hết chữ có dấu tiếng Việt (ô, ơ, ư, đ, dấu thanh…): cần khôi phục dấu trước khi đăng',
};

/** The `source.note` describing what the importer did. */
export function sourceNote(e: Extraction, encoding: SourceEncoding): string {
	const parts = [`Nhập tự động (bảng mã ${encoding}).`];
	const { images, tableMarkers, pageLines } = e.cleaned.removed;
	if (pageLines.length) parts.push(`Bỏ ${pageLines.length} dòng của trang web (ngày giờ đăng, đường dẫn, chia sẻ, chữ ký, tin liên quan).`);
	if (images.length) parts.push(`Bỏ tên tệp ảnh còn sót từ trang web (${images.join(', ')}).`);
	if (tableMarkers) parts.push(`Bỏ ${tableMarkers} dấu bảng rỗng (| |).`);
	parts.push('Nối các dòng bị ngắt thành đoạn; chú thích ảnh ghi thành “Ảnh: …”.');
	if (e.cleaned.published) parts.push(`Ngày đăng trên trang nguồn: ${e.cleaned.published}.`);
	if (e.condition !== 'clean') parts.push(`Bản nguồn hỏng: ${e.damageReasons.join('; ')}.`);
	return parts.join(' ');
}

/** The draft's front matter as data, and its `# KIỂM TRA` comments. */
export function draftFrontMatter(e: Extraction, source: { file: string; encoding: SourceEncoding }): { data: Record<string, unknown>; comments: YamlComment[] } {
	const comments: YamlComment[] = [];
	const note = (path: Array<string | number>, text: string) => comments.push({ path, after: check(text) });
	const finding = <T>(path: Array<string | number>, f: Finding<T> | null, missing: string, empty: T | null = null): T | null => {
		note(path, f ? f.review : missing);
		return f ? f.value : empty;
	};
	const drafted = new Set(e.draftUnits.map((u) => u.id));
	const newBoards = (ids: readonly string[]) => ids.filter((id) => drafted.has(id)).map((id) => `; ban mới: hoàn thiện content/units/_draft-${id}.yaml`).join('');
	const role = (path: string[], r: RoleFinding | null) => {
		if (!r) return null;
		note([...path, 'unit'], r.review + newBoards([r.unit]));
		return { unit: r.unit, quote: r.quote };
	};

	if (e.duplicateOf) comments.push({ path: [], before: `KIỂM TRA: ${e.duplicateOf.review}. Nếu đúng, thêm bản nguồn này vào bài content/articles/${e.duplicateOf.id}.md (ghi chú nguồn thứ hai) thay vì đăng bài mới, rồi xóa tệp này.` });
	note(['title'], !e.title ? 'bản nguồn không có tiêu đề: tự đặt và ghi titleEditorial: true' : e.cleaned.titleRecased ? 'bản nguồn in hoa cả tiêu đề; đã viết lại chữ thường: kiểm tra tên riêng' : 'tiêu đề của bài (không phải dòng ngày giờ đăng)');
	const conference: Record<string, unknown> = {
		start: finding(['conference', 'start'], e.conference.start, 'bài không nêu ngày họp (hoặc chưa nhận ra)'),
		end: finding(['conference', 'end'], e.conference.end, 'một ngày hoặc không rõ'),
		place: finding(['conference', 'place'], e.conference.place, 'bài không nêu nơi họp (hoặc chưa nhận ra)'),
		host: finding(['conference', 'host'], e.conference.host && { ...e.conference.host, review: e.conference.host.review + newBoards(e.conference.host.value) }, 'chưa nhận ra đơn vị đăng cai; không suy ra từ Khối trưởng', []),
	};
	if (e.conference.quote) conference.quote = e.conference.quote;
	const elected: Record<string, unknown> = {};
	if (e.elected.year !== null) elected.year = e.elected.year;
	elected.chair = role(['elected', 'chair'], e.elected.chair);
	elected.viceChair = role(['elected', 'viceChair'], e.elected.viceChair);

	const data: Record<string, unknown> = {
		title: e.title,
		titleEditorial: false,
		bloc: finding(['bloc'], e.bloc, 'không nhận ra khối thi đua trong bài'),
		year: finding(['year'], e.year, 'không tìm thấy năm tổng kết'),
		event: e.event,
		conference,
		chair: role(['chair'], e.chair),
		viceChair: role(['viceChair'], e.viceChair),
		elected,
	};
	if (e.nextConference) {
		const n = e.nextConference;
		data.nextConference = { host: n.host, place: n.place, quote: n.quote };
		note(['nextConference', 'host'], n.review);
	}
	data.awards = e.awards.map((a, i) => {
		note(['awards', i, 'kind'], a.review + newBoards(a.recipients));
		return { kind: a.kind, name: a.name, recipients: a.recipients, ...(a.count !== null ? { count: a.count } : {}), status: a.status, by: a.by, quote: a.quote };
	});
	data.officials = e.officials.map((o, i) => {
		note(['officials', i, 'name'], o.review);
		return { name: o.name, title: o.title };
	});
	data.figures = e.figures.map((f, i) => {
		note(['figures', i, 'key'], f.review);
		return { key: f.key, scope: f.scope, measure: f.measure, printed: f.printed, quote: f.quote, ...(f.asOf ? { asOf: f.asOf } : {}), ...(f.estimate ? { estimate: true } : {}) };
	});
	data.source = { publisher: e.cleaned.publisher, title: e.cleaned.titlePrinted, author: e.cleaned.author, file: source.file, condition: e.condition, note: sourceNote(e, source.encoding) };
	if (e.cleaned.author) note(['source', 'author'], 'dòng ngắn cuối bài (chữ ký)');
	note(['source', 'condition'], CONDITION_NOTE[e.condition]);
	data.draft = true;
	return { data, comments };
}

/** The whole draft article: front matter and body. */
export function renderDraft(e: Extraction, source: { file: string; encoding: SourceEncoding }): string {
	const { data, comments } = draftFrontMatter(e, source);
	return `---\n${writeYaml(data, comments)}---\n\n${blocksToMarkdown(e.cleaned.blocks)}`;
}

/** The draft bloc's data and comments. */
export function draftBlocData(b: DraftBloc, sourceFile: string): { data: Record<string, unknown>; comments: YamlComment[] } {
	return {
		data: { kind: b.kind, names: [{ name: b.name, short: b.short }], variants: [], region: b.region, members: b.members.map((m) => ({ unit: m.unit })) },
		comments: [
			{ path: [], before: `KIỂM TRA: khối thi đua mới, lập tự động từ ${sourceFile}. Hoàn thiện rồi đổi tên tệp thành ${b.id}.yaml.` },
			{ path: ['kind'], after: check('khoi (Khối thi đua) hoặc cum (Cụm thi đua)') },
			{ path: ['names', 0, 'name'], after: check('tên như bài in') },
			{ path: ['region'], after: check('vùng của khối') },
			b.members.length
				? { path: ['members'], before: 'KIỂM TRA: các ban quản lý bài nêu tên trong khối; thêm những ban còn thiếu mà nguồn nêu tên' }
				: { path: ['members'], after: check('thêm các ban quản lý thành viên mà nguồn nêu tên: - { unit: <mã> }') },
			...b.members.flatMap((m, i): YamlComment[] => (m.role ? [{ path: ['members', i, 'unit'], after: `bài ghi: ${m.role}` }] : [])),
		],
	};
}

/** A draft bloc entry for `content/blocs/_draft-<id>.yaml` (files starting with `_` are not published). */
export function renderDraftBloc(b: DraftBloc, sourceFile: string): string {
	const { data, comments } = draftBlocData(b, sourceFile);
	return writeYaml(data, comments);
}

/** A field a draft leaves for a person to fill (`null` where the schema needs a value), or a real error. */
export interface DraftIssue {
	/** `conference.start`, `awards[0].recipients`. */
	field: string;
	/** True when the value is only missing (`null`): a person completes it. */
	toFill: boolean;
	message: string;
}

const fieldName = (path: ReadonlyArray<PropertyKey>) => path.map((k, i) => (typeof k === 'number' ? `[${k}]` : `${i ? '.' : ''}${String(k)}`)).join('');

function issuesOf(schema: z.ZodType, data: Record<string, unknown>): DraftIssue[] {
	const result = schema.safeParse(data);
	if (result.success) return [];
	return result.error.issues.map((issue) => {
		let value: unknown = data;
		for (const k of issue.path) value = value === null || value === undefined ? undefined : (value as Record<PropertyKey, unknown>)[k as PropertyKey];
		return { field: fieldName(issue.path), toFill: value === null, message: issue.message };
	});
}

/** Validates a draft article's front matter against the article schema. */
export const validateDraft = (data: Record<string, unknown>): DraftIssue[] => issuesOf(ArticleSchema(idReference), data);

/** Validates a draft bloc against the bloc schema. */
export const validateDraftBloc = (data: Record<string, unknown>): DraftIssue[] => issuesOf(BlocSchema(idReference), data);

const ZONE_WORDS: ReadonlyArray<readonly [RegExp, string]> = [
	[/\bKCNC\b|công nghệ cao/iu, 'KCNC'],
	[/\bKCN\b|khu công nghiệp|và công nghiệp/iu, 'KCN'],
	[/\bKCX\b|chế xuất/iu, 'KCX'],
	[/\bKKT\b|kinh tế/iu, 'KKT'],
];

/** A new board's draft for `content/units/_draft-<id>.yaml`: the name as written, its province, the other forms seen. */
export function draftUnitData(u: DraftUnit, sourceFile: string): { data: Record<string, unknown>; comments: YamlComment[] } {
	const zoneKinds = ZONE_WORDS.filter(([re]) => [u.name, ...u.variants].some((n) => re.test(n))).map(([, kind]) => kind);
	return {
		data: { names: [{ name: u.name }], variants: u.variants, province: u.province, zoneKinds },
		comments: [
			{ path: [], before: `KIỂM TRA: ban quản lý mới, lập tự động từ ${sourceFile}. Hoàn thiện (tên chính thức, năm dùng tên) rồi đổi tên tệp thành ${u.id}.yaml.` },
			{ path: ['names', 0, 'name'], after: 'KIỂM TRA: tên như bài in; ghi tên chính thức nếu biết' },
			{ path: ['province'], after: 'KIỂM TRA: tỉnh, thành phố nêu trong tên' },
			{ path: ['zoneKinds'], after: 'KIỂM TRA: loại khu theo tên ban' },
		],
	};
}

/** The YAML of a new board's draft. */
export function renderDraftUnit(u: DraftUnit, sourceFile: string): string {
	const { data, comments } = draftUnitData(u, sourceFile);
	return writeYaml(data, comments);
}

/** Validates a draft board against the board schema. */
export const validateDraftUnit = (data: Record<string, unknown>): DraftIssue[] => issuesOf(UnitSchema(), data);
