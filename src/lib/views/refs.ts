/**
 * Resolved references for display: a board, bloc or article as pages show it (name at the
 * time, URL), so components render props and never look anything up in the archive.
 */
import { unitNameAt, unitShortAt, type Archive, type Article, type AwardRow, type Unit } from '../archive/build.ts';
import { formatDateRange } from '../text/partial-date.ts';
import { ROUTES } from '../site/routes.ts';

/** A board as named in a given year. */
export interface UnitRef {
	id: string;
	url: string;
	/** Full name in that year. */
	name: string;
	/** Short name in that year. */
	short: string;
}

/** A bloc as lists link it. */
export interface BlocRef {
	id: string;
	url: string;
	name: string;
	short: string;
}

/** An article as a card of a list shows it. */
export interface ArticleCard {
	id: string;
	url: string;
	title: string;
	/** Short name of the article's bloc (empty when the bloc is unknown). */
	blocShort: string;
	year: number;
	/** Conference date as text (`6/1/2023`, `chưa rõ`). */
	when: string;
	/** Conference place, or `null` when the source does not say. */
	place: string | null;
}

/** An award row with its bloc and recipient resolved. */
export interface AwardView extends AwardRow {
	blocRef: BlocRef | null;
	/** The recipient as named in the award's year; `null` when the source gives only a count. */
	recipient: UnitRef | null;
}

/** A board's names in `year`; unknown ids resolve to themselves (URL still the board's route). */
export function unitRef(units: ReadonlyMap<string, Unit>, id: string, year: number | null): UnitRef {
	return { id, url: ROUTES.unit(id), name: unitNameAt(units, id, year), short: unitShortAt(units, id, year) };
}

/** A bloc by id, or `null` when the archive has no such bloc. */
export function blocRef(archive: Pick<Archive, 'blocs'>, id: string): BlocRef | null {
	const bloc = archive.blocs.get(id);
	return bloc ? { id, url: bloc.url, name: bloc.name, short: bloc.short } : null;
}

/** An article's card. */
export function articleCard(archive: Pick<Archive, 'blocs'>, article: Article): ArticleCard {
	const c = article.data.conference;
	return { id: article.id, url: article.url, title: article.title, blocShort: archive.blocs.get(article.bloc)?.short ?? '', year: article.year, when: formatDateRange(c.start, c.end), place: c.place };
}

/** An award row with its bloc and recipient resolved. */
export function awardView(archive: Pick<Archive, 'blocs' | 'units'>, row: AwardRow): AwardView {
	return { ...row, blocRef: blocRef(archive, row.bloc), recipient: row.unit ? unitRef(archive.units, row.unit, row.year) : null };
}
