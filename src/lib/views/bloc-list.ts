/** Summaries of blocs for lists (home page, bloc index). */
import type { Archive } from '../archive/index.ts';
import { archiveIndex, listOf } from '../archive/indexes.ts';
import { UNKNOWN } from '../site/labels.ts';

/** One card per bloc, newest activity first. */
export function blocCards(archive: Archive) {
	const index = archiveIndex(archive);
	return [...archive.blocs.values()]
		.map((b) => {
			const articles = listOf(index.articlesByBloc, b.id);
			const from = b.data.from;
			const to = b.data.to;
			const period = from || to ? `${from ?? UNKNOWN} – ${to ?? 'nay'}` : `thời gian hoạt động ${UNKNOWN}`;
			const named = b.members.length;
			const count = b.data.memberCount;
			const memberLine = count && count !== named ? `${count} đơn vị (kho biết tên ${named})` : `${named} đơn vị`;
			return {
				id: b.id,
				url: b.url,
				name: b.name,
				short: b.short,
				region: b.data.region,
				kindLabel: b.data.kind === 'khoi' ? 'Khối thi đua' : 'Cụm thi đua',
				period,
				memberLine,
				articleCount: articles.length,
				latest: articles[0]?.sortKey ?? '',
			};
		})
		.sort((a, b) => b.latest.localeCompare(a.latest) || a.short.localeCompare(b.short, 'vi'));
}
