/** Summaries of blocs for lists (home page, bloc index). */
import type { Archive } from '../archive/index.ts';
import { archiveIndex, listOf } from '../archive/indexes.ts';
import { UNKNOWN } from '../site/labels.ts';
import { byInitial } from './initials.ts';

/** One bloc of the bloc index and the home page. */
export type BlocCard = ReturnType<typeof blocCards>[number];

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

/**
 * The words a bloc is filed under: its short name without the leading kind word and the generic
 * words before a region's own name (`Khối đồng bằng sông Hồng` → `đồng bằng sông Hồng`,
 * `Cụm vùng An Bắc` → `An Bắc`), so the A–Z bar has the letters readers look for.
 */
export function blocSortName(short: string): string {
	const rest = short.replace(/^(khối|cụm)(\s+thi\s+đua)?\s+/iu, '').replace(/^(vùng|các\s+tỉnh|tỉnh)\s+/iu, '');
	return rest || short;
}

/** Blocs grouped by the initial of their distinctive name (`blocSortName`), in Vietnamese order: the bloc index's A–Z. */
export function blocsByName<T extends { short: string }>(blocs: readonly T[]): Array<{ label: string; id: string; items: T[] }> {
	const collator = new Intl.Collator('vi');
	return byInitial([...blocs].sort((a, b) => collator.compare(blocSortName(a.short), blocSortName(b.short))), (b) => blocSortName(b.short));
}
