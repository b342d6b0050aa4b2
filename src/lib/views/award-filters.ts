/**
 * The award listings, selected once from the archive: by bloc, by year, by kind, and their
 * combinations (a bloc's year, a kind's year), each bounded so it stays readable as the archive
 * grows. Every listing links to the others: a bloc's page counts its awards by year and kind and
 * links each count to the bloc-year page; a year's page does the same by bloc.
 */
import type { Archive, AwardRow } from '../archive/index.ts';
import { AWARD_KIND_LABELS, AWARD_KIND_SLUGS } from '../site/labels.ts';
import { ROUTES } from '../site/routes.ts';
import { awardIndex } from './merge-awards.ts';
import { rangeLabel } from './pagination.ts';
import { awardView, type AwardView } from './refs.ts';

type Kind = AwardRow['award'];
const KINDS = Object.keys(AWARD_KIND_LABELS) as Kind[];

/** A link with its label. */
export interface FilterLink {
	url: string;
	label: string;
}

/** A count table: rows (years or blocs) × award kinds, each count linking to the page that lists those awards. */
export interface AwardCounts {
	caption: string;
	rowHeader: string;
	kinds: string[];
	rows: Array<{ label: string; url: string; cells: Array<{ count: number; url: string | null }>; total: number }>;
}

/** A group of award rows under a heading (a kind, a bloc or a year). */
export interface AwardGroup {
	id: string;
	heading: string;
	rows: AwardView[];
	/** Show the bloc column (listings across blocs). */
	showBloc: boolean;
	/** Across blocs, one line per bloc, award and status listing the recipients (`lines`) instead of a table. */
	lines?: AwardLine[];
}

/** One line of a compact award list: a bloc's award of one kind and status, and who received it. */
export interface AwardLine {
	bloc: { url: string; short: string };
	/** Where the bloc's awards of that year are listed in full. */
	url: string;
	awardName: string;
	status: 'proposed' | 'conferred';
	recipients: AwardView['recipient'][];
	/** How many boards, for awards whose source gives only a count. */
	counts: number[];
	sources: AwardView['sourceLinks'];
	conflicts: boolean;
}

/** Award rows as lines: one per bloc, award name and status, recipients in row order, sources once. */
export function awardLines(rows: readonly AwardView[]): AwardLine[] {
	const lines = new Map<string, AwardLine>();
	for (const w of rows) {
		const key = [w.bloc, w.year, w.awardName, w.status].join('\u0000');
		const line = lines.get(key) ?? { bloc: { url: w.blocRef?.url ?? ROUTES.bloc(w.bloc), short: w.blocRef?.short ?? w.bloc }, url: awardUrls.blocYear(w.bloc, w.year), awardName: w.awardName, status: w.status, recipients: [], counts: [], sources: [], conflicts: false };
		if (w.recipient) line.recipients.push(w.recipient);
		else if (w.count !== null) line.counts.push(w.count);
		for (const s of w.sourceLinks) if (!line.sources.some((x) => x.label === s.label)) line.sources.push(s);
		line.conflicts ||= w.conflicts.length > 0;
		lines.set(key, line);
	}
	return [...lines.values()];
}

/** Blocs per page of a listing across blocs (a year's, a kind's): its count rows and award lines. */
export const AWARD_BLOCS_PER_PAGE = 20;

/** One page of an award listing. */
export interface AwardFilterPage {
	counts: AwardCounts | null;
	groups: AwardGroup[];
	/** Which blocs the page holds, on a listing split by bloc (`khối 31–60 trong 240`). */
	blocRange: string | null;
}

/** One award listing, on one page or, across many blocs, several. */
export interface AwardFilter {
	/** Route parameter of `/khen-thuong/[...filter]`: `khoi/<id>`, `khoi/<id>/nam/<năm>`, `loai/<slug>`, `nam/<năm>`, `nam/<năm>/loai/<slug>`. */
	path: string;
	url: string;
	/** Heading and title (`Cụm Duyên hải · năm 2016`). */
	label: string;
	/** Breadcrumb trail below “Khen thưởng”. */
	trail: FilterLink[];
	/** Neighbouring and wider listings. */
	related: FilterLink[];
	pages: AwardFilterPage[];
	/** Every award of the listing (for counts and tests). */
	total: number;
}

/** A listing on one page. */
function onePage(counts: AwardCounts | null, groups: AwardGroup[]): AwardFilterPage[] {
	return [{ counts, groups, blocRange: null }];
}

/**
 * A listing across blocs split into pages of at most `AWARD_BLOCS_PER_PAGE` blocs, in the rows'
 * order: each page counts and lists the awards of its own blocs.
 */
function pagesByBloc(rows: readonly AwardView[], page: (rows: AwardView[], blocs: string[], index: number) => Omit<AwardFilterPage, 'blocRange'>): AwardFilterPage[] {
	const blocs = [...new Set(rows.map((w) => w.bloc))];
	const pages: AwardFilterPage[] = [];
	for (let from = 0; from < Math.max(1, blocs.length); from += AWARD_BLOCS_PER_PAGE) {
		const ids = blocs.slice(from, from + AWARD_BLOCS_PER_PAGE);
		const set = new Set(ids);
		const blocRange = blocs.length > AWARD_BLOCS_PER_PAGE ? rangeLabel('khối', from + 1, from + ids.length, blocs.length) : null;
		pages.push({ ...page(rows.filter((w) => set.has(w.bloc)), ids, pages.length), blocRange });
	}
	return pages;
}

/** Newest year first, then bloc, kind and recipient. */
export function sortAwards<T extends AwardRow>(rows: readonly T[]): T[] {
	return [...rows].sort((a, b) => b.year - a.year || a.bloc.localeCompare(b.bloc) || KINDS.indexOf(a.award) - KINDS.indexOf(b.award) || (a.unitName ?? '').localeCompare(b.unitName ?? '', 'vi'));
}

/** URLs of the combined listings. */
export const awardUrls = {
	blocYear: (bloc: string, year: number) => `${ROUTES.awardsByBloc(bloc)}nam/${year}/`,
	yearKind: (year: number, kind: Kind) => `${ROUTES.awardsByYear(year)}loai/${AWARD_KIND_SLUGS[kind]}/`,
};

/** Every award listing page, and the lists the navigation offers. */
export function awardFilters(archive: Archive): { blocs: AwardFilter[]; kinds: AwardFilter[]; years: AwardFilter[]; blocYears: AwardFilter[]; yearKinds: AwardFilter[] } {
	const index = awardIndex(archive);
	const views = new Map(index.all.map((w) => [w, awardView(archive, w)]));
	const all = sortAwards([...views.values()]);
	const kindsInUse = KINDS.filter((k) => all.some((w) => w.award === k));
	const years = [...new Set(all.map((w) => w.year))];
	const blocs = [...archive.blocs.values()].filter((b) => index.byBloc.has(b.id));
	const blocShort = (id: string) => archive.blocs.get(id)?.short ?? id;
	const byKind = (rows: AwardView[]) => kindsInUse.map((k) => ({ id: AWARD_KIND_SLUGS[k], heading: AWARD_KIND_LABELS[k], rows: rows.filter((w) => w.award === k) })).filter((g) => g.rows.length > 0);
	const countRow = (label: string, url: string, rows: AwardView[], cellUrl: (k: Kind) => string) => ({
		label,
		url,
		cells: kindsInUse.map((k) => {
			const count = rows.filter((w) => w.award === k).length;
			return { count, url: count > 0 ? cellUrl(k) : null };
		}),
		total: rows.length,
	});
	const kindLabels = kindsInUse.map((k) => AWARD_KIND_LABELS[k]);

	const blocYears: AwardFilter[] = [];
	const blocPages = blocs.map((b) => {
		const rows = all.filter((w) => w.bloc === b.id);
		const ys = [...new Set(rows.map((w) => w.year))];
		ys.forEach((year, i) => {
			const yearRows = rows.filter((w) => w.year === year);
			const url = awardUrls.blocYear(b.id, year);
			blocYears.push({
				path: `khoi/${b.id}/nam/${year}`,
				url,
				label: `${b.short} · năm ${year}`,
				trail: [{ url: ROUTES.awardsByBloc(b.id), label: b.short }, { url, label: `Năm ${year}` }],
				related: [
					...(ys[i + 1] !== undefined ? [{ url: awardUrls.blocYear(b.id, ys[i + 1]!), label: `← Năm ${ys[i + 1]}` }] : []),
					...(ys[i - 1] !== undefined ? [{ url: awardUrls.blocYear(b.id, ys[i - 1]!), label: `Năm ${ys[i - 1]} →` }] : []),
					{ url: ROUTES.awardsByYear(year), label: `Mọi khối năm ${year}` },
					{ url: ROUTES.awardsByBloc(b.id), label: `Mọi năm của ${b.short}` },
					{ url: ROUTES.bloc(b.id), label: `Trang ${b.short}` },
				],
				pages: onePage(null, byKind(yearRows).map((g) => ({ ...g, showBloc: false }))),
				total: yearRows.length,
			});
		});
		const latest = ys[0]!;
		return {
			path: `khoi/${b.id}`,
			url: ROUTES.awardsByBloc(b.id),
			label: b.short,
			trail: [{ url: ROUTES.awardsByBloc(b.id), label: b.short }],
			related: [{ url: ROUTES.bloc(b.id), label: `Trang ${b.short}` }],
			pages: onePage(
				{ caption: `Số khen thưởng của ${b.short} theo năm và hình thức`, rowHeader: 'Năm', kinds: kindLabels, rows: ys.map((y) => countRow(String(y), awardUrls.blocYear(b.id, y), rows.filter((w) => w.year === y), (k) => `${awardUrls.blocYear(b.id, y)}#${AWARD_KIND_SLUGS[k]}`)) },
				byKind(rows.filter((w) => w.year === latest)).map((g) => ({ ...g, id: `${g.id}-${latest}`, heading: `${g.heading} năm ${latest}`, showBloc: false })),
			),
			total: rows.length,
		};
	});

	const yearKinds: AwardFilter[] = [];
	const yearPages = years.map((year, i) => {
		const rows = all.filter((w) => w.year === year);
		for (const k of kindsInUse) {
			const kindRows = rows.filter((w) => w.award === k);
			if (kindRows.length === 0) continue;
			const url = awardUrls.yearKind(year, k);
			yearKinds.push({
				path: `nam/${year}/loai/${AWARD_KIND_SLUGS[k]}`,
				url,
				label: `${AWARD_KIND_LABELS[k]} năm ${year}`,
				trail: [{ url: ROUTES.awardsByYear(year), label: `Năm ${year}` }, { url, label: AWARD_KIND_LABELS[k] }],
				related: [{ url: ROUTES.awardsByYear(year), label: `Mọi hình thức năm ${year}` }, { url: ROUTES.awardsByKind(AWARD_KIND_SLUGS[k]), label: `${AWARD_KIND_LABELS[k]} mọi năm` }],
				pages: pagesByBloc(kindRows, (rows) => ({ counts: null, groups: [{ id: 'danh-sach', heading: `${AWARD_KIND_LABELS[k]} năm ${year}, theo khối`, rows, showBloc: true, lines: awardLines(rows) }] })),
				total: kindRows.length,
			});
		}
		return {
			path: `nam/${year}`,
			url: ROUTES.awardsByYear(year),
			label: `Năm ${year}`,
			trail: [{ url: ROUTES.awardsByYear(year), label: `Năm ${year}` }],
			related: [
				...(years[i + 1] !== undefined ? [{ url: ROUTES.awardsByYear(years[i + 1]!), label: `← Năm ${years[i + 1]}` }] : []),
				...(years[i - 1] !== undefined ? [{ url: ROUTES.awardsByYear(years[i - 1]!), label: `Năm ${years[i - 1]} →` }] : []),
				{ url: ROUTES.year(year), label: `Hội nghị năm ${year}` },
			],
			pages: pagesByBloc(rows, (pageRows, blocIds) => {
				const flags = pageRows.filter((w) => w.award === 'flag');
				return {
					counts: { caption: `Số khen thưởng năm ${year} theo khối và hình thức`, rowHeader: 'Khối', kinds: kindLabels, rows: blocIds.map((bloc) => countRow(blocShort(bloc), awardUrls.blocYear(bloc, year), pageRows.filter((w) => w.bloc === bloc), (k) => `${awardUrls.blocYear(bloc, year)}#${AWARD_KIND_SLUGS[k]}`)) },
					groups: flags.length > 0 ? [{ id: 'co-thi-dua', heading: `Cờ thi đua năm ${year}`, rows: flags, showBloc: true, lines: awardLines(flags) }] : [],
				};
			}),
			total: rows.length,
		};
	});

	const kindPages = kindsInUse.map((k) => {
		const rows = all.filter((w) => w.award === k);
		const ys = [...new Set(rows.map((w) => w.year))];
		const latest = ys[0]!;
		return {
			path: `loai/${AWARD_KIND_SLUGS[k]}`,
			url: ROUTES.awardsByKind(AWARD_KIND_SLUGS[k]),
			label: AWARD_KIND_LABELS[k],
			trail: [{ url: ROUTES.awardsByKind(AWARD_KIND_SLUGS[k]), label: AWARD_KIND_LABELS[k] }],
			related: [],
			pages: pagesByBloc(
				rows.filter((w) => w.year === latest),
				(latestRows, _, index) => ({
					// The count by year is the listing's head: on its first page only.
					counts: index > 0 ? null : { caption: `${AWARD_KIND_LABELS[k]} theo năm`, rowHeader: 'Năm', kinds: [AWARD_KIND_LABELS[k]], rows: ys.map((y) => countRow(String(y), awardUrls.yearKind(y, k), rows.filter((w) => w.year === y), () => awardUrls.yearKind(y, k))).map((r) => ({ ...r, cells: r.cells.filter((_, i) => kindsInUse[i] === k) })) },
					groups: [{ id: `nam-${latest}`, heading: `${AWARD_KIND_LABELS[k]} năm ${latest}`, rows: latestRows, showBloc: true, lines: awardLines(latestRows) }],
				}),
			),
			total: rows.length,
		};
	});
	return { blocs: blocPages, kinds: kindPages, years: yearPages, blocYears, yearKinds };
}

/** The award filter navigation: every bloc, year and kind page, as links. */
export function awardFilterNav(filters: ReturnType<typeof awardFilters>): { all: string; blocs: FilterLink[]; years: FilterLink[]; kinds: FilterLink[] } {
	const links = (list: AwardFilter[]) => list.map((f) => ({ url: f.url, label: f.label }));
	return { all: ROUTES.awards, blocs: links(filters.blocs), years: filters.years.map((f) => ({ url: f.url, label: f.label.replace('Năm ', '') })), kinds: links(filters.kinds) };
}
