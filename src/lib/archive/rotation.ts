/**
 * Chair rotation: who chaired and vice-chaired a bloc each year, from what articles state.
 * The chair of year Y comes from an article reviewing Y that names the chair, or from an article
 * reviewing Y−1 that names who was elected for Y. Nothing is inferred from who hosted.
 */

export type Role = 'chair' | 'vice-chair';

/** One statement of a role, with where it was made. */
export interface RoleStatement {
	year: number;
	role: Role;
	unit: string;
	/** `stated` (the article of year Y says so) or `elected` (the article of Y−1 elected them). */
	basis: 'stated' | 'elected';
	article: string;
	file: string;
	/** Link to the sentence that says so. */
	cite: string;
}

/** A settled row of the rotation: one board in one role in one year, with every source. */
export interface RotationEntry {
	year: number;
	role: Role;
	unit: string;
	sources: RoleStatement[];
}

/** Two statements naming different boards for the same year and role. */
export interface RotationConflict {
	year: number;
	role: Role;
	statements: RoleStatement[];
}

/** Groups statements into one entry per year and role; disagreeing statements become conflicts. */
export function deriveRotation(statements: readonly RoleStatement[]): { entries: RotationEntry[]; conflicts: RotationConflict[] } {
	const groups = new Map<string, RoleStatement[]>();
	for (const s of statements) {
		const key = `${s.year}\u0000${s.role}`;
		const list = groups.get(key) ?? [];
		list.push(s);
		groups.set(key, list);
	}
	const entries: RotationEntry[] = [];
	const conflicts: RotationConflict[] = [];
	for (const list of groups.values()) {
		const { year, role } = list[0]!;
		const units = new Set(list.map((s) => s.unit));
		if (units.size > 1) conflicts.push({ year, role, statements: list });
		else entries.push({ year, role, unit: list[0]!.unit, sources: list });
	}
	const order = (a: { year: number; role: Role }, b: { year: number; role: Role }) => a.year - b.year || (a.role === b.role ? 0 : a.role === 'chair' ? -1 : 1);
	return { entries: entries.sort(order), conflicts: conflicts.sort(order) };
}

/** Every year from the first to the last given, so that years without records show as gaps. */
export function yearSpan(years: Iterable<number>): number[] {
	const list = [...years];
	if (list.length === 0) return [];
	const min = Math.min(...list);
	const max = Math.max(...list);
	return Array.from({ length: max - min + 1 }, (_, i) => min + i);
}
