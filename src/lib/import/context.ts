/** What the importer knows of the archive: its boards, blocs and indicator vocabulary, read from content/. */
import { readFileSync } from 'node:fs';
import { CONTENT_DIRS } from '../../content-paths.ts';
import { COLLECTION_EXTENSIONS, entries, listContentFiles, readArticle } from '../content/files.ts';
import { loadVocabulary } from '../indicators/figures.ts';
import { unitRecord, type UnitRecord } from './board-match.ts';
import { blocRecord, type ArticleRecord, type BlocRecord, type ExtractContext } from './extract.ts';

export const loadUnits = (): UnitRecord[] => entries(CONTENT_DIRS.units).map(([id, data]) => unitRecord(id, data as Parameters<typeof unitRecord>[1]));
export const loadBlocs = (): BlocRecord[] => entries(CONTENT_DIRS.blocs).map(([id, data]) => blocRecord(id, data as Parameters<typeof blocRecord>[1]));

/** The archive's articles (drafts included): id, bloc, year, event and conference start. */
export function loadArticles(): ArticleRecord[] {
	return listContentFiles(CONTENT_DIRS.articles, COLLECTION_EXTENSIONS.articles).flatMap((f) => {
		const data = readArticle(f.path)?.data as { bloc?: unknown; year?: unknown; event?: unknown; conference?: { start?: unknown } } | undefined;
		if (!data || typeof data.bloc !== 'string' || typeof data.year !== 'number') return [];
		const start = data.conference?.start;
		return [{ id: f.id, bloc: data.bloc, year: data.year, event: data.event === 'so-ket' ? 'so-ket' : 'tong-ket', start: start === null || start === undefined ? null : String(start) }];
	});
}

/** The extraction context of the archive in content/ (or `ARCHIVE_CONTENT_DIR`). */
export function loadExtractContext(): ExtractContext {
	return { units: loadUnits(), blocs: loadBlocs(), articles: loadArticles(), vocabulary: loadVocabulary(readFileSync(CONTENT_DIRS.indicators, 'utf8'), CONTENT_DIRS.indicators) };
}
