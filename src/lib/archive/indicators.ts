/**
 * Phase 6, indicators: one table per bloc (indicators × years), and every cell where two figures
 * disagree reported on the last article involved, with the first as `cause`.
 */
import type { VFileMessage } from 'vfile-message';
import { lintRule } from '../../plugins/lint-rule.ts';
import { findConflicts, indicatorTable, type FigureConflict, type IndicatorTable, type Vocabulary } from '../indicators/figures.ts';
import type { Diagnostics } from './diagnostics.ts';
import type { Article, Bloc, Figure } from './types.ts';

/** Figures of one cell that disagree. */
interface CellConflict {
	conflict: FigureConflict<Figure>;
	files: string[];
	place: ReturnType<Diagnostics['at']>;
	cause: VFileMessage;
}

/** `conflict` (figures): two figures for one cell of a bloc's table disagree. */
export const figureConflictRule = lintRule<CellConflict>({ origin: 'archive:conflict' }, ({ conflict, files, place, cause }, file) => {
	const message = file.message(`\`figures\`: ${conflict.message}`, { place, cause });
	message.note = `Đối chiếu với nguồn (${files.join(', ')}) và sửa con số sai; kho lưu trữ không tự chọn.`;
});

/** Every bloc's indicator table, and the figure conflicts reported. */
export function deriveIndicators(figures: readonly Figure[], blocs: ReadonlyMap<string, Bloc>, articles: ReadonlyMap<string, Article>, diagnostics: Diagnostics, vocabulary?: Vocabulary): Map<string, IndicatorTable<Figure>> {
	const indicatorTables = new Map<string, IndicatorTable<Figure>>();
	for (const bloc of blocs.values()) indicatorTables.set(bloc.id, indicatorTable(figures, bloc.id, { vocabulary }));
	for (const conflict of findConflicts(figures, vocabulary)) {
		const sources = conflict.values.flatMap((v) => v.sources);
		const fileOf = (f: Figure) => articles.get(f.articleId)!.file;
		const [first, last] = [sources[0]!, sources.at(-1)!];
		const cause = diagnostics.causeAt(fileOf(first), 'figures', `ghi \`${first.printed}\`.`);
		figureConflictRule({ conflict, files: [...new Set(sources.map(fileOf))], place: diagnostics.at(fileOf(last), 'figures'), cause }, diagnostics.file(fileOf(last)));
	}
	return indicatorTables;
}
