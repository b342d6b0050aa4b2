/** Display-ready history of a bloc and of a board, selected from the derived archive. */
import type { Archive, Article, AwardRow, ChairRow } from './archive-build.ts';
import { formatDateRange } from './partial-date.ts';

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
	const chairFor = (year: number, role: ChairRow['role']) => {
		const row = archive.chairs.find((c) => c.bloc === blocId && c.year === year && c.role === role);
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
			awards: archive.awards.filter((w) => w.bloc === blocId && w.year === row.year),
		};
	});
}

/** Everything the archive knows about one board. */
export function unitHistory(archive: Archive, unitId: string) {
	const memberships = [...archive.blocs.values()].flatMap((bloc) => bloc.members.filter((m) => m.unit === unitId).map((m) => ({ bloc: bloc.id, from: m.from, to: m.to })));
	const roles = archive.chairs.filter((c) => c.unit === unitId).sort((a, b) => a.year - b.year);
	const hosted = archive.articleList.filter((a) => a.host.includes(unitId)).map(conferenceSummary).reverse();
	const awards = archive.awards.filter((w) => w.unit === unitId).sort((a, b) => a.year - b.year);
	const mentions = archive.articleList.filter((a) => a.mentions.includes(unitId));
	return { memberships, roles, hosted, awards, mentions };
}
