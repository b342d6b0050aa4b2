/**
 * Phase 3, conflicts between reports of one conference: articles grouped by bloc in year order,
 * same-bloc navigation (`prev`/`next`), and two reports of the same conference giving different
 * dates. The archive never picks one: the build fails, naming both files.
 */
import { lintRule } from '../../plugins/lint-rule.ts';
import type { VFileMessage } from 'vfile-message';
import { comparePartialDates, type PartialDate } from '../text/partial-date.ts';
import type { Diagnostics } from './diagnostics.ts';
import type { Article } from './types.ts';

/** Two reports of one conference with different dates. */
interface DateConflict {
	year: number;
	dates: [PartialDate, PartialDate];
	files: [string, string];
	place: ReturnType<Diagnostics['at']>;
	cause: VFileMessage;
}

/** `conflict` (dates): two reports of one conference disagree about its date. */
export const dateConflictRule = lintRule<DateConflict>({ origin: 'archive:conflict' }, (c, file) => {
	const [a, b] = c.dates;
	const message = file.message(`\`conference.start\`: Hai bài nói khác nhau về ngày hội nghị năm ${c.year}: \`${a.iso}\` (${c.files[0]}) và \`${b.iso}\` (${c.files[1]}).`, { place: c.place, cause: c.cause });
	message.note = 'Đối chiếu với nguồn và sửa bài sai; nếu nguồn thật sự khác nhau, ghi rõ ở `conference.note` và để `uncertain: true` ở cả hai bài sau khi thống nhất ngày.';
});

/** Articles by bloc, each list in year, date and id order, with `prev`/`next` set along it. */
export function groupByBloc(articles: Iterable<Article>): Map<string, Article[]> {
	const byBloc = Map.groupBy(articles, (a) => a.bloc);
	for (const list of byBloc.values()) {
		list.sort((a, b) => a.year - b.year || a.sortKey.localeCompare(b.sortKey) || a.id.localeCompare(b.id));
		list.forEach((a, i) => {
			a.prev = list[i - 1]?.id ?? null;
			a.next = list[i + 1]?.id ?? null;
		});
	}
	return byBloc;
}

/** Reports every pair of same-bloc reports of one conference (year and event) with different dates of the same precision. */
export function checkConferenceDates(byBloc: ReadonlyMap<string, readonly Article[]>, diagnostics: Diagnostics): void {
	for (const list of byBloc.values()) {
		for (let i = 0; i < list.length; i++) {
			for (let j = i + 1; j < list.length; j++) {
				const [a, b] = [list[i]!, list[j]!];
				if (a.year !== b.year || a.data.event !== b.data.event) continue;
				const [sa, sb] = [a.data.conference.start, b.data.conference.start];
				if (!sa || !sb || sa.precision !== sb.precision || comparePartialDates(sa, sb) === 0) continue;
				const cause = diagnostics.causeAt(a.file, 'conference.start', `ghi \`${sa.iso}\`.`);
				dateConflictRule({ year: a.year, dates: [sa, sb], files: [a.file, b.file], place: diagnostics.at(b.file, 'conference.start'), cause }, diagnostics.file(b.file));
			}
		}
	}
}
