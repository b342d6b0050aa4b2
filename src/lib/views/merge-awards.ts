/**
 * One fact, one row: the same award reported by several articles of one conference (a second
 * publisher's report) becomes one row that lists every source. Where the reports disagree
 * (proposed in one, conferred in another; a different count or conferring body), the row says
 * so and keeps each value with its sources: the archive never silently picks one.
 */
import type { Archive, AwardRow } from '../archive/index.ts';
import { blocYearKey } from '../archive/indexes.ts';

/** One source of a merged award: the article and the sentence. */
export interface AwardSource {
	article: string;
	cite: string;
}

/** A field on which the reporting articles disagree, each value with the articles that give it. */
export interface AwardDisagreement {
	field: 'status' | 'by' | 'count' | 'awardName';
	values: Array<{ value: string | number | null; sources: string[] }>;
}

/** An award row merged over every article that reports it. Fields are those of the first report. */
export interface MergedAward extends AwardRow {
	/** Every report, in archive order: one per article. */
	reports: AwardSource[];
	/** Empty when the reports agree. */
	disagreements: AwardDisagreement[];
}

/** What makes two rows the same fact: bloc, reviewed year, event, kind, recipient (or “unnamed”) and period. */
function factKey(row: AwardRow, event: string): string {
	return [row.bloc, row.year, event, row.award, row.unit ?? '\u0000unnamed', row.period ?? ''].join('\u0001');
}

const COMPARED = ['status', 'by', 'count', 'awardName'] as const;

/**
 * Merges rows that state the same fact in different articles. `eventOf` gives an article's
 * event (`tong-ket`, `so-ket`): a mid-year review's award is not the year-end's. Within one
 * article, repeated rows stay separate facts (the n-th of one article merges with the n-th of
 * another). Order: the first report's position.
 */
export function mergeAwards(rows: readonly AwardRow[], eventOf: (article: string) => string): MergedAward[] {
	const groups = new Map<string, MergedAward[]>();
	const out: MergedAward[] = [];
	for (const row of rows) {
		const article = row.sources[0] ?? '';
		const key = factKey(row, eventOf(article));
		const list = groups.get(key) ?? [];
		groups.set(key, list);
		const target = list.find((m) => !m.reports.some((r) => r.article === article));
		if (!target) {
			const merged: MergedAward = { ...row, sources: [...row.sources], reports: [{ article, cite: row.cite }], disagreements: [] };
			list.push(merged);
			out.push(merged);
			continue;
		}
		target.reports.push({ article, cite: row.cite });
		target.sources.push(article);
		for (const field of COMPARED) {
			const value = row[field];
			let d = target.disagreements.find((x) => x.field === field);
			if (!d && value === target[field]) continue;
			if (!d) {
				d = { field, values: [{ value: target[field], sources: target.reports.slice(0, -1).map((r) => r.article) }] };
				target.disagreements.push(d);
			}
			const same = d.values.find((v) => v.value === value);
			if (same) same.sources.push(article);
			else d.values.push({ value, sources: [article] });
		}
	}
	return out;
}

/** The merged awards and their lookups by bloc, year, board and bloc-year (each in `all` order). */
export interface AwardIndex {
	all: MergedAward[];
	byBloc: ReadonlyMap<string, MergedAward[]>;
	byYear: ReadonlyMap<number, MergedAward[]>;
	byUnit: ReadonlyMap<string, MergedAward[]>;
	/** Keyed by `blocYearKey` of src/lib/archive/indexes.ts. */
	byBlocYear: ReadonlyMap<string, MergedAward[]>;
}

const cache = new WeakMap<Archive, AwardIndex>();

/** The archive's awards merged, and indexed, once per archive object. */
export function awardIndex(archive: Archive): AwardIndex {
	const cached = cache.get(archive);
	if (cached) return cached;
	const all = mergeAwards(archive.awards, (id) => archive.articles.get(id)?.data.event ?? '');
	const index: AwardIndex = {
		all,
		byBloc: Map.groupBy(all, (w) => w.bloc),
		byYear: Map.groupBy(all, (w) => w.year),
		byUnit: Map.groupBy(
			all.filter((w) => w.unit !== null),
			(w) => w.unit!,
		),
		byBlocYear: Map.groupBy(all, (w) => blocYearKey(w.bloc, w.year)),
	};
	cache.set(archive, index);
	return index;
}
