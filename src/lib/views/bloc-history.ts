/** Display-ready history of a bloc and of a board, selected from the derived archive. */
import type { Archive, Article, AwardRow, ChairRow } from '../archive/index.ts';
import { archiveIndex, blocYearKey, listOf, roleKey } from '../archive/indexes.ts';
import type { RoleHolder, RotationEntry } from '../archive/rotation.ts';
import { formatDateRange } from '../text/partial-date.ts';

/** A conference as shown in a timeline or table. */
export interface ConferenceSummary {
	article: string;
	url: string;
	title: string;
	when: string;
	known: boolean;
	place: string | null;
	host: string[];
	cite: string;
}

/** A board named for a role, with the sentences and articles that say so. */
export interface RoleHolderView {
	unit: string;
	cites: string[];
	sources: string[];
}

/** Who held a role: who served, and who was elected the year before when that differs. */
export interface RoleView extends RoleHolderView {
	elected: RoleHolderView | null;
}

/** One year of a bloc's history; `gap` when the archive has nothing for it. */
export interface BlocYear {
	year: number;
	gap: boolean;
	chair: RoleView | null;
	viceChair: RoleView | null;
	/** Roles the sources disagree about (recorded in the bloc file): every value with its sources. */
	disputes: Array<{ role: ChairRow['role']; note: string; values: RoleHolderView[] }>;
	conferences: ConferenceSummary[];
	elected: Array<{ role: 'chair' | 'vice-chair'; unit: string; year: number; cite: string }>;
	awards: AwardRow[];
}

/** A rotation holder as shown: its unit, the sentences and the articles (each once). */
function holderView(holder: RoleHolder): RoleHolderView {
	return { unit: holder.unit, cites: [...new Set(holder.sources.map((s) => s.cite))], sources: [...new Set(holder.sources.map((s) => s.article))] };
}

/** Summarises an article's conference for tables. */
export function conferenceSummary(article: Article): ConferenceSummary {
	const c = article.data.conference;
	return {
		article: article.id,
		url: article.url,
		title: article.title,
		when: formatDateRange(c.start, c.end),
		known: c.start !== null,
		place: c.place,
		host: article.host,
		cite: article.conferenceCite,
	};
}

/** The bloc's years, oldest first, each with its chair, conference, elections and awards. */
export function blocYears(archive: Archive, blocId: string): BlocYear[] {
	const rows = archive.timelines.get(blocId) ?? [];
	const index = archiveIndex(archive);
	const chairFor = (year: number, role: ChairRow['role'], entry: RotationEntry | null): RoleView | null => {
		const row = index.chairAt.get(roleKey(blocId, year, role));
		return row ? { unit: row.unit, cites: row.cites, sources: row.sources, elected: entry?.elected ? holderView(entry.elected) : null } : null;
	};
	return rows.map((row) => {
		const articles = row.articles.map((id) => archive.articles.get(id)!);
		return {
			year: row.year,
			gap: row.gap,
			chair: chairFor(row.year, 'chair', row.chair),
			viceChair: chairFor(row.year, 'vice-chair', row.viceChair),
			disputes: row.disputes.map((d) => ({ role: d.role, note: d.note, values: d.values.map(holderView) })),
			conferences: articles.map(conferenceSummary),
			elected: articles.flatMap((a) => [
				...(a.electedChair ? [{ role: 'chair' as const, unit: a.electedChair.value, year: a.electedYear, cite: a.electedChair.cite }] : []),
				...(a.electedViceChair ? [{ role: 'vice-chair' as const, unit: a.electedViceChair.value, year: a.electedYear, cite: a.electedViceChair.cite }] : []),
			]),
			awards: [...listOf(index.awardsByBlocYear, blocYearKey(blocId, row.year))],
		};
	});
}

/** Everything the archive knows about one board. */
export function unitHistory(archive: Archive, unitId: string) {
	const index = archiveIndex(archive);
	const memberships = listOf(index.blocsByUnit, unitId).flatMap((bloc) => bloc.members.filter((m) => m.unit === unitId).map((m) => ({ bloc: bloc.id, from: m.from, to: m.to })));
	const roles = [...listOf(index.chairsByUnit, unitId)].sort((a, b) => a.year - b.year);
	const hosted = listOf(index.hostedByUnit, unitId).map(conferenceSummary).reverse();
	const awards = [...listOf(index.awardsByUnit, unitId)].sort((a, b) => a.year - b.year);
	const mentions = [...listOf(index.mentionsByUnit, unitId)];
	return { memberships, roles, hosted, awards, mentions };
}
