/** What the importer knows of the archive: its boards, blocs and indicator vocabulary, read from content/. */
import { readFileSync } from 'node:fs';
import { CONTENT_DIRS } from '../../content-paths.ts';
import { entries } from '../content/files.ts';
import { loadVocabulary } from '../indicators/figures.ts';
import { unitRecord, type UnitRecord } from './board-match.ts';
import { blocRecord, type BlocRecord, type ExtractContext } from './extract.ts';

export const loadUnits = (): UnitRecord[] => entries(CONTENT_DIRS.units).map(([id, data]) => unitRecord(id, data as Parameters<typeof unitRecord>[1]));
export const loadBlocs = (): BlocRecord[] => entries(CONTENT_DIRS.blocs).map(([id, data]) => blocRecord(id, data as Parameters<typeof blocRecord>[1]));

/** The extraction context of the archive in content/ (or `ARCHIVE_CONTENT_DIR`). */
export function loadExtractContext(): ExtractContext {
	return { units: loadUnits(), blocs: loadBlocs(), vocabulary: loadVocabulary(readFileSync(CONTENT_DIRS.indicators, 'utf8'), CONTENT_DIRS.indicators) };
}
