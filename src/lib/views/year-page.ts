/** A year's pages: its articles (paginated by the route), chairs and awards. */
import type { Archive } from '../archive/index.ts';
import { archiveIndex, listOf } from '../archive/indexes.ts';
import { ROUTES } from '../site/routes.ts';
import { rangeLabel } from './pagination.ts';
import { awardIndex } from './merge-awards.ts';
import { articleCard, awardView, blocRef, unitRef, type ArticleCard, type AwardView, type BlocRef, type UnitRef } from './refs.ts';

/** Everything a year's pages show. */
export interface YearPage {
	year: number;
	url: string;
	articles: ArticleCard[];
	chairs: Array<{ bloc: BlocRef; title: string; unit: UnitRef; cites: string[] }>;
	awards: AwardView[];
	/** Counts for the year index. */
	articleCount: number;
	awardCount: number;
}

/** One entry per year of the archive, in the archive's year order. */
export function yearPages(archive: Archive): YearPage[] {
	const index = archiveIndex(archive);
	return archive.years.map((year) => {
		const articles = listOf(index.articlesByYear, year);
		const awards = awardIndex(archive).byYear.get(year) ?? [];
		return {
			year,
			url: ROUTES.year(year),
			articles: articles.map((a) => articleCard(archive, a)),
			chairs: listOf(index.chairsByYear, year).map((c) => {
				const bloc = archive.blocs.get(c.bloc)!;
				return { bloc: blocRef(archive, c.bloc)!, title: c.role === 'chair' ? bloc.chairTitle : bloc.viceChairTitle, unit: unitRef(archive.units, c.unit, year), cites: c.cites };
			}),
			awards: awards.map((w) => awardView(archive, w)),
			articleCount: articles.length,
			awardCount: awards.length,
		};
	});
}

/**
 * The chairs a page of a year shows: the year's blocs shared evenly over its `last` pages of
 * articles, so no page lists every bloc; `range` says which blocs when there are several pages.
 */
export function chairsOnPage(chairs: YearPage['chairs'], n: number, last: number): { chairs: YearPage['chairs']; range: string | null } {
	const blocs = [...new Set(chairs.map((c) => c.bloc.id))];
	const per = Math.max(1, Math.ceil(blocs.length / last));
	const ids = new Set(blocs.slice((n - 1) * per, n * per));
	const range = last > 1 && blocs.length > per ? (ids.size > 0 ? rangeLabel('khối', (n - 1) * per + 1, (n - 1) * per + ids.size, blocs.length) : '') : null;
	return { chairs: chairs.filter((c) => ids.has(c.bloc.id)), range };
}
