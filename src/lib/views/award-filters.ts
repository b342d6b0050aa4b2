/** The award index and its filter pages (by bloc, by kind, by year), selected once from the archive. */
import type { Archive, AwardRow } from '../archive/build.ts';
import { archiveIndex, listOf } from '../archive/indexes.ts';
import { AWARD_KIND_LABELS, AWARD_KIND_SLUGS } from '../site/labels.ts';
import { ROUTES } from '../site/routes.ts';
import { awardView, type AwardView } from './refs.ts';

export interface AwardFilter {
	/** `khoi/<id>`, `loai/<slug>` or `nam/<year>`. */
	path: string;
	url: string;
	label: string;
	rows: AwardView[];
	/** Older years left off this page (kind pages keep the latest few), each with its year page. */
	older?: Array<{ year: number; url: string; count: number }>;
}

/** How many years a kind page shows; older years are one link away on the year pages. */
const KIND_PAGE_YEARS = 3;

/** Keeps the latest `years` years of rows and lists the older years with their counts. */
function latestYears(rows: AwardView[], years: number): Pick<AwardFilter, 'rows' | 'older'> {
	const all = [...new Set(rows.map((r) => r.year))].sort((a, b) => b - a);
	const kept = new Set(all.slice(0, years));
	const older = all.slice(years).map((year) => ({ year, url: ROUTES.awardsByYear(year), count: rows.filter((r) => r.year === year).length }));
	return { rows: rows.filter((r) => kept.has(r.year)), older };
}

/** Newest year first, then bloc, kind and recipient. */
export function sortAwards<T extends AwardRow>(rows: readonly T[]): T[] {
	const kindOrder = Object.keys(AWARD_KIND_LABELS);
	return [...rows].sort((a, b) => b.year - a.year || a.bloc.localeCompare(b.bloc) || kindOrder.indexOf(a.award) - kindOrder.indexOf(b.award) || (a.unitName ?? '').localeCompare(b.unitName ?? '', 'vi'));
}

/** One filter page per bloc, per award kind and per year that has awards (years newest first). */
export function awardFilters(archive: Archive): { blocs: AwardFilter[]; kinds: AwardFilter[]; years: AwardFilter[] } {
	const views = new Map(archive.awards.map((w) => [w, awardView(archive, w)]));
	const view = (rows: readonly AwardRow[]) => rows.map((w) => views.get(w)!);
	const blocs = [...archive.blocs.values()]
		.map((b) => ({ path: `khoi/${b.id}`, url: ROUTES.awardsByBloc(b.id), label: b.short, rows: sortAwards(view(listOf(archiveIndex(archive).awardsByBloc, b.id))) }))
		.filter((f) => f.rows.length > 0);
	const kinds = (Object.keys(AWARD_KIND_LABELS) as Array<keyof typeof AWARD_KIND_LABELS>)
		.map((k) => ({ path: `loai/${AWARD_KIND_SLUGS[k]}`, url: ROUTES.awardsByKind(AWARD_KIND_SLUGS[k]), label: AWARD_KIND_LABELS[k], ...latestYears(sortAwards(view(archive.awards.filter((w) => w.award === k))), KIND_PAGE_YEARS) }))
		.filter((f) => f.rows.length > 0);
	const byYear = new Map<number, AwardRow[]>();
	for (const row of archive.awards) byYear.set(row.year, [...(byYear.get(row.year) ?? []), row]);
	const years = [...byYear.keys()]
		.sort((a, b) => b - a)
		.map((year) => ({ path: `nam/${year}`, url: ROUTES.awardsByYear(year), label: `Năm ${year}`, rows: sortAwards(view(byYear.get(year)!)) }));
	return { blocs, kinds, years };
}

/** A link of the award filter navigation. */
export interface FilterLink {
	url: string;
	label: string;
}

/** The award filter navigation: every bloc, year and kind page, as links. */
export function awardFilterNav(filters: ReturnType<typeof awardFilters>): { all: string; blocs: FilterLink[]; years: FilterLink[]; kinds: FilterLink[] } {
	const links = (list: AwardFilter[]) => list.map((f) => ({ url: f.url, label: f.label }));
	return { all: ROUTES.awards, blocs: links(filters.blocs), years: filters.years.map((f) => ({ url: f.url, label: String(f.rows[0]?.year ?? f.label) })), kinds: links(filters.kinds) };
}
