/** Board summaries for the board index. */
import type { Archive } from '../archive/index.ts';
import { archiveIndex, listOf } from '../archive/indexes.ts';
import { byInitial } from './initials.ts';

/** One board of the board index. */
export type UnitSummary = ReturnType<typeof unitsByProvince>[number];

/** Boards sorted by province (Vietnamese collation), with their blocs and mention counts. */
export function unitsByProvince(archive: Archive) {
	const collator = new Intl.Collator('vi');
	const index = archiveIndex(archive);
	return [...archive.units.values()]
		.map((u) => ({
			id: u.id,
			url: u.url,
			name: u.name,
			short: u.short,
			province: u.data.province,
			officialNameKnown: u.data.officialNameKnown,
			blocs: listOf(index.blocsByUnit, u.id).map((b) => ({ url: b.url, short: b.short })),
			mentionCount: listOf(index.mentionsByUnit, u.id).length,
		}))
		.sort((a, b) => collator.compare(a.province, b.province) || collator.compare(a.name, b.name));
}

/** Boards grouped by the initial of their province, in the list's order (letters in Vietnamese order). */
export function unitsByInitial<T extends { province: string }>(units: readonly T[]): Array<{ label: string; id: string; items: T[] }> {
	return byInitial(units, (u) => u.province);
}
