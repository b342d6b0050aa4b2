/** Display-ready history of a bloc and of a board, selected from the derived archive. */
import type { Archive, Article, Bloc, ChairRow } from '../archive/index.ts';
import { archiveIndex, blocYearKey, listOf, roleKey } from '../archive/indexes.ts';
import type { RoleHolder, RotationEntry } from '../archive/rotation.ts';
import { formatDateRange } from '../text/partial-date.ts';
import { awardIndex } from './merge-awards.ts';
import { articleCard, awardView, blocRef, unitRef, type ArticleCard, type AwardView, type BlocRef, type UnitRef } from './refs.ts';

/** A conference as shown in a timeline or table. */
export interface ConferenceSummary {
	article: string;
	url: string;
	title: string;
	/** The reviewed year of the reporting article. */
	year: number;
	/** `tổng kết` or `sơ kết`. */
	eventLabel: string;
	when: string;
	known: boolean;
	place: string | null;
	/** Hosting boards, named as in the reviewed year. */
	host: UnitRef[];
	cite: string;
}

/** A board named for a role, with the sentences and articles that say so. */
export interface RoleHolderView {
	unit: UnitRef;
	cites: string[];
	sources: string[];
}

/** Who held a role: who served, and who was elected the year before when that differs. */
export interface RoleView extends RoleHolderView {
	elected: RoleHolderView | null;
}

/** A role the sources disagree about (recorded in the bloc file): every value with its sources. */
export interface RoleDispute {
	role: ChairRow['role'];
	note: string;
	values: RoleHolderView[];
}

/** One year of a bloc's history; `gap` when the archive has nothing for it. */
export interface BlocYear {
	year: number;
	gap: boolean;
	chair: RoleView | null;
	viceChair: RoleView | null;
	/** Roles the sources disagree about (recorded in the bloc file). */
	disputes: RoleDispute[];
	/** The chair's and the vice-chair's cells, in that order: a dispute, a holder, or unknown. */
	roles: Array<{ holder: RoleView | null; dispute: RoleDispute | null }>;
	conferences: ConferenceSummary[];
	elected: Array<{ role: 'chair' | 'vice-chair'; unit: UnitRef; year: number; cite: string }>;
	awards: AwardView[];
	/** Articles behind the year's chair, vice-chair and conferences, each once. */
	sources: Array<{ url: string; label: string }>;
}

/** A rotation holder as shown: its unit (named as in `year`), the sentences and the articles (each once). */
function holderView(archive: Pick<Archive, 'units'>, holder: RoleHolder, year: number): RoleHolderView {
	return { unit: unitRef(archive.units, holder.unit, year), cites: [...new Set(holder.sources.map((s) => s.cite))], sources: [...new Set(holder.sources.map((s) => s.article))] };
}

/** Numbers links whose labels repeat (`Bài tổng kết năm 2018 (1)`, `(2)`); unique labels stay as they are. */
export function numbered<T extends { label: string }>(links: readonly T[]): T[] {
	const seen = new Map<string, number>();
	return links.map((l) => {
		if (links.filter((x) => x.label === l.label).length < 2) return l;
		const n = (seen.get(l.label) ?? 0) + 1;
		seen.set(l.label, n);
		return { ...l, label: `${l.label} (${n})` };
	});
}

/** Summarises an article's conference for tables. */
export function conferenceSummary(archive: Pick<Archive, 'units'>, article: Article): ConferenceSummary {
	const c = article.data.conference;
	return {
		article: article.id,
		url: article.url,
		title: article.title,
		year: article.year,
		eventLabel: article.data.event === 'so-ket' ? 'sơ kết' : 'tổng kết',
		when: formatDateRange(c.start, c.end),
		known: c.start !== null,
		place: c.place,
		host: article.host.map((h) => unitRef(archive.units, h, article.year)),
		cite: article.conferenceCite,
	};
}

/** The bloc's years, oldest first, each with its chair, conference, elections and awards. */
export function blocYears(archive: Archive, blocId: string): BlocYear[] {
	const rows = archive.timelines.get(blocId) ?? [];
	const index = archiveIndex(archive);
	const chairFor = (year: number, role: ChairRow['role'], entry: RotationEntry | null): RoleView | null => {
		const row = index.chairAt.get(roleKey(blocId, year, role));
		return row ? { unit: unitRef(archive.units, row.unit, year), cites: row.cites, sources: row.sources, elected: entry?.elected ? holderView(archive, entry.elected, year) : null } : null;
	};
	return rows.map((row) => {
		const articles = row.articles.map((id) => archive.articles.get(id)!);
		const chair = chairFor(row.year, 'chair', row.chair);
		const viceChair = chairFor(row.year, 'vice-chair', row.viceChair);
		const disputes = row.disputes.map((d) => ({ role: d.role, note: d.note, values: d.values.map((v) => holderView(archive, v, row.year)) }));
		const sourceIds = [...new Set([...(chair?.sources ?? []), ...(chair?.elected?.sources ?? []), ...(viceChair?.sources ?? []), ...(viceChair?.elected?.sources ?? []), ...disputes.flatMap((d) => d.values.flatMap((v) => v.sources)), ...articles.map((a) => a.id)])];
		return {
			year: row.year,
			gap: row.gap,
			chair,
			viceChair,
			disputes,
			roles: [
				{ holder: chair, dispute: disputes.find((d) => d.role === 'chair') ?? null },
				{ holder: viceChair, dispute: disputes.find((d) => d.role === 'vice-chair') ?? null },
			],
			conferences: articles.map((a) => conferenceSummary(archive, a)),
			elected: articles.flatMap((a) => [
				...(a.electedChair ? [{ role: 'chair' as const, unit: unitRef(archive.units, a.electedChair.value, a.electedYear), year: a.electedYear, cite: a.electedChair.cite }] : []),
				...(a.electedViceChair ? [{ role: 'vice-chair' as const, unit: unitRef(archive.units, a.electedViceChair.value, a.electedYear), year: a.electedYear, cite: a.electedViceChair.cite }] : []),
			]),
			awards: (awardIndex(archive).byBlocYear.get(blocYearKey(blocId, row.year)) ?? []).map((w) => awardView(archive, w)),
			sources: numbered(
				sourceIds.map((id) => {
					const a = archive.articles.get(id)!;
					return { url: a.url, label: `${a.data.event === 'so-ket' ? 'Bài sơ kết' : 'Bài tổng kết'} năm ${a.year}` };
				}),
			),
		};
	});
}

/** A bloc's lineage as links: predecessors and successors with the act that changed them. */
export interface LineageLink {
	bloc: BlocRef;
	act: string;
	/** The act's date as text, or `null` when the source does not give it. */
	date: string | null;
	change: string | null;
}

/** A board of a bloc and the years it belonged, as far as the sources say (never guessed from the bloc's own end). */
export interface MemberRow {
	unit: UnitRef;
	province: string;
	from: number | null;
	to: number | null;
}

/** How many years a bloc page shows in full (timeline, awards); older years are links. */
export const RECENT_YEARS = 3;
/** How many years the bloc page's rotation table shows; every year is on the bloc's rotation page. */
export const ROTATION_YEARS = 5;
/** How many of a bloc's latest articles its page lists. */
export const RECENT_ARTICLES = 3;

/** Everything a bloc page shows. */
export interface BlocPage {
	id: string;
	/** Every year, oldest first (the rotation page). */
	years: BlocYear[];
	/** The latest `ROTATION_YEARS` years, oldest first (the bloc page's rotation table). */
	rotationYears: BlocYear[];
	/** The latest years with records in full, newest first (the timeline). */
	recentYears: BlocYear[];
	/** Older years, newest first, each with its articles by name. */
	olderYears: Array<{ year: number; gap: boolean; articles: Array<{ url: string; label: string; title: string }> }>;
	/** The latest articles, and how many there are. */
	articles: ArticleCard[];
	articleCount: number;
	/** Awards of the latest two years with awards, and the years and count of all. */
	awards: AwardView[];
	awardCount: number;
	members: MemberRow[];
	predecessors: LineageLink[];
	successors: LineageLink[];
}

/** A bloc page's data, selected once. */
export function blocPage(archive: Archive, blocId: string): BlocPage {
	const bloc = archive.blocs.get(blocId)!;
	const index = archiveIndex(archive);
	const link = (l: Bloc['predecessors'][number]): LineageLink => ({
		bloc: blocRef(archive, l.bloc)!,
		act: l.act,
		date: l.date ? formatDateRange(l.date, null) : null,
		change: l.change ?? null,
	});
	const years = blocYears(archive, blocId);
	const newest = [...years].reverse();
	const recentYears = newest.slice(0, RECENT_YEARS);
	const articles = listOf(index.articlesByBloc, blocId);
	const awards = (awardIndex(archive).byBloc.get(blocId) ?? []).map((w) => awardView(archive, w));
	const awardYears = [...new Set(awards.map((w) => w.year))].sort((a, b) => b - a).slice(0, 2);
	return {
		id: blocId,
		years,
		rotationYears: years.slice(-ROTATION_YEARS),
		recentYears,
		olderYears: newest.slice(RECENT_YEARS).map((y) => ({ year: y.year, gap: y.gap, articles: numbered(y.conferences.map((c) => ({ url: c.url, label: c.eventLabel, title: c.title }))) })),
		articles: articles.slice(0, RECENT_ARTICLES).map((a) => articleCard(archive, a)),
		articleCount: articles.length,
		awards: awards.filter((w) => awardYears.includes(w.year)).sort((a, b) => b.year - a.year),
		awardCount: awards.length,
		// A member's end year is the one its membership states, never the bloc's end; the bloc's
		// end only picks the name shown (a member cannot have outlived its bloc's membership).
		members: bloc.members.map((m) => ({ unit: unitRef(archive.units, m.unit, m.to ?? bloc.data.to ?? null), province: archive.units.get(m.unit)?.data.province ?? '', from: m.from ?? null, to: m.to ?? null })),
		predecessors: bloc.predecessors.map(link),
		successors: bloc.successors.map(link),
	};
}

/** Everything the archive knows about one board. */
export function unitHistory(archive: Archive, unitId: string) {
	const index = archiveIndex(archive);
	const memberships = listOf(index.blocsByUnit, unitId).flatMap((bloc) => bloc.members.filter((m) => m.unit === unitId).map((m) => ({ bloc: blocRef(archive, bloc.id)!, from: m.from ?? null, to: m.to ?? null })));
	const roles = [...listOf(index.chairsByUnit, unitId)]
		.sort((a, b) => a.year - b.year)
		.map((r) => {
			const bloc = archive.blocs.get(r.bloc)!;
			return { title: r.role === 'chair' ? bloc.chairTitle : bloc.viceChairTitle, year: r.year, bloc: blocRef(archive, r.bloc)!, cites: r.cites };
		});
	const hosted = listOf(index.hostedByUnit, unitId).map((a) => conferenceSummary(archive, a)).reverse();
	const awards = [...(awardIndex(archive).byUnit.get(unitId) ?? [])].sort((a, b) => a.year - b.year).map((w) => awardView(archive, w));
	const mentions = listOf(index.mentionsByUnit, unitId).map((a) => articleCard(archive, a));
	return { memberships, roles, hosted, awards, mentions };
}
