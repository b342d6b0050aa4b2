/**
 * Geometry of the build-time bar charts: plain data in (years, values already in the unit to
 * show, their labels), plain data out (coordinates, tick labels, bars), for an SVG `viewBox`.
 * The value axis always starts at zero so bar lengths are honest; years without a value keep
 * their slot and are labelled, never bridged. Nothing here formats units or converts money: the
 * caller passes values in one unit and their printed labels.
 */
import { formatVnNumber } from '../text/vn-number.ts';

/** One year of a chart: a value in the chart's unit, or none (a gap or a conflict). */
export interface ChartPointInput {
	year: number;
	/** Value in the chart's display unit (`5056.1` for 5.056,1 triệu USD), or `null` when there is no single value. */
	value: number | null;
	/** Text shown above the bar (`5.056,1`), or in the empty slot (`—`). */
	label: string;
	/** Link to the sentence that states the value. */
	href?: string;
	/** The source calls the value an estimate (`ước`): the bar is hatched and labelled. */
	estimate?: boolean;
	/** What the bar's link says to screen readers (`2019: 5.890 triệu USD`). */
	description?: string;
}

/** Input of `barChart`. */
export interface BarChartInput {
	/** Every year shown on the axis, in order; years without a point are empty slots. */
	years: readonly number[];
	points: readonly ChartPointInput[];
	/** Approximate number of value-axis intervals (default 4). */
	ticks?: number;
}

/** A bar: a rectangle from the zero line to the value, and its label. */
export interface Bar {
	year: number;
	value: number;
	x: number;
	y: number;
	width: number;
	height: number;
	label: string;
	/** Centre of the label, above a positive bar and below a negative one. */
	labelX: number;
	labelY: number;
	href?: string;
	estimate: boolean;
	description?: string;
}

/** A year with no single value: its slot keeps its label (`chưa có số liệu`) above the zero line, in lines. */
export interface EmptySlot {
	year: number;
	x: number;
	/** Baseline of the last line. */
	y: number;
	label: string;
	/** `label` wrapped to the slot's width, first line first; lines are `CHART_FONT_SIZE + 2` apart. */
	lines: string[];
	href?: string;
}

/** A value-axis tick: a grid line at `y` and its vi-VN label. */
export interface Tick {
	value: number;
	y: number;
	label: string;
}

/** Everything an SVG needs to draw the chart, in `viewBox` units. */
export interface BarChartGeometry {
	width: number;
	height: number;
	viewBox: string;
	/** The plotting area. */
	plot: { left: number; top: number; right: number; bottom: number };
	/** y of the zero line. */
	zeroY: number;
	yTicks: Tick[];
	/** Where the unit title of the value axis goes (top left, above the plot). */
	unitTitle: { x: number; y: number };
	/** Year labels under the slots. */
	xLabels: { year: number; x: number; y: number; label: string }[];
	bars: Bar[];
	empty: EmptySlot[];
}

/** Font size assumed for text in the chart (viewBox units); labels are sized from it. */
export const CHART_FONT_SIZE = 13;
const CHAR_WIDTH = CHART_FONT_SIZE * 0.6;
const SLOT_MIN = 116;
const PLOT_HEIGHT = 180;
const TOP = 32;
const BOTTOM = 30;
const RIGHT = 12;

/**
 * Wraps `text` to lines of at most `max` characters, splitting at the space nearest the middle
 * so lines stay balanced (`chưa có số liệu` → `chưa có`, `số liệu`); a word longer than `max`
 * keeps a line of its own.
 */
export function wrapWords(text: string, max: number): string[] {
	const clean = text.trim().replace(/\s+/g, ' ');
	if (clean.length <= max || !clean.includes(' ')) return clean ? [clean] : [];
	const middle = clean.length / 2;
	let at = -1;
	for (let i = clean.indexOf(' '); i >= 0; i = clean.indexOf(' ', i + 1)) if (at < 0 || Math.abs(i - middle) < Math.abs(at - middle)) at = i;
	return [...wrapWords(clean.slice(0, at), max), ...wrapWords(clean.slice(at + 1), max)];
}

/** Rounds away binary noise so tick labels print cleanly (`0.30000000000000004` → `0.3`). */
function clean(value: number): number {
	return Number(value.toPrecision(12));
}

/** A "nice" step (1, 2, 2,5 or 5 × 10ⁿ) splitting `span` into about `count` intervals. */
export function niceStep(span: number, count = 4): number {
	if (!(span > 0) || !Number.isFinite(span)) return 1;
	const raw = span / Math.max(1, count);
	const magnitude = 10 ** Math.floor(Math.log10(raw));
	const norm = raw / magnitude;
	const factor = norm <= 1 ? 1 : norm <= 2 ? 2 : norm <= 2.5 ? 2.5 : norm <= 5 ? 5 : 10;
	return clean(factor * magnitude);
}

/** Tick values from a multiple of the step at or below `min` to one at or above `max`; always includes 0. */
export function niceTicks(min: number, max: number, count = 4): number[] {
	const lo = Math.min(0, min);
	const hi = Math.max(0, max);
	const step = niceStep(hi - lo || Math.abs(hi) || 1, count);
	const first = Math.floor(clean(lo / step));
	const last = Math.max(first + 1, Math.ceil(clean(hi / step)));
	return Array.from({ length: last - first + 1 }, (_, i) => clean((first + i) * step));
}

/**
 * Lays out a bar chart: one slot per year, bars from zero with their labels, vi-VN tick labels
 * on a zero-based value axis. Deterministic; coordinates are rounded to 0,1.
 */
export function barChart(input: BarChartInput): BarChartGeometry {
	const round = (n: number) => Math.round(n * 10) / 10;
	const values = input.points.flatMap((p) => (p.value === null ? [] : [p.value]));
	const ticks = niceTicks(values.length ? Math.min(...values) : 0, values.length ? Math.max(...values) : 1, input.ticks ?? 4);
	const tickLabels = ticks.map((t) => formatVnNumber(t));
	const left = round(10 + Math.max(...tickLabels.map((l) => l.length)) * CHAR_WIDTH);
	const slotWidth = Math.max(SLOT_MIN, ...input.points.filter((p) => p.value !== null).map((p) => p.label.length * CHAR_WIDTH + 12));
	const width = round(left + Math.max(1, input.years.length) * slotWidth + RIGHT);
	const plot = { left, top: TOP, right: round(width - RIGHT), bottom: TOP + PLOT_HEIGHT };
	const height = plot.bottom + BOTTOM;
	const lo = ticks[0]!;
	const hi = ticks.at(-1)!;
	const yOf = (v: number) => round(plot.bottom - ((v - lo) / (hi - lo)) * PLOT_HEIGHT);
	const zeroY = yOf(0);
	const slotX = (i: number) => plot.left + i * slotWidth;
	const barWidth = round(Math.min(56, slotWidth * 0.55));
	const byYear = new Map(input.points.map((p) => [p.year, p]));
	const bars: Bar[] = [];
	const empty: EmptySlot[] = [];
	input.years.forEach((year, i) => {
		const centre = round(slotX(i) + slotWidth / 2);
		const point = byYear.get(year);
		if (!point || point.value === null) {
			const label = point?.label ?? '—';
			const slot: EmptySlot = { year, x: centre, y: round(zeroY - 6), label, lines: wrapWords(label, Math.floor((slotWidth - 8) / CHAR_WIDTH)) };
			if (point?.href !== undefined) slot.href = point.href;
			empty.push(slot);
			return;
		}
		const y = yOf(point.value);
		const top = Math.min(y, zeroY);
		const bar: Bar = {
			year,
			value: point.value,
			x: round(centre - barWidth / 2),
			y: top,
			width: barWidth,
			height: round(Math.abs(zeroY - y)),
			label: point.label,
			labelX: centre,
			labelY: point.value >= 0 ? round(top - 6) : round(top + Math.abs(zeroY - y) + CHART_FONT_SIZE + 2),
			estimate: point.estimate === true,
		};
		if (point.href !== undefined) bar.href = point.href;
		if (point.description !== undefined) bar.description = point.description;
		bars.push(bar);
	});
	return {
		width,
		height,
		viewBox: `0 0 ${width} ${height}`,
		plot,
		zeroY,
		yTicks: ticks.map((value, i) => ({ value, y: yOf(value), label: tickLabels[i]! })),
		unitTitle: { x: 4, y: 14 },
		xLabels: input.years.map((year, i) => ({ year, x: round(slotX(i) + slotWidth / 2), y: plot.bottom + 20, label: String(year) })),
		bars,
		empty,
	};
}
