/**
 * Every quoted fact checked against its quote (figures are checked in the articles phase): the
 * conference's dates (any Vietnamese spelling) and place, hosts, chair and vice-chair, elected
 * boards and award recipients (by any name variant). A quote that states something else is an
 * error; a quote in which the fact cannot be found at all is a warning (a board may be named in a
 * way the archive does not know yet).
 */
import type { Point } from 'unist';
import { lintRule } from '../../plugins/lint-rule.ts';
import { foldVietnamese } from '../text/fold.ts';
import type { PartialDate } from '../text/partial-date.ts';
import { datesIn } from '../text/vn-date.ts';
import { normalizeText } from '../text/match.ts';
import { unitNameAt } from './boards.ts';
import type { Diagnostics } from './diagnostics.ts';
import { createMentionMatcher, mentionNames } from './mentions.ts';
import type { Article, Unit } from './types.ts';

/** A fact its quote does not state. */
interface Mismatch {
	field: string;
	/** The value as shown (`2022-01-15`, `ha-nam`, `tỉnh An`). */
	value: string;
	quote: string;
	/** What the quote says instead, when it says something else. */
	instead?: string;
	/** How to write it, or what to do. */
	fix: string;
	place: Point | undefined;
}

const shortQuote = (quote: string) => (quote.length > 120 ? `${quote.slice(0, 120)}…` : quote);

/** `fact-not-in-quote`: a fact that its quote contradicts (error) or does not state (warning). */
export const factNotInQuoteRule = lintRule<Mismatch>({ origin: 'archive:fact-not-in-quote' }, (m, file) => {
	const says = m.instead ? `câu trích ghi ${m.instead}` : 'không thấy trong câu trích';
	file.message(`\`${m.field}\`: \`${m.value}\` — ${says}: “${shortQuote(m.quote)}”.`, { place: m.place }).note = m.fix;
});

/** Checks the quoted facts of every article. */
export function checkQuotedFacts(articles: Iterable<Article>, units: ReadonlyMap<string, Unit>, diagnostics: Diagnostics): void {
	const mentions = createMentionMatcher(mentionNames(units));
	for (const a of articles) {
		const report = (m: Omit<Mismatch, 'place'>) => factNotInQuoteRule({ ...m, place: diagnostics.at(a.file, m.field) }, diagnostics.file(a.file), m.instead ? 'error' : 'warning');
		const c = a.data.conference;
		if (c.quote) {
			for (const [field, date] of [['conference.start', c.start], ['conference.end', c.end]] as const) {
				const m = date && dateMismatch(field, date, c.quote);
				if (m) report(m);
			}
			if (c.place && !foldVietnamese(c.quote).includes(foldVietnamese(c.place))) report({ field: 'conference.place', value: c.place, quote: c.quote, fix: 'Chép nơi họp đúng như câu trích, hoặc chọn câu trích có nơi họp.' });
			a.host.forEach((h, i) => checkBoard(`conference.host[${i}]`, h, c.quote!, a.year));
		}
		const roles = [['chair', a.chair, a.year], ['viceChair', a.viceChair, a.year], ['elected.chair', a.electedChair, a.electedYear], ['elected.viceChair', a.electedViceChair, a.electedYear]] as const;
		const quoteOf = (field: string) => (field.startsWith('elected.') ? a.data.elected[field.slice(8) as 'chair' | 'viceChair'] : a.data[field as 'chair' | 'viceChair'])?.quote;
		for (const [field, fact, year] of roles) {
			const quote = fact && quoteOf(field);
			if (fact && quote) checkBoard(`${field}.unit`, fact.value, quote, year);
		}
		a.data.awards.forEach((award, i) => award.quote && a.awards[i]!.recipients.forEach((r, j) => checkBoard(`awards[${i}].recipients[${j}]`, r, award.quote!, a.year)));

		function checkBoard(field: string, unit: string, quote: string, year: number) {
			if (!units.has(unit)) return;
			const named = mentions(quote);
			if (named.has(unit)) return;
			const others = [...named].filter((u) => units.has(u));
			const instead = others.length > 0 ? others.map((u) => `\`${u}\` (${unitNameAt(units, u, year)})`).join(', ') : undefined;
			const fix = instead ? 'Sửa mã ban quản lý cho đúng ban mà câu trích nêu, hoặc chọn câu trích nêu đúng ban này.' : `Nếu câu trích gọi ban này bằng một tên khác, thêm tên đó vào \`variants\` của content/units/${unit}.yaml.`;
			report({ field, value: unit, quote, instead, fix });
		}
	}
}

/** A date field its quote does not give: another date (error), or none at all (warning). */
function dateMismatch(field: string, date: PartialDate, quote: string): Omit<Mismatch, 'place'> | null {
	const found = datesIn(normalizeText(quote));
	const matches = (iso: string) => iso === date.iso || (date.precision !== 'day' && iso.startsWith(date.iso));
	if (found.some((d) => matches(d.iso))) return null;
	if (date.precision === 'year' && quote.includes(String(date.year))) return null;
	const days = found.filter((d) => d.iso.length === 10);
	if (days.length === 0) return { field, value: date.iso, quote, fix: 'Chọn câu trích có ghi ngày họp, hoặc để ngày là `null` nếu bài không nêu.' };
	const instead = days.map((d) => `\`${d.text}\` (= ${d.iso})`).join(', ');
	return { field, value: date.iso, quote, instead, fix: `Sửa thành \`${days[0]!.iso}\` nếu câu trích đúng với bài gốc.` };
}
