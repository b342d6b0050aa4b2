/**
 * One small page per award row (`/khen-thuong/<khối>/<năm>/<hình-thức>-<đơn-vị>/`), so that an
 * award is a search result of its own that lands on the answer: what, to whom, which year and
 * bloc, proposed or conferred, by whom, and the sentence that says so. Selected once from the
 * archive; the route only renders.
 */
import { unitNameAt, unitShortAt, type Archive } from '../archive/index.ts';
import { AWARD_KIND_LABELS, AWARD_KIND_SLUGS, AWARD_STATUS_LABELS, UNKNOWN, UNNAMED_RECIPIENTS } from '../site/labels.ts';
import { ROUTES } from '../site/routes.ts';
import { slugify } from '../text/slug.ts';
import { awardIndex, type MergedAward } from './merge-awards.ts';
import { awardView, unitRef, type SourceLink, type UnitRef } from './refs.ts';

/** Everything an award page shows. */
export interface AwardPage {
	/** Route parameters. */
	params: { bloc: string; year: string; award: string };
	url: string;
	row: MergedAward;
	/** `Cờ thi đua năm 2022 · BQL KKT Kon Tum`. */
	title: string;
	/** The award without its recipient (`Cờ thi đua năm 2022`): the search title, so that a board's name ranks the board's page above its awards. */
	awardTitle: string;
	/** The recipient as the results show it after the award title. */
	recipient: string;
	description: string;
	blocShort: string;
	blocName: string;
	kindLabel: string;
	statusLabel: string;
	/** Recipient's names in the award's year, or `null` when the source gives only a count. */
	unitName: string | null;
	unitShort: string | null;
	/** The recipient as named in the award's year, or `null` when the source gives only a count. */
	unitRef: UnitRef | null;
	/** The bloc's page. */
	blocUrl: string;
	/** The bloc's awards of that year. */
	blocYearUrl: string;
	/** The first reporting article. */
	article: { title: string; url: string } | null;
	/** Every report's sentence, by name (one fact, however many articles report it). */
	sources: SourceLink[];
	/** Where the reports disagree, in words; empty when they agree. */
	conflicts: string[];
	/** Sort key: the reporting conference's date, else the year after the reviewed year. */
	date: string;
}

/** URL of an award page. */
export function awardPageUrl(bloc: string, year: number, key: string): string {
	return `${ROUTES.awards}${bloc}/${year}/${key}/`;
}

/** One page per award (merged over its reports); keys are unique within a bloc and year (`-2`, `-3` on repeats). */
export function awardPages(archive: Archive): AwardPage[] {
	const seen = new Map<string, number>();
	return awardIndex(archive).all.map((row) => {
		const base = slugify(`${AWARD_KIND_SLUGS[row.award]} ${row.unit ?? `${row.count ?? ''} don vi`} ${row.period ?? ''}`);
		const scope = `${row.bloc}/${row.year}/${base}`;
		const n = (seen.get(scope) ?? 0) + 1;
		seen.set(scope, n);
		return awardPage(archive, row, n === 1 ? base : `${base}-${n}`);
	});
}

function awardPage(archive: Archive, row: MergedAward, key: string): AwardPage {
	const view = awardView(archive, row);
	const bloc = archive.blocs.get(row.bloc);
	const blocShort = bloc?.short ?? row.bloc;
	const source = archive.articles.get(row.sources[0] ?? '');
	const unitShort = row.unit ? unitShortAt(archive.units, row.unit, row.year) : null;
	const who = unitShort ?? `${row.count ?? `${UNKNOWN} số`} ${UNNAMED_RECIPIENTS}`;
	const period = row.period ? ` (giai đoạn ${row.period})` : '';
	const awardTitle = `${row.awardName} năm ${row.year}${period}`;
	const title = `${awardTitle} · ${who}`;
	const statusLabel = AWARD_STATUS_LABELS[row.status];
	const by = row.by ? (row.status === 'proposed' ? `, đề nghị ${row.by} tặng` : `, do ${row.by} trao tặng`) : '';
	return {
		params: { bloc: row.bloc, year: String(row.year), award: key },
		url: awardPageUrl(row.bloc, row.year, key),
		row,
		title,
		awardTitle,
		recipient: who,
		description: `${title}: ${statusLabel}${by}. ${row.blocName}.`,
		blocShort,
		blocName: row.blocName,
		kindLabel: AWARD_KIND_LABELS[row.award],
		statusLabel,
		unitName: row.unit ? unitNameAt(archive.units, row.unit, row.year) : null,
		unitShort,
		unitRef: row.unit ? unitRef(archive.units, row.unit, row.year) : null,
		blocUrl: ROUTES.bloc(row.bloc),
		blocYearUrl: `${ROUTES.awardsByBloc(row.bloc)}nam/${row.year}/`,
		article: source ? { title: source.title, url: source.url } : null,
		sources: view.sourceLinks,
		conflicts: view.conflicts,
		date: source?.sortKey ?? String(row.year + 1),
	};
}
