/**
 * Every view the pages show, computed once per build from the archive. Pages and components
 * receive these as props; they do not filter, sort, group or look anything up themselves.
 */
import { articleBodyParts } from '../lib/views/article-body-parts.ts';
import fs from 'node:fs';
import path from 'node:path';
import { archive } from './archive.ts';
import { CONTENT_DIRS } from '../content-paths.ts';
import { compareView } from '../lib/indicators/compare.ts';
import { chartViews, tableView } from '../lib/indicators/view.ts';
import { searchFacets } from '../lib/search/facets.ts';
import { articlePage } from '../lib/views/article-page.ts';
import { awardFilterNav, awardFilters } from '../lib/views/award-filters.ts';
import { awardPages } from '../lib/views/award-pages.ts';
import { blocPage } from '../lib/views/bloc-history.ts';
import { blocCards, blocsByName } from '../lib/views/bloc-list.ts';
import { recentAwardsByYear } from '../lib/views/home.ts';
import { datasets } from '../lib/views/open-data.ts';
import { articleCard } from '../lib/views/refs.ts';
import { unitPage } from '../lib/views/unit-page.ts';
import { unitsByInitial, unitsByProvince } from '../lib/views/unit-list.ts';
import { yearPages } from '../lib/views/year-page.ts';
import { comparisonCsv, comparisonNewestFirst, headlineRows, newestFirst, tableCsv } from '../lib/views/indicator-pages.ts';
import { ROUTES } from '../lib/site/routes.ts';
import { groupPages } from '../lib/views/pagination.ts';

/** How many years a bloc page's indicator table shows; every year is on the bloc's indicator page. */
const BLOC_PAGE_INDICATOR_YEARS = 5;

/** Every published article as a card, newest first. */
export const articleCards = archive.articleList.map((a) => articleCard(archive, a));

/** One entry per article page. */
export const articlePages = archive.articleList.map((a) => ({
	...articlePage(archive, a),
	/** The body in parts: HTML, and the components an MDX article places (photos, the bloc's charts). */
	body: articleBodyParts(a.html, a.bloc, archive.indicatorTables.get(a.bloc), archive.figures, archive.vocabulary),
}));

/** Every bloc, newest activity first. */
export const blocList = blocCards(archive);

/** Bloc cards per page of the bloc index. */
const BLOCS_PER_PAGE = 24;
/** The bloc index: its pages of letters, every letter with its count and the page it starts on. */
export const blocIndex = groupPages(blocsByName(blocList), BLOCS_PER_PAGE);

/** Blocs on the home page, most recently active first; the rest are on the bloc index. */
const HOME_BLOCS = 12;

/** The home page. */
export const home = {
	latest: articleCards.slice(0, 6),
	blocs: blocList.slice(0, HOME_BLOCS),
	blocCount: archive.blocs.size,
	awards: recentAwardsByYear(archive, 4),
};

/** One entry per bloc page, with its indicator table and charts. */
export const blocPages = [...archive.blocs.values()].map((bloc) => {
	const table = archive.indicatorTables.get(bloc.id)!;
	const all = newestFirst(tableView(table));
	return {
		bloc,
		...blocPage(archive, bloc.id),
		/** The latest years of the indicator table, newest first, one row per indicator. */
		indicators: headlineRows(newestFirst(all, BLOC_PAGE_INDICATOR_YEARS)),
		/** Every year, newest first, with the charts and the CSV, for the bloc's indicator page. */
		indicatorsAll: all,
		indicatorsCsv: tableCsv(all),
		charts: chartViews(table, archive.figures),
	};
});

/** The board index and one entry per board page. */
export const unitList = unitsByProvince(archive);
/** Boards per page of the board index (a letter starts a new page when it does not fit). */
const UNITS_PER_PAGE = 150;
/** The board index: its pages of province letters, every letter with its count and the page it starts on. */
export const unitIndex = groupPages(unitsByInitial(unitList), UNITS_PER_PAGE);
export const unitPages = [...archive.units.values()].map((u) => unitPage(archive, u));

/** Years: the year index and each year's pages. */
export const years = yearPages(archive);

/** Award filter pages (by bloc, kind, year), their navigation, and one page per award row. */
export const awardFilterSets = awardFilters(archive);
export const awardNav = awardFilterNav(awardFilterSets);
export const awardPageList = awardPages(archive);

/** The cross-bloc indicator comparison. */
export const comparison = compareView(archive.figures, archive.vocabulary, archive.blocs);

/** Blocs per page of a comparison table (/chi-tieu/<id>/, then /chi-tieu/<id>/2/ …). */
export const COMPARISON_BLOCS_PER_PAGE = 20;

/** One comparison per indicator: years newest first, with its CSV (every bloc). */
export const comparisonPages = comparison.comparisons.map((c) => {
	const view = comparisonNewestFirst(c);
	return { view, url: ROUTES.comparison(c.id), csvUrl: ROUTES.comparisonCsv(c.id), csv: comparisonCsv(view), blocCount: c.blocs.length, span: `${Math.min(...c.years)}–${Math.max(...c.years)}` };
});

/** Open-data sets. */
export const datasetList = datasets(archive);

/** The search page's filter options. */
export const facets = searchFacets(archive);

/** Source files published under /nguon/, each once. */
export const sourceFiles = [...new Set(archive.articleList.map((a) => a.data.source.file))];

/** The `/nguon/<file>` routes: each source file with the articles that cite it (named in errors). */
export const sourcePaths = [...Map.groupBy(archive.articleList, (a) => a.data.source.file)].map(([file, articles]) => ({ params: { file }, props: { file, articles: articles.map((a) => a.file) } }));

/** Each original text as a readable page: the articles it belongs to, and the text decoded as UTF-8. */
export const sourceDocs = sourceFiles
	.filter((file) => fs.existsSync(path.join(CONTENT_DIRS.sources, file)))
	.map((file) => ({
		file,
		url: ROUTES.sourceText(file),
		download: ROUTES.source(file),
		articles: archive.articleList.filter((a) => a.data.source.file === file).map((a) => ({ url: a.url, title: a.title })),
		text: new TextDecoder('utf-8').decode(fs.readFileSync(path.join(CONTENT_DIRS.sources, file))).normalize('NFC'),
	}));

/** RSS items, newest first. */
export const feedItems = archive.articleList.map((a) => ({
	title: a.title,
	link: a.url,
	description: `Tổng kết năm ${a.year} – ${archive.blocs.get(a.bloc)?.name ?? a.bloc}`,
	...(a.data.conference.start?.precision === 'day' ? { pubDate: new Date(`${a.data.conference.start.iso}T00:00:00Z`) } : {}),
}));
