/** Selections for the home page. */
import type { Archive } from '../archive/index.ts';
import { awardIndex } from './merge-awards.ts';
import { ROUTES } from '../site/routes.ts';
import { blocRef, unitRef, type BlocRef, type UnitRef } from './refs.ts';

/** Awards of one bloc, kind, name, status and sentence, with their recipients. */
export interface AwardGroup {
	bloc: string;
	blocRef: BlocRef | null;
	awardName: string;
	award: string;
	status: 'proposed' | 'conferred';
	/** Recipients named in the group's year; empty when the source gives only a count. */
	units: UnitRef[];
	count: number | null;
	cite: string;
}

/**
 * The latest `years` years of awards, grouped by bloc, award and status, so one glance answers
 * “who got the flag in 2022?”. At most `perYear` groups a year (flags first); the rest is one
 * link away on the year's award page, so the home page stays light as blocs are added.
 */
export function recentAwardsByYear(archive: Archive, years: number, perYear = 8) {
	const index = awardIndex(archive);
	const allYears = [...index.byYear.keys()].sort((a, b) => b - a).slice(0, years);
	return allYears.map((year) => {
		const groups = new Map<string, AwardGroup>();
		for (const w of index.byYear.get(year) ?? []) {
			const key = `${w.bloc}|${w.award}|${w.awardName}|${w.status}|${w.sources.join(' ')}|${w.cite}`;
			const group = groups.get(key) ?? { bloc: w.bloc, blocRef: blocRef(archive, w.bloc), awardName: w.awardName, award: w.award, status: w.status, units: [], count: w.count, cite: w.cite };
			if (w.unit) group.units.push(unitRef(archive.units, w.unit, year));
			groups.set(key, group);
		}
		const all = [...groups.values()].sort((a, b) => (a.award === 'flag' ? 0 : 1) - (b.award === 'flag' ? 0 : 1));
		return { year, groups: all.slice(0, perYear), hidden: Math.max(0, all.length - perYear), url: ROUTES.awardsByYear(year) };
	});
}
