/**
 * What the editor writes, made to read like a hand-written file before it is saved: Decap CMS
 * keeps a field the editor touched and emptied as `""`, and an optional group (a chair nobody
 * named) as `{}`, where the schemas mean “not stated” by leaving the field out (it defaults to
 * `null` or `[]`). Pure; the admin script applies the removals to Decap's entry before saving.
 */
import type { CmsField } from './config.ts';

export type FieldPath = Array<string | number>;

const isEmpty = (value: unknown): boolean =>
	value === undefined || value === null || (typeof value === 'string' && value.trim() === '') || (typeof value === 'number' && Number.isNaN(value)) || (Array.isArray(value) && value.length === 0);

/**
 * Paths of the values to leave out of the saved file, deepest first (so removing them in order
 * is safe): empty strings, empty lists, and groups that are optional and end up empty. A required
 * group (`conference`, `source`) stays even when empty, so the checker names its missing fields.
 */
export function emptyPaths(data: Record<string, unknown>, fields: readonly CmsField[]): FieldPath[] {
	const out: FieldPath[] = [];
	/** Returns true when the object is left empty after removals. */
	const walkObject = (obj: Record<string, unknown>, defs: readonly CmsField[] | undefined, at: FieldPath): boolean => {
		let kept = 0;
		for (const [key, value] of Object.entries(obj)) {
			const def = defs?.find((f) => f.name === key);
			const path = [...at, key];
			if (isEmpty(value)) {
				out.push(path);
				continue;
			}
			if (Array.isArray(value)) {
				value.forEach((item, i) => {
					if (item && typeof item === 'object' && !Array.isArray(item)) walkObject(item as Record<string, unknown>, def?.fields, [...path, i]);
				});
				kept++;
				continue;
			}
			if (typeof value === 'object' && !(value instanceof Date)) {
				const empty = walkObject(value as Record<string, unknown>, def?.fields, path);
				if (empty && !def?.required) out.push(path);
				else kept++;
				continue;
			}
			kept++;
		}
		return kept === 0;
	};
	walkObject(data, fields, []);
	return out.sort((a, b) => b.length - a.length);
}

/** Applies `emptyPaths` to a plain copy of the data (what the file will hold). */
export function withoutEmpty(data: Record<string, unknown>, fields: readonly CmsField[]): Record<string, unknown> {
	const copy = structuredClone(data);
	for (const path of emptyPaths(copy, fields)) {
		let parent: unknown = copy;
		for (const key of path.slice(0, -1)) parent = (parent as Record<string | number, unknown>)[key];
		delete (parent as Record<string | number, unknown>)[path.at(-1)!];
	}
	return copy;
}
