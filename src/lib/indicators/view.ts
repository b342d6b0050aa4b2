/**
 * What the indicator tables and charts show: cells as vi-VN text in the unit the articles print,
 * each linked to its sentence, gaps and conflicts spelled out, notes numbered, and one bar chart
 * per series with two or more years. Plain data in (the archive's tables and figures), plain data
 * out; money is never converted between VND and USD and nothing is summed.
 */
import type { Figure } from '../archive/index.ts';
import { barChart, type BarChartGeometry, type ChartPointInput } from './chart-geometry.ts';
import { chartSeries, MEASURE_LABELS, SCOPE_LABELS, type IndicatorTable, type TableCell, type TableRow } from './figures.ts';
import { formatDateRange, parsePartialDate } from '../text/partial-date.ts';
import { formatInUnit, formatVnNumber, SCALE_WORDS, shiftDecimal } from '../text/vn-number.ts';

/** What a gap cell says to screen readers (it shows `—`). */
export const GAP_TEXT = 'chưa có số liệu';

/** A link to the sentence stating a value; `label` names the article (`bài năm 2020`). */
export interface SourceLink {
	href: string;
	article: string;
	label: string;
}

/** A year without a figure. */
export interface GapCellView {
	state: 'gap';
	year: number;
}

/** A value, as vi-VN text in the row's unit, linked to its sentence. */
export interface ValueCellView {
	state: 'value';
	year: number;
	/** The number in the row's unit (`5.056,1`); the unit is in the row header. */
	text: string;
	/** Link to the sentence of the first source. */
	href: string;
	/** The value exactly as the article printed it. */
	printed: string;
	/** Set when the printed form differs from `text` + unit (`bài in: 5,890 tỷ USD`). */
	printedNote: string | null;
	estimate: boolean;
	/** `tính đến` date, formatted (`31/12/2016`), or `null`. */
	asOf: string | null;
	/** Numbers of the table notes that apply (1-based). */
	notes: number[];
	/** Further articles giving the same value, after the first. */
	more: SourceLink[];
}

/** Articles disagree: every value with its sources, none picked. */
export interface ConflictCellView {
	state: 'conflict';
	year: number;
	values: { text: string; printed: string; sources: SourceLink[] }[];
}

/** A table cell as shown. */
export type CellView = GapCellView | ValueCellView | ConflictCellView;

/** A table row: indicator × scope × measure × unit. */
export interface RowView {
	/** Anchor id, stable across builds (`ct-capital-new-and-added-fdi-value-usd`). */
	id: string;
	key: string;
	label: string;
	scope: TableRow['scope'];
	scopeLabel: string;
	measure: TableRow['measure'];
	measureLabel: string;
	unit: TableRow['unit'];
	/** The unit the row is shown in (`triệu USD`, `%`, `dự án`), from the latest figure. */
	unitLabel: string;
	cells: CellView[];
}

/** Rows of one indicator, kept together. */
export interface RowGroup {
	key: string;
	label: string;
	rows: RowView[];
}

/** A bloc's indicator table as shown. */
export interface TableView {
	years: number[];
	groups: RowGroup[];
	/** Notes from the articles' front matter, numbered from 1. */
	notes: string[];
	/** True when any figure is an estimate (to explain `ước`). */
	hasEstimate: boolean;
	conflicts: number;
}

/** Anchor id of a table row. */
export function rowId(row: Pick<TableRow, 'key' | 'scope' | 'measure' | 'unit'>): string {
	return `ct-${row.key}-${row.scope}-${row.measure}-${row.unit}`.toLowerCase();
}

/** Power of ten of a unit label's scale word: `triệu USD` → 6, `tỷ đồng` → 9, `%` → 0. */
export function unitExponent(unitLabel: string): number {
	const first = unitLabel.normalize('NFC').trim().split(/\s+/)[0]?.toLowerCase() ?? '';
	return Object.hasOwn(SCALE_WORDS, first) ? SCALE_WORDS[first as keyof typeof SCALE_WORDS] : 0;
}

function plainDecimal(value: number): string {
	const text = String(value);
	if (!/e/i.test(text)) return text;
	const [mantissa = '0', exp = '0'] = text.split(/e/i);
	return shiftDecimal(mantissa, Number(exp));
}

/** A base-unit value in the scale of `unitLabel`, as a number (5056100000, `triệu USD` → 5056.1). */
export function valueInUnit(value: number, unitLabel: string): number {
	return Number(shiftDecimal(plainDecimal(value), -unitExponent(unitLabel)));
}

/**
 * Formats a figure's value in a row's unit, keeping the precision the article printed (the scale
 * and decimals it was read with, never parsed again):
 * (`5,890 tỷ USD`, row `triệu USD`) → `5.890`; (`123.493,0 tỷ đồng`, `tỷ đồng`) → `123.493,0`.
 * `printedNote` is set when the article printed it differently.
 */
export function numberInUnit(figure: Pick<Figure, 'value' | 'printed' | 'scale' | 'fractionDigits'>, unitLabel: string): { text: string; printedNote: string | null } {
	const printedExponent = figure.scale ? SCALE_WORDS[figure.scale] : 0;
	const digits = Math.max(0, figure.fractionDigits + unitExponent(unitLabel) - printedExponent);
	const text = formatVnNumber(shiftDecimal(plainDecimal(figure.value), -unitExponent(unitLabel)), digits);
	const printed = figure.printed.normalize('NFC').replace(/\s+/g, ' ').trim();
	const same = formatInUnit(figure.value, unitLabel, digits) === printed;
	return { text, printedNote: same ? null : `bài in: ${printed}` };
}

/** The date a stock figure stands at, formatted (`2016-12-31` → `31/12/2016`). */
export function formatAsOf(iso: string | null): string | null {
	if (iso === null) return null;
	const parsed = parsePartialDate(iso);
	return parsed.ok ? formatDateRange(parsed.date, null) : iso;
}

/** Collects notes, numbering each distinct text once. */
export class NoteList {
	readonly texts: string[] = [];
	/** The 1-based number of `text`, adding it when new. */
	number(text: string): number {
		const at = this.texts.indexOf(text);
		if (at >= 0) return at + 1;
		this.texts.push(text);
		return this.texts.length;
	}
}

const sourceLink = (f: Figure): SourceLink => ({ href: f.cite, article: f.articleId, label: `bài năm ${f.year}` });

/** One cell as shown, in `unitLabel`; notes of its figures are numbered in `notes`. */
export function cellView(cell: TableCell<Figure>, unitLabel: string, notes: NoteList): CellView {
	if (cell.state === 'gap') return { state: 'gap', year: cell.year };
	if (cell.state === 'conflict') {
		return {
			state: 'conflict',
			year: cell.year,
			values: cell.values.map((v) => ({ text: numberInUnit(v.sources[0]!, unitLabel).text, printed: v.sources[0]!.printed, sources: v.sources.map(sourceLink) })),
		};
	}
	const first = cell.sources[0]!;
	const shown = numberInUnit(first, unitLabel);
	const noteTexts = [...new Set(cell.sources.flatMap((s) => (s.note ? [s.note] : [])))];
	return {
		state: 'value',
		year: cell.year,
		text: shown.text,
		href: first.cite,
		printed: first.printed,
		printedNote: shown.printedNote,
		estimate: cell.estimate,
		asOf: formatAsOf(cell.sources.find((s) => s.asOf !== null)?.asOf ?? null),
		notes: noteTexts.map((t) => notes.number(t)),
		more: cell.sources.slice(1).map(sourceLink),
	};
}

/** Every figure behind some cells. */
function figuresOf(cells: readonly TableCell<Figure>[]): Figure[] {
	return cells.flatMap((c) => (c.state === 'gap' ? [] : c.state === 'value' ? c.sources : c.values.flatMap((v) => v.sources)));
}

/**
 * The unit label to show a row in: the latest figure's (`latest`), unless another figure was
 * printed at a smaller scale, whose label is then used so no value needs extra decimals
 * (`2.331,663 triệu USD` beside `69,134 tỷ USD` shows both in `triệu USD`). Same currency only.
 */
export function displayUnitLabel(cells: readonly TableCell<Figure>[], latest: string): string {
	const figures = figuresOf(cells).sort((a, b) => b.year - a.year);
	const smallest = Math.min(unitExponent(latest), ...figures.map((f) => unitExponent(f.unitLabel)));
	if (unitExponent(latest) === smallest) return latest;
	return figures.find((f) => unitExponent(f.unitLabel) === smallest)!.unitLabel;
}

/** Display label of a row's unit; a bare count (no noun printed) reads `số đếm`. */
export function unitText(row: Pick<TableRow, 'unit' | 'unitLabel'>): string {
	return row.unitLabel === '' ? (row.unit === 'count' ? 'số đếm' : row.unit) : row.unitLabel;
}

/** A bloc's table as shown: rows grouped by indicator, in the table's order. */
export function tableView(table: IndicatorTable<Figure>): TableView {
	const notes = new NoteList();
	const groups: RowGroup[] = [];
	for (const row of table.rows) {
		const unitLabel = displayUnitLabel(row.cells, row.unitLabel);
		const view: RowView = {
			id: rowId(row),
			key: row.key,
			label: row.label,
			scope: row.scope,
			scopeLabel: SCOPE_LABELS[row.scope],
			measure: row.measure,
			measureLabel: MEASURE_LABELS[row.measure],
			unit: row.unit,
			unitLabel: unitText({ unit: row.unit, unitLabel }),
			cells: row.cells.map((c) => cellView(c, unitLabel, notes)),
		};
		const last = groups.at(-1);
		if (last?.key === row.key) last.rows.push(view);
		else groups.push({ key: row.key, label: row.label, rows: [view] });
	}
	const hasEstimate = table.rows.some((r) => r.cells.some((c) => c.state === 'value' && c.estimate));
	return { years: table.years, groups, notes: notes.texts, hasEstimate, conflicts: table.conflicts.length };
}

/** A chart as shown: its title, the table row it draws, a text summary and the geometry. */
export interface ChartView {
	/** Unique id prefix for the SVG's `<title>` and `<desc>`. */
	id: string;
	/** The table row with the same figures and their links. */
	rowId: string;
	/** `Vốn đăng ký cấp mới và tăng thêm – Dự án FDI (triệu USD)`. */
	title: string;
	unitLabel: string;
	/** Every value in words, for `<desc>`: `Biểu đồ cột, đơn vị triệu USD. 2019: 5.890 …`. */
	summary: string;
	geometry: BarChartGeometry;
}

function pointOf(cell: CellView, unit: string): ChartPointInput & { words: string } {
	if (cell.state === 'gap') return { year: cell.year, value: null, label: GAP_TEXT, words: `${cell.year}: ${GAP_TEXT}` };
	if (cell.state === 'conflict') {
		const list = cell.values.map((v) => `${v.text} (${v.sources.map((s) => s.label).join(', ')})`).join(' hoặc ');
		return { year: cell.year, value: null, label: 'mâu thuẫn', words: `${cell.year}: các bài ghi khác nhau, ${list}` };
	}
	const extra = [cell.estimate ? 'ước' : null, cell.asOf ? `tính đến ${cell.asOf}` : null, cell.printedNote].filter((x) => x !== null);
	return {
		year: cell.year,
		value: null,
		label: cell.estimate ? `${cell.text} (ước)` : cell.text,
		href: cell.href,
		estimate: cell.estimate,
		description: `${cell.year}: ${cell.text} ${unit}${extra.length ? ` (${extra.join('; ')})` : ''}, đến câu nguồn`,
		words: `${cell.year}: ${cell.text}${extra.length ? ` (${extra.join('; ')})` : ''}`,
	};
}

/**
 * One bar chart per series with an agreed value in two or more years (`chartSeries`: `value`
 * measure, one scope and currency per chart), in the table's row order. `idPrefix` keeps ids
 * unique on the page.
 */
export function chartViews(table: IndicatorTable<Figure>, figures: readonly Figure[], idPrefix = 'bieu-do'): ChartView[] {
	const rows = new Map(table.rows.map((r) => [rowId(r), r]));
	const order = [...rows.keys()];
	const series = chartSeries(figures, table.bloc)
		.map((s) => ({ s, id: rowId({ ...s, measure: 'value' }) }))
		.filter((x) => rows.has(x.id))
		.sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id));
	return series.map(({ s, id }) => {
		const row = rows.get(id)!;
		const unitLabel = displayUnitLabel(row.cells, row.unitLabel);
		const notes = new NoteList();
		const yearCells = s.years.map((year) => row.cells.find((c) => c.year === year)!);
		const unit = unitText({ unit: row.unit, unitLabel });
		const points = yearCells.map((cell) => {
			const view = pointOf(cellView(cell, unitLabel, notes), unit);
			return { ...view, value: cell.state === 'value' ? valueInUnit(cell.value, unitLabel) : null };
		});
		const title = `${row.label} – ${SCOPE_LABELS[row.scope]} (${unit})`;
		return {
			id: `${idPrefix}-${id.slice(3)}`,
			rowId: id,
			title,
			unitLabel: unit,
			summary: `Biểu đồ cột, đơn vị ${unit}. ${points.map((p) => p.words).join('; ')}.`,
			geometry: barChart({ years: s.years, points: points.map(({ words: _w, ...p }) => p) }),
		};
	});
}
