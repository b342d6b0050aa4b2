/** Display-ready history of a bloc and of a board, selected from the derived archive. */
import type { Archive, Article, AwardRow, ChairRow } from '../archive/index.ts';
import { archiveIndex, blocYearKey, listOf, roleKey } from '../archive/indexes.ts';
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

/** One year of a bloc's history; `gap` when the archive has nothing for it. */
export interface BlocYear {
	year: number;
	gap: boolean;
	chair: { unit: string; cites: string[]; sources: string[] } | null;
	viceChair: { unit: string; cites: string[]; sources: string[] } | null;
	conferences: ConferenceSummary[];
	elected: Array<{ role: 'chair' | 'vice-chair'; unit: string; year: number; cite: string }>;
	awards: AwardRow[];
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
	const chairFor = (year: number, role: ChairRow['role']) => {
		const row = index.chairAt.get(roleKey(blocId, year, role));
		return row ? { unit: row.unit, cites: row.cites, sources: row.sources } : null;
	};
	return rows.map((row) => {
		const articles = row.articles.map((id) => archive.articles.get(id)!);
		return {
			year: row.year,
			gap: row.gap,
			chair: chairFor(row.year, 'chair'),
			viceChair: chairFor(row.year, 'vice-chair'),
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
