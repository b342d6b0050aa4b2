/** The codes staff write in front matter, read from content/: blocs, boards and indicators with their names. */
import { readFileSync } from 'node:fs';
import { CONTENT_DIRS } from '../../content-paths.ts';
import { loadVocabulary } from '../indicators/figures.ts';
import type { TemplateCatalog } from './article-template.ts';
import { entries } from './files.ts';

type Named = { names?: Array<{ name?: string }> };
/** The latest of an entry's names (names are listed oldest first). */
const latestName = (data: Named) => data.names?.at(-1)?.name ?? '';

/** Blocs, boards and indicators of the archive, in file order, for the `new` template. */
export function loadCatalog(): TemplateCatalog {
	return {
		blocs: entries(CONTENT_DIRS.blocs).map(([id, data]) => ({ id, name: latestName(data as Named) })),
		units: entries(CONTENT_DIRS.units).map(([id, data]) => ({ id, name: latestName(data as Named) })),
		indicators: [...loadVocabulary(readFileSync(CONTENT_DIRS.indicators, 'utf8'), CONTENT_DIRS.indicators).values()].map((i) => ({ key: i.key, label: i.label })),
	};
}
