/** A board's page: its names, blocs, roles, hosted conferences, awards and mentions. */
import type { Archive, Unit } from '../archive/index.ts';
import { unitHistory } from './bloc-history.ts';

/** Everything a board page shows. */
export interface UnitPage extends ReturnType<typeof unitHistory> {
	unit: Unit;
}

/** One board page's data. */
export function unitPage(archive: Archive, unit: Unit): UnitPage {
	return { unit, ...unitHistory(archive, unit.id) };
}
