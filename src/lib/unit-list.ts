/** Board summaries for the board index. */
import type { Archive } from './archive-build.ts';

/** Boards sorted by province (Vietnamese collation), with their blocs and mention counts. */
export function unitsByProvince(archive: Archive) {
	const collator = new Intl.Collator('vi');
	return [...archive.units.values()]
		.map((u) => ({
			id: u.id,
			url: u.url,
			name: u.name,
			province: u.data.province,
			officialNameKnown: u.data.officialNameKnown,
			blocs: [...archive.blocs.values()].filter((b) => b.members.some((m) => m.unit === u.id)).map((b) => ({ url: b.url, short: b.short })),
			mentionCount: archive.articleList.filter((a) => a.mentions.includes(u.id)).length,
		}))
		.sort((a, b) => collator.compare(a.province, b.province) || collator.compare(a.name, b.name));
}
