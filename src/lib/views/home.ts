/** Selections for the home page. */
import type { Archive } from '../archive/index.ts';
import { archiveIndex, listOf } from '../archive/indexes.ts';
import { ROUTES } from '../site/routes.ts';

/**
 * The latest `years` years of awards, grouped by bloc, award and status, so one glance answers
 * “who got the flag in 2022?”. At most `perYear` groups a year (flags first); the rest is one
 * link away on the year's award page, so the home page stays light as blocs are added.
 */
export function recentAwardsByYear(archive: Archive, years: number, perYear = 8) {
	const allYears = [...new Set(archive.awards.map((w) => w.year))].sort((a, b) => b - a).slice(0, years);
	return allYears.map((year) => {
		const groups = new Map<string, { bloc: string; awardName: string; award: string; status: 'proposed' | 'conferred'; units: string[]; count: number | null; cite: string }>();
		for (const w of listOf(archiveIndex(archive).awardsByYear, year)) {
			const key = `${w.bloc}|${w.award}|${w.awardName}|${w.status}|${w.cite}`;
			const group = groups.get(key) ?? { bloc: w.bloc, awardName: w.awardName, award: w.award, status: w.status, units: [], count: w.count, cite: w.cite };
			if (w.unit) group.units.push(w.unit);
			groups.set(key, group);
		}
		const all = [...groups.values()].sort((a, b) => (a.award === 'flag' ? 0 : 1) - (b.award === 'flag' ? 0 : 1));
		return { year, groups: all.slice(0, perYear), hidden: Math.max(0, all.length - perYear), url: ROUTES.awardsByYear(year) };
	});
}
