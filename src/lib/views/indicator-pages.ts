/**
 * Indicator tables as readers get them: newest year first, a bounded window of recent years on
 * the bloc page (every year one link away), one page per cross-bloc comparison, and each table
 * as a CSV in the units and words shown on screen.
 */
import { stringify } from 'csv-stringify/sync';
import type { ComparisonView } from '../indicators/compare.ts';
import type { CellView, TableView } from '../indicators/view.ts';

/** Keeps the latest `count` years (all when `count` is omitted), newest first, with their cells. */
export function newestFirst(view: TableView, count?: number): TableView {
	const keep = [...view.years].sort((a, b) => b - a).slice(0, count ?? view.years.length);
	const pick = (cells: CellView[]) => keep.map((y) => cells[view.years.indexOf(y)]!);
	return { ...view, years: keep, groups: view.groups.map((g) => ({ ...g, rows: g.rows.map((r) => ({ ...r, cells: pick(r.cells) })) })) };
}

/** One row per indicator: its first result row (else its first row), for a short table that links to the full one. */
export function headlineRows(view: TableView): TableView {
	return { ...view, groups: view.groups.map((g) => ({ ...g, rows: [g.rows.find((r) => r.measure === 'value') ?? g.rows[0]!] })) };
}

/** A comparison with its years newest first. */
export function comparisonNewestFirst(c: ComparisonView): ComparisonView {
	const years = [...c.years].sort((a, b) => b - a);
	return { ...c, years, blocs: c.blocs.map((b) => ({ ...b, cells: years.map((y) => b.cells[c.years.indexOf(y)]!) })) };
}

/** A cell as CSV text: the value as shown, empty for a gap, every value for a conflict. */
export function cellText(cell: CellView): string {
	if (cell.state === 'gap') return '';
	if (cell.state === 'conflict') return `mâu thuẫn: ${cell.values.map((v) => v.text).join(' / ')}`;
	return `${cell.text}${cell.estimate ? ' (ước)' : ''}`;
}

const BOM = '\uFEFF';

/** A bloc's indicator table as CSV: Vietnamese column names, values in the units shown. */
export function tableCsv(view: TableView): string {
	const header = ['Chỉ tiêu', 'Phạm vi', 'Số liệu', 'Đơn vị', ...view.years.map(String)];
	const rows = view.groups.flatMap((g) => g.rows.map((r) => [r.label, r.scopeLabel, r.measureLabel, r.unitLabel, ...r.cells.map(cellText)]));
	return BOM + stringify([header, ...rows]);
}

/** A comparison as CSV: one row per bloc, one column per year. */
export function comparisonCsv(c: ComparisonView): string {
	const header = [`Khối (${c.label}, ${c.scopeLabel.toLowerCase()}, ${c.measureLabel.toLowerCase()}, đơn vị ${c.unitLabel})`, ...c.years.map(String)];
	const rows = c.blocs.map((b) => [b.name, ...b.cells.map(cellText)]);
	return BOM + stringify([header, ...rows]);
}
