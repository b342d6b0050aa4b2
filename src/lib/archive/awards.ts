/**
 * Phase 5, awards: one row per recipient (or one row for an award whose recipients the article
 * does not name), oldest article first, each board named as it was that year.
 */
import { nameAt } from '../text/names.ts';
import { unitNameAt } from './boards.ts';
import type { Article, AwardRow, Bloc, Unit } from './types.ts';

/** Articles newest first (by conference date, else the year after the reviewed year), then by id. */
export function newestFirst(articles: Iterable<Article>): Article[] {
	return [...articles].sort((a, b) => b.sortKey.localeCompare(a.sortKey) || a.id.localeCompare(b.id));
}

/** The awards export: rows of `articleList` read oldest first. */
export function deriveAwards(articleList: readonly Article[], blocs: ReadonlyMap<string, Bloc>, units: ReadonlyMap<string, Unit>): AwardRow[] {
	const awards: AwardRow[] = [];
	for (const a of [...articleList].reverse()) {
		const bloc = blocs.get(a.bloc);
		const blocName = bloc ? nameAt(bloc.data.names, a.year).name : a.bloc;
		for (const award of a.awards) {
			const base = { bloc: a.bloc, blocName, year: a.year, award: award.kind, awardName: award.name, status: award.status, by: award.by, period: award.period ?? null, sources: [a.id], cite: award.cite };
			if (award.recipients.length === 0) awards.push({ ...base, unit: null, unitName: null, count: award.count ?? null });
			for (const unit of award.recipients) awards.push({ ...base, unit, unitName: unitNameAt(units, unit, a.year), count: null });
		}
	}
	return awards;
}
