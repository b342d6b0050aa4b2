/**
 * Derives the whole archive from validated content, once per build, in phases: boards and blocs,
 * articles, conflicts, rotation and timeline, awards, indicators, mentions, quoted facts. Pure: the same input
 * gives the same archive; every problem is a message on its content file's VFile, never skipped.
 */
import { deriveArticles } from './articles.ts';
import { deriveAwards, newestFirst } from './awards.ts';
import { deriveBlocs, deriveUnits, references } from './boards.ts';
import { checkConferenceDates, groupByBloc } from './conflicts.ts';
import { Diagnostics } from './diagnostics.ts';
import { deriveIndicators } from './indicators.ts';
import { deriveMentions } from './mentions.ts';
import { checkQuotedFacts } from './quotes.ts';
import { deriveTimelines } from './timeline.ts';
import type { Archive, ArchiveInput, SourceEntry } from './types.ts';

export type * from './types.ts';
export { unitNameAt, unitShortAt } from './boards.ts';

/** Builds the archive; every problem found is on `diagnostics` (the caller fails on fatal ones). */
export function buildArchive(input: ArchiveInput): Archive {
	const diagnostics = new Diagnostics();
	for (const entry of [...input.blocs, ...input.units, ...input.articles] as SourceEntry<unknown>[]) diagnostics.add(entry);
	const units = deriveUnits(input.units);
	const refs = references(units, new Set(input.blocs.map((b) => b.id)), diagnostics);
	const blocs = deriveBlocs(input.blocs, refs, diagnostics);
	const published = input.articles.filter((a) => input.includeDrafts || !a.data.draft);
	const { articles, figures } = deriveArticles(published, { refs, diagnostics, vocabulary: input.vocabulary, sourceFiles: input.sourceFiles, imageFiles: input.imageFiles, renderBody: input.renderBody });
	const byBloc = groupByBloc(articles.values());
	checkConferenceDates(byBloc, diagnostics);
	const { timelines, chairs } = deriveTimelines(blocs, byBloc, units, diagnostics);
	const articleList = newestFirst(articles.values());
	const awards = deriveAwards(articleList, blocs, units);
	const indicatorTables = deriveIndicators(figures, blocs, articles, diagnostics, input.vocabulary);
	deriveMentions(articles.values(), units);
	checkQuotedFacts(articles.values(), units, diagnostics);
	const years = [...new Set(articleList.map((a) => a.year))].sort((a, b) => b - a);
	return { units, blocs, articles, articleList, timelines, chairs, awards, vocabulary: input.vocabulary ?? new Map(), figures, indicatorTables, years, diagnostics: diagnostics.list() };
}

/** Every fatal message of an archive (what fails the build). */
export function fatalMessages(archive: Pick<Archive, 'diagnostics'>) {
	return archive.diagnostics.flatMap((f) => f.messages.filter((m) => m.fatal));
}

