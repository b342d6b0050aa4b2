/**
 * Resolved references for display: a board, bloc or article as pages show it (name at the
 * time, URL), so components render props and never look anything up in the archive.
 */
import { unitNameAt, unitShortAt, type Archive, type Article, type Unit } from '../archive/index.ts';
import { AWARD_STATUS_LABELS } from '../site/labels.ts';
import type { AwardDisagreement, MergedAward } from './merge-awards.ts';
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
	/** An unfinished article (`draft: true`), shown only by the dev server, labelled "Nháp". */
	draft: boolean;
}

/** A link to a source sentence, named for readers (`Bài tổng kết năm 2020 — Khối ĐBSH (2)`). */
export interface SourceLink {
	url: string;
	label: string;
}

/** An award (merged over its reports) with its bloc, recipient and sources resolved. */
export interface AwardView extends MergedAward {
	blocRef: BlocRef | null;
	/** The recipient as named in the award's year; `null` when the source gives only a count. */
	recipient: UnitRef | null;
	/** Every report's sentence, by name. */
	sourceLinks: SourceLink[];
	/** Where the reports disagree, in words: `Trạng thái: đề nghị (bài 1), đã trao (bài 2)`. */
	conflicts: string[];
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
	return { id: article.id, url: article.url, title: article.title, blocShort: archive.blocs.get(article.bloc)?.short ?? '', year: article.year, when: formatDateRange(c.start, c.end), place: c.place, draft: article.data.draft === true };
}

/** How a source article is named for readers: its event, reviewed year and bloc. */
export function sourceName(archive: Pick<Archive, 'blocs' | 'articles'>, id: string): string {
	const a = archive.articles.get(id);
	if (!a) return id;
	return `${a.data.event === 'so-ket' ? 'Bài sơ kết' : 'Bài tổng kết'} năm ${a.year} — ${archive.blocs.get(a.bloc)?.short ?? a.bloc}`;
}

/** Links to sentences named after their articles, numbered where two names would read the same. */
export function sourceLinks(archive: Pick<Archive, 'blocs' | 'articles'>, reports: ReadonlyArray<{ article: string; cite: string }>): SourceLink[] {
	const names = reports.map((r) => sourceName(archive, r.article));
	const seen = new Map<string, number>();
	return reports.map((r, i) => {
		const name = names[i]!;
		const repeated = names.filter((n) => n === name).length > 1;
		const n = (seen.get(name) ?? 0) + 1;
		seen.set(name, n);
		return { url: r.cite, label: repeated ? `${name} (${n})` : name };
	});
}

const FIELD_LABELS: Record<AwardDisagreement['field'], string> = { status: 'Trạng thái', by: 'Cấp khen', count: 'Số đơn vị', awardName: 'Tên khen thưởng' };

/** A disagreement in words, each value followed by the numbers of the sources that give it. */
function conflictText(d: AwardDisagreement, reports: readonly { article: string }[]): string {
	const value = (v: string | number | null) => (v === null ? 'không nêu' : d.field === 'status' ? AWARD_STATUS_LABELS[v as 'proposed'] : String(v));
	const numbers = (sources: string[]) => sources.map((s) => reports.findIndex((r) => r.article === s) + 1).join(', ');
	return `${FIELD_LABELS[d.field]}: ${d.values.map((v) => `${value(v.value)} (nguồn ${numbers(v.sources)})`).join('; ')}`;
}

/** An award with its bloc, recipient and sources resolved. */
export function awardView(archive: Pick<Archive, 'blocs' | 'units' | 'articles'>, row: MergedAward): AwardView {
	return {
		...row,
		blocRef: blocRef(archive, row.bloc),
		recipient: row.unit ? unitRef(archive.units, row.unit, row.year) : null,
		sourceLinks: sourceLinks(archive, row.reports),
		conflicts: row.disagreements.map((d) => conflictText(d, row.reports)),
	};
}
