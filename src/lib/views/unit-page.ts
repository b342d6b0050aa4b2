/** A board's page: its names, blocs, roles, hosted conferences, awards and mentions. */
import type { Archive, Unit } from '../archive/index.ts';
import { unitHistory } from './bloc-history.ts';

/** Everything a board page shows. */
export interface UnitPage extends ReturnType<typeof unitHistory> {
	unit: Unit;
	/** How many articles mention the board (`mentions` holds the latest `MENTIONS_SHOWN`). */
	mentionCount: number;
}

/** How many mentioning articles a board page lists. */
export const MENTIONS_SHOWN = 12;

/** One board page's data. */
export function unitPage(archive: Archive, unit: Unit): UnitPage {
	const history = unitHistory(archive, unit.id);
	return { unit, ...history, mentions: history.mentions.slice(0, MENTIONS_SHOWN), mentionCount: history.mentions.length };
}
