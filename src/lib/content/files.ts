/** Reading the archive's YAML entries for the staff scripts (the only file access they share). */
import matter from 'gray-matter';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONTENT_DIRS } from '../../content-paths.ts';
import { unitRecord, type UnitRecord } from '../import/board-match.ts';
import { blocRecord, type BlocRecord } from '../import/extract.ts';

/** Parses a YAML file with gray-matter's YAML engine (dates become `Date`). */
export function readYaml(path: string): Record<string, unknown> {
	return matter(`---\n${readFileSync(path, 'utf8')}\n---\n`).data;
}

/** Published entries of a collection folder: `*.yaml` not starting with `_`, as [id, data]. */
export function entries(dir: string): [string, Record<string, unknown>][] {
	if (!existsSync(dir)) return [];
	return readdirSync(dir)
		.filter((f) => f.endsWith('.yaml') && !f.startsWith('_'))
		.sort()
		.map((f) => [f.slice(0, -'.yaml'.length), readYaml(join(dir, f))]);
}

export const blocIds = (): string[] => entries(CONTENT_DIRS.blocs).map(([id]) => id);
export const loadUnits = (): UnitRecord[] => entries(CONTENT_DIRS.units).map(([id, data]) => unitRecord(id, data as Parameters<typeof unitRecord>[1]));
export const loadBlocs = (): BlocRecord[] => entries(CONTENT_DIRS.blocs).map(([id, data]) => blocRecord(id, data as Parameters<typeof blocRecord>[1]));
