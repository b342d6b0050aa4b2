/**
 * Dates as Vietnamese news prints them, read from the folded shadow of a text (see `pattern.ts`):
 * `3-4/1/2020`, `23 và 24/02/2017`, `15-16/1/2021`, `30/12/2020 - 02/01/2021`, `06/01/2023`,
 * `6 tháng 1 năm 2023`, `tháng 1/2020`. The result keeps the precision printed and is `null` for an
 * impossible date (`30/02/2023`), never rounded.
 */
import { parsePartialDate } from '../text/partial-date.ts';
import { shadow } from './pattern.ts';

export interface DatePhrase {
	/** ISO start (`2020-01-03`, or `2020-01` for a month). */
	start: string;
	/** ISO end of a range, `null` for one day or a month. */
	end: string | null;
	/** Offset and length of the phrase in the searched text. */
	index: number;
	length: number;
}

const pad = (n: string) => n.padStart(2, '0');
const iso = (y: string, m: string, d?: string) => (d ? `${y}-${pad(m)}-${pad(d)}` : `${y}-${pad(m)}`);
const valid = (s: string) => parsePartialDate(s).ok;

const DASH = String.raw`\s*(?:-|–|—|va|và|den|đến)\s*`;
const PATTERNS: { re: RegExp; read: (m: RegExpExecArray) => { start: string; end: string | null } }[] = [
	{
		// 30/12/2020 - 02/01/2021, 30/12 - 2/1/2021
		re: new RegExp(String.raw`(?<![\d/])(\d{1,2})\s*/\s*(\d{1,2})(?:\s*/\s*(\d{4}))?${DASH}(\d{1,2})\s*/\s*(\d{1,2})\s*/\s*(\d{4})(?![\d/])`, 'g'),
		read: (m) => {
			// `30/12 - 2/1/2021`: a range written without the first year ends in the next year.
			const endYear = Number(m[6]);
			const sameYear = Number(m[2]) < Number(m[5]) || (Number(m[2]) === Number(m[5]) && Number(m[1]) <= Number(m[4]));
			const startYear = m[3] ?? String(sameYear ? endYear : endYear - 1);
			return { start: iso(startYear, m[2]!, m[1]!), end: iso(m[6]!, m[5]!, m[4]!) };
		},
	},
	{
		// 3-4/1/2020, 23 và 24/02/2017
		re: new RegExp(String.raw`(?<![\d/])(\d{1,2})${DASH}(\d{1,2})\s*/\s*(\d{1,2})\s*/\s*(\d{4})(?![\d/])`, 'g'),
		read: (m) => ({ start: iso(m[4]!, m[3]!, m[1]!), end: iso(m[4]!, m[3]!, m[2]!) }),
	},
	{
		// 06/01/2023
		re: /(?<![\d/])(\d{1,2})\s*\/\s*(\d{1,2})\s*\/\s*(\d{4})(?![\d/])/g,
		read: (m) => ({ start: iso(m[3]!, m[2]!, m[1]!), end: null }),
	},
	{
		// 6 tháng 1 năm 2023
		re: /(?<![\d/])(\d{1,2})\s+th(?:a|á)ng\s+(\d{1,2})\s+n(?:a|ă)m\s+(\d{4})(?!\d)/g,
		read: (m) => ({ start: iso(m[3]!, m[2]!, m[1]!), end: null }),
	},
	{
		// tháng 1/2020, tháng 01 năm 2020
		re: /th(?:a|á)ng\s+(\d{1,2})\s*(?:\/|n(?:a|ă)m)\s*(\d{4})(?![\d/])/g,
		read: (m) => ({ start: iso(m[2]!, m[1]!), end: null }),
	},
];

/** Every date phrase in a (shadow) text, earliest first; overlapping readings keep the first pattern's. */
export function findDatePhrases(text: string): DatePhrase[] {
	const found: DatePhrase[] = [];
	const taken: [number, number][] = [];
	for (const { re, read } of PATTERNS) {
		re.lastIndex = 0;
		for (const m of text.matchAll(re)) {
			const start = m.index;
			const end = start + m[0].length;
			if (taken.some(([a, b]) => start < b && end > a)) continue;
			const { start: s, end: e } = read(m);
			// An impossible reading claims its span anyway: `5-4/1/2020` is not `4/1/2020`.
			taken.push([start, end]);
			if (!valid(s) || (e !== null && !valid(e)) || (e !== null && e < s)) continue;
			found.push({ start: s, end: e === s ? null : e, index: start, length: m[0].length });
		}
	}
	return found.sort((a, b) => a.index - b.index);
}

/** Reads the single date phrase of a short text (`Ngày 3-4/1/2020`), or `null`. */
export function parseDatePhrase(text: string): { start: string; end: string | null } | null {
	const [first] = findDatePhrases(shadow(text.normalize('NFC'), 'clean'));
	return first ? { start: first.start, end: first.end } : null;
}
