/** Selections for the home page. */
import type { Archive } from './archive-build.ts';
import { archiveIndex, listOf } from './archive-index.ts';

/** The latest `years` years of awards, grouped by bloc, award and status, so one glance answers “who got the flag in 2022?”. */
export function recentAwardsByYear(archive: Archive, years: number) {
	const allYears = [...new Set(archive.awards.map((w) => w.year))].sort((a, b) => b - a).slice(0, years);
	return allYears.map((year) => {
		const groups = new Map<string, { bloc: string; awardName: string; award: string; status: 'proposed' | 'conferred'; units: string[]; count: number | null; cite: string }>();
		for (const w of listOf(archiveIndex(archive).awardsByYear, year)) {
			const key = `${w.bloc}|${w.award}|${w.awardName}|${w.status}|${w.cite}`;
			const group = groups.get(key) ?? { bloc: w.bloc, awardName: w.awardName, award: w.award, status: w.status, units: [], count: w.count, cite: w.cite };
			if (w.unit) group.units.push(w.unit);
			groups.set(key, group);
		}
		return { year, groups: [...groups.values()] };
	});
}
