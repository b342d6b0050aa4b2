/**
 * Partial dates: a conference may be known to the day, the month, the year, or not at all.
 * We keep the precision the source gives and never fill in a missing day or month.
 */

export type DatePrecision = 'year' | 'month' | 'day';

export interface PartialDate {
	/** ISO form at the known precision: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
	iso: string;
	precision: DatePrecision;
	year: number;
	month?: number;
	day?: number;
}

const PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Result of parsing: a date, or the reason it is not one. */
export type PartialDateResult = { ok: true; date: PartialDate } | { ok: false; reason: string };

/** Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, rejecting impossible dates such as `2023-02-30`. */
export function parsePartialDate(input: string | number | Date): PartialDateResult {
	if (input instanceof Date) {
		// YAML turns an unquoted 2020-01-03 into a UTC midnight Date: read it back in UTC.
		if (Number.isNaN(input.getTime())) return { ok: false, reason: 'không phải ngày hợp lệ' };
		return parsePartialDate(input.toISOString().slice(0, 10));
	}
	const text = String(input).trim();
	const match = PATTERN.exec(text);
	if (!match) {
		return { ok: false, reason: `\`${text}\` không đúng dạng YYYY, YYYY-MM hoặc YYYY-MM-DD` };
	}
	const year = Number(match[1]);
	if (year < 1900 || year > 2200) return { ok: false, reason: `năm \`${year}\` ngoài khoảng 1900–2200` };
	if (match[2] === undefined) return { ok: true, date: { iso: text, precision: 'year', year } };
	const month = Number(match[2]);
	if (month < 1 || month > 12) return { ok: false, reason: `tháng \`${match[2]}\` không tồn tại trong \`${text}\`` };
	if (match[3] === undefined) return { ok: true, date: { iso: text, precision: 'month', year, month } };
	const day = Number(match[3]);
	const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
	if (day < 1 || day > daysInMonth) {
		return { ok: false, reason: `ngày \`${text}\` không tồn tại (tháng ${month}/${year} có ${daysInMonth} ngày)` };
	}
	return { ok: true, date: { iso: text, precision: 'day', year, month, day } };
}

/** Compares two partial dates by what is known; a coarser date sorts before a finer one of the same period. */
export function comparePartialDates(a: PartialDate, b: PartialDate): number {
	return a.year - b.year || (a.month ?? 0) - (b.month ?? 0) || (a.day ?? 0) - (b.day ?? 0);
}

/** True when `end` cannot be before `start` at the precision both share. */
export function isOrderedRange(start: PartialDate, end: PartialDate): boolean {
	if (end.year !== start.year) return end.year > start.year;
	if (start.month === undefined || end.month === undefined) return true;
	if (end.month !== start.month) return end.month > start.month;
	if (start.day === undefined || end.day === undefined) return true;
	return end.day >= start.day;
}

const pad = (n: number) => String(n).padStart(2, '0');

function formatOne(date: PartialDate): string {
	if (date.precision === 'year') return `năm ${date.year}`;
	if (date.precision === 'month') return `tháng ${date.month}/${date.year}`;
	return `${pad(date.day!)}/${pad(date.month!)}/${date.year}`;
}

/**
 * Formats a date or a range the way Vietnamese news does: `03–04/01/2020`, `tháng 1/2020`,
 * `năm 2020`; `chưa rõ` when nothing is known.
 */
export function formatDateRange(start: PartialDate | null, end: PartialDate | null): string {
	if (!start && !end) return 'chưa rõ';
	if (!start) return `chưa rõ – ${formatOne(end!)}`;
	if (!end || end.iso === start.iso) return formatOne(start);
	if (start.precision === 'day' && end.precision === 'day' && start.year === end.year) {
		if (start.month === end.month) return `${pad(start.day!)}–${pad(end.day!)}/${pad(end.month!)}/${end.year}`;
		return `${pad(start.day!)}/${pad(start.month!)}–${pad(end.day!)}/${pad(end.month!)}/${end.year}`;
	}
	return `${formatOne(start)} – ${formatOne(end)}`;
}
