/**
 * Phase 4, rotation and timeline: who chaired and vice-chaired each bloc each year (from what
 * articles state and what they elected, never from who hosted), the year-by-year timeline with
 * gaps, and the chairs export. Disagreeing statements fail, naming both articles.
 */
import type { VFileMessage } from 'vfile-message';
import { lintRule } from '../../plugins/lint-rule.ts';
import { nameAt } from '../text/names.ts';
import { unitNameAt } from './boards.ts';
import type { Diagnostics } from './diagnostics.ts';
import { deriveRotation, yearSpan, type Role, type RoleStatement, type RotationConflict, type RotationDispute, type RotationEntry } from './rotation.ts';
import type { Article, Bloc, ChairRow, Cited, TimelineYear, Unit } from './types.ts';

/** Two articles naming different boards for one role in one year. */
interface RoleConflict {
	conflict: RotationConflict;
	bloc: Bloc;
	place: ReturnType<Diagnostics['at']>;
	cause: VFileMessage;
}

const basisText = (s: RoleStatement) => (s.basis === 'elected' ? 'bầu cho năm sau' : 'nêu trong năm');
const roleField = (s: Pick<RoleStatement, 'role' | 'basis'>) => `${s.basis === 'elected' ? 'elected.' : ''}${s.role === 'chair' ? 'chair' : 'viceChair'}`;

/** `conflict` (rotation): articles disagree about who held a role in a year. */
export const roleConflictRule = lintRule<RoleConflict>({ origin: 'archive:conflict' }, ({ conflict: c, bloc, place, cause }, file) => {
	const detail = c.statements.map((s) => `\`${s.unit}\` (${s.file}, ${basisText(s)})`).join(' và ');
	const title = c.role === 'chair' ? bloc.chairTitle : bloc.viceChairTitle;
	const message = file.message(`\`${c.role === 'chair' ? 'chair' : 'viceChair'}\`: Các bài mâu thuẫn về ${title} năm ${c.year} của ${bloc.short}: ${detail}.`, { place, cause });
	message.note = `Đối chiếu với nguồn rồi sửa bài sai. Kho lưu trữ không tự chọn một bên. Nếu các nguồn thật sự ghi khác nhau, ghi vào ${bloc.file}: \`disputes: [{ year: ${c.year}, role: ${c.role}, note: "…" }]\`.`;
});

/** The board that served differs from the one elected the year before (a warning: both are kept). */
interface ElectedNotServed {
	entry: RotationEntry & { elected: NonNullable<RotationEntry['elected']> };
	bloc: Bloc;
	place: ReturnType<Diagnostics['at']>;
	cause: VFileMessage;
}

/** `elected-not-served`: the year's article names another chair than the one elected at Y−1. */
export const electedNotServedRule = lintRule<ElectedNotServed>({ origin: 'archive:elected-not-served', severity: 'warning' }, ({ entry: e, bloc, place, cause }, file) => {
	const title = e.role === 'chair' ? bloc.chairTitle : bloc.viceChairTitle;
	const message = file.message(`\`${roleField({ role: e.role, basis: 'stated' })}\`: ${title} năm ${e.year} của ${bloc.short} là \`${e.unit}\`, khác \`${e.elected.unit}\` được bầu ở hội nghị năm trước (${e.elected.sources.map((s) => s.file).join(', ')}).`, { place, cause });
	message.note = 'Không cần sửa nếu đúng như nguồn (ban được bầu xin rút, khối bầu lại): trang ghi ban đã giữ vai trò, kèm “được bầu: …” và cả hai nguồn. Ghi lý do vào `conference.note` nếu bài có nêu.';
});

/** What the articles of a bloc state about its roles, year by year. */
export function roleStatements(list: readonly Article[]): RoleStatement[] {
	const statements: RoleStatement[] = [];
	const push = (article: Article, year: number, role: Role, basis: RoleStatement['basis'], fact: Cited<string> | null) => {
		if (fact) statements.push({ year, role, unit: fact.value, basis, article: article.id, file: article.file, cite: fact.cite });
	};
	for (const a of list) {
		push(a, a.year, 'chair', 'stated', a.chair);
		push(a, a.year, 'vice-chair', 'stated', a.viceChair);
		push(a, a.electedYear, 'chair', 'elected', a.electedChair);
		push(a, a.electedYear, 'vice-chair', 'elected', a.electedViceChair);
	}
	return statements;
}

/** Rotation, timelines and chair rows of every bloc; conflicts reported on the last article involved, with the first as `cause`. */
export function deriveTimelines(blocs: ReadonlyMap<string, Bloc>, byBloc: ReadonlyMap<string, readonly Article[]>, units: ReadonlyMap<string, Unit>, diagnostics: Diagnostics): { timelines: Map<string, TimelineYear[]>; chairs: ChairRow[] } {
	const timelines = new Map<string, TimelineYear[]>();
	const chairs: ChairRow[] = [];
	for (const bloc of blocs.values()) {
		const list = byBloc.get(bloc.id) ?? [];
		const rotation = deriveRotation(roleStatements(list), bloc.data.disputes);
		for (const conflict of rotation.conflicts) reportRoleConflict(conflict, bloc, diagnostics);
		for (const entry of rotation.entries) if (entry.elected) reportElectedNotServed({ ...entry, elected: entry.elected }, bloc, diagnostics);
		timelines.set(bloc.id, timelineOf(bloc, list, rotation.entries, rotation.disputes));
		chairs.push(...rotation.entries.map((e) => chairRow(bloc, e, units)));
	}
	chairs.sort((a, b) => a.bloc.localeCompare(b.bloc) || a.year - b.year || (a.role === b.role ? 0 : a.role === 'chair' ? -1 : 1));
	return { timelines, chairs };
}

function reportRoleConflict(conflict: RotationConflict, bloc: Bloc, diagnostics: Diagnostics): void {
	const last = conflict.statements.at(-1)!;
	const first = conflict.statements.find((s) => s.unit !== last.unit && s.basis === last.basis) ?? conflict.statements.find((s) => s.unit !== last.unit)!;
	const cause = diagnostics.causeAt(first.file, roleField(first), `ghi \`${first.unit}\` (${basisText(first)}).`);
	const field = conflict.role === 'chair' ? 'chair' : 'viceChair';
	roleConflictRule({ conflict, bloc, place: diagnostics.at(last.file, roleField(last)) ?? diagnostics.at(last.file, field), cause }, diagnostics.file(last.file));
}

function reportElectedNotServed(entry: ElectedNotServed['entry'], bloc: Bloc, diagnostics: Diagnostics): void {
	const served = entry.sources.at(-1)!;
	const elected = entry.elected.sources[0]!;
	const cause = diagnostics.causeAt(elected.file, roleField(elected), `bầu \`${elected.unit}\` cho năm ${entry.year}.`);
	electedNotServedRule({ entry, bloc, place: diagnostics.at(served.file, roleField(served)), cause }, diagnostics.file(served.file));
}

/** Every year from the bloc's first to its last known year; a year without articles, roles or disputes is a gap. */
export function timelineOf(bloc: Bloc, list: readonly Article[], entries: readonly RotationEntry[], disputes: readonly RotationDispute[] = []): TimelineYear[] {
	const years = yearSpan([...list.map((a) => a.year), ...entries.map((e) => e.year), ...disputes.map((d) => d.year), ...(bloc.data.from ? [bloc.data.from] : []), ...(bloc.data.to ? [bloc.data.to] : [])]);
	return years.map((year) => {
		const ids = list.filter((a) => a.year === year).map((a) => a.id);
		const chair = entries.find((e) => e.year === year && e.role === 'chair') ?? null;
		const viceChair = entries.find((e) => e.year === year && e.role === 'vice-chair') ?? null;
		const inYear = disputes.filter((d) => d.year === year);
		return { year, articles: ids, chair, viceChair, disputes: inYear, gap: ids.length === 0 && !chair && !viceChair && inYear.length === 0 };
	});
}

function chairRow(bloc: Bloc, e: RotationEntry, units: ReadonlyMap<string, Unit>): ChairRow {
	return {
		bloc: bloc.id,
		blocName: nameAt(bloc.data.names, e.year).name,
		year: e.year,
		role: e.role,
		unit: e.unit,
		unitName: unitNameAt(units, e.unit, e.year),
		sources: [...new Set(e.sources.map((s) => s.article))],
		cites: [...new Set(e.sources.map((s) => s.cite))],
	};
}
