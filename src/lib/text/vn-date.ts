/**
 * Dates as Vietnamese texts write them: `14/1/2022`, `14-01-2022`, `14.01.2022`,
 * `ngày 14 tháng 1 năm 2022`, day ranges (`3-4/1/2020`, `23 và 24/02/2017`), months
 * (`tháng 1/2022`, `tháng 1 năm 2022`) and ISO (`2022-01-14`). Used to check a date field against
 * its quote and to give the ready ISO value for a date written the Vietnamese way.
 */

/** A date found in a text: its ISO form (`YYYY-MM-DD`, or `YYYY-MM` for a month) and how it was written. */
export interface FoundDate {
	iso: string;
	text: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

function dayIso(year: number, month: number, day: number): string | null {
	if (month < 1 || month > 12 || day < 1) return null;
	const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
	return day <= days ? `${year}-${pad(month)}-${pad(day)}` : null;
}

const RANGE = /(?<!\d)(\d{1,2})\s*(?:-|–|và|đến)\s*(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})(?!\d)/gu;
const DAY = /(?<![\d/.-])(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d{4})(?!\d)/gu;
const WORDS = /ngày\s+(\d{1,2})(?:\s*(?:-|–|và|đến)\s*(\d{1,2}))?\s+tháng\s+(\d{1,2})\s*(?:năm|,|\/)\s*(\d{4})/giu;
const MONTH = /tháng\s+(\d{1,2})\s*(?:\/|năm)\s*(\d{4})/giu;
const ISO = /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/gu;

/** Every date a text writes, in order of appearance (a range gives both days). */
export function datesIn(text: string): FoundDate[] {
	const found: Array<FoundDate & { at: number }> = [];
	const add = (at: number, written: string, iso: string | null) => iso && found.push({ at, iso, text: written });
	for (const m of text.matchAll(RANGE)) {
		add(m.index, m[0], dayIso(+m[4]!, +m[3]!, +m[1]!));
		add(m.index, m[0], dayIso(+m[4]!, +m[3]!, +m[2]!));
	}
	for (const m of text.matchAll(DAY)) add(m.index, m[0], dayIso(+m[4]!, +m[3]!, +m[1]!));
	for (const m of text.matchAll(WORDS)) {
		add(m.index, m[0], dayIso(+m[4]!, +m[3]!, +m[1]!));
		if (m[2]) add(m.index, m[0], dayIso(+m[4]!, +m[3]!, +m[2]));
	}
	for (const m of text.matchAll(MONTH)) add(m.index, m[0], +m[1]! >= 1 && +m[1]! <= 12 ? `${m[2]}-${pad(+m[1]!)}` : null);
	for (const m of text.matchAll(ISO)) add(m.index, m[0], dayIso(+m[1]!, +m[2]!, +m[3]!));
	const seen = new Set<string>();
	return found
		.sort((a, b) => a.at - b.at)
		.filter((d) => !seen.has(`${d.at}\u0000${d.iso}`) && seen.add(`${d.at}\u0000${d.iso}`))
		.map(({ iso, text: written }) => ({ iso, text: written }));
}

/** The ISO form of a value that is one Vietnamese-written date (`14/01/2022` → `2022-01-14`), else `null`. */
export function vnDateToIso(value: string): string | null {
	const whole = datesIn(value.trim()).find((d) => d.text === value.trim());
	return whole ? whole.iso : null;
}
