/**
 * The archive the preview needs for one article being edited: the blocs and boards as the build
 * parses them, and the article derived by `buildArchive`, exactly as the build would. Problems
 * (a required field still empty, a quote not in the body) come back as the checker words them.
 * Pure: raw data in (what the YAML files and the editor's form hold), plain data out.
 */
import { buildArchive, type Article, type Bloc, type Unit } from '../archive/index.ts';
import { schemaMessage } from '../check/rules.ts';
import { vnDateToIso } from '../text/vn-date.ts';
import { ArticleSchema, type ArticleData } from '../../schemas/article.ts';
import { BlocSchema, type BlocData } from '../../schemas/bloc.ts';
import { idReference } from '../../schemas/common.ts';
import { UnitSchema, type UnitData } from '../../schemas/unit.ts';

/** A bloc or board file as read: its id (file name) and its YAML data. */
export interface RawEntry {
	id: string;
	data: unknown;
}

export type PreviewArchive = { ok: true; article: Article; bloc: Bloc; units: ReadonlyMap<string, Unit>; problems: string[] } | { ok: false; problems: string[] };

/** Schema problems worded as the checker words them (`year: thiếu trường bắt buộc này. …`). */
const issues = (error: { issues: ReadonlyArray<{ path: PropertyKey[]; code: string; message: string }> }, data: unknown) =>
	error.issues.map((i) => {
		const path = i.path.map((k) => (typeof k === 'symbol' ? String(k) : k));
		const raw = path.reduce<unknown>((v, k) => (v !== null && typeof v === 'object' ? (v as Record<string | number, unknown>)[k] : undefined), data);
		const { reason, note } = schemaMessage(i as Parameters<typeof schemaMessage>[0], raw, vnDateToIso);
		return `${path.join('.') || '(bài)'}: ${reason}${note ? ` ${note}` : ''}`;
	});

export function previewArchive(input: { blocs: readonly RawEntry[]; units: readonly RawEntry[]; article: { id: string; data: unknown; body: string } }): PreviewArchive {
	const blocs = input.blocs.flatMap((b) => {
		const r = BlocSchema(idReference).safeParse(b.data);
		return r.success ? [{ id: b.id, file: `content/blocs/${b.id}.yaml`, data: r.data as BlocData }] : [];
	});
	const units = input.units.flatMap((u) => {
		const r = UnitSchema().safeParse(u.data);
		return r.success ? [{ id: u.id, file: `content/units/${u.id}.yaml`, data: r.data as UnitData }] : [];
	});
	const parsed = ArticleSchema(idReference).safeParse(input.article.data);
	if (!parsed.success) return { ok: false, problems: issues(parsed.error, input.article.data) };
	const file = `content/articles/${input.article.id}.md`;
	const archive = buildArchive({ blocs, units, articles: [{ id: input.article.id, file, data: parsed.data as ArticleData, body: input.article.body }], includeDrafts: true });
	const problems = archive.diagnostics.filter((f) => f.path === file).flatMap((f) => f.messages.filter((m) => m.fatal).map((m) => m.reason));
	const article = archive.articles.get(input.article.id);
	const bloc = article ? archive.blocs.get(article.bloc) : undefined;
	if (!article || !bloc) return { ok: false, problems: problems.length ? problems : ['Chưa đủ dữ kiện để xem trước.'] };
	return { ok: true, article, bloc, units: archive.units, problems };
}
