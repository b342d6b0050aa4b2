/**
 * Chair rotation: who chaired and vice-chaired a bloc each year, from what articles state.
 * The chair of year Y is who served, from an article reviewing Y that names the chair, or else who
 * was elected for Y by an article reviewing Y−1; when both are known and differ, both are kept.
 * Nothing is inferred from who hosted.
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

/** Statements naming one board, in statement order. */
export interface RoleHolder {
	unit: string;
	sources: RoleStatement[];
}

/**
 * A settled row of the rotation: one board in one role in one year, with every source. `unit` is
 * who served (stated by the year's article) or, when no article of the year says, who was elected.
 * `elected` is set when the board elected at Y−1 is not the one that served (a board declined,
 * the bloc voted again): both are kept, neither article is wrong.
 */
export interface RotationEntry {
	year: number;
	role: Role;
	unit: string;
	sources: RoleStatement[];
	elected: RoleHolder | null;
}

/** Statements disagreeing about who served (or who was elected) in one year: an error unless recorded as a dispute. */
export interface RotationConflict {
	year: number;
	role: Role;
	statements: RoleStatement[];
}

/** A disagreement an editor recorded in the bloc file (`disputes`): every value is shown, none picked. */
export interface RotationDispute {
	year: number;
	role: Role;
	note: string;
	values: RoleHolder[];
}

/** A dispute as recorded in a bloc file. */
export interface RecordedDispute {
	year: number;
	role: Role;
	note: string;
}

/** The rotation of one bloc. */
export interface Rotation {
	entries: RotationEntry[];
	conflicts: RotationConflict[];
	disputes: RotationDispute[];
}

const holders = (list: readonly RoleStatement[]): RoleHolder[] => [...Map.groupBy(list, (s) => s.unit)].map(([unit, sources]) => ({ unit, sources }));

/**
 * Settles each year and role: who served (stated) and who was elected (by the year before). Two
 * boards stated as serving, or two elected, are a conflict, unless `disputes` records it; a served
 * board that differs from the elected one is an entry carrying both.
 */
export function deriveRotation(statements: readonly RoleStatement[], recorded: readonly RecordedDispute[] = []): Rotation {
	const rotation: Rotation = { entries: [], conflicts: [], disputes: [] };
	for (const list of Map.groupBy(statements, (s) => `${s.year}\u0000${s.role}`).values()) {
		const { year, role } = list[0]!;
		const served = holders(list.filter((s) => s.basis === 'stated'));
		const elected = holders(list.filter((s) => s.basis === 'elected'));
		if (served.length > 1 || elected.length > 1) {
			const note = recorded.find((d) => d.year === year && d.role === role)?.note;
			if (note === undefined) rotation.conflicts.push({ year, role, statements: list });
			else rotation.disputes.push({ year, role, note, values: holders(list) });
		} else if (served.length === 1 && elected.length === 1 && served[0]!.unit !== elected[0]!.unit) {
			rotation.entries.push({ year, role, ...served[0]!, elected: elected[0]! });
		} else {
			rotation.entries.push({ year, role, unit: list[0]!.unit, sources: list, elected: null });
		}
	}
	const order = (a: { year: number; role: Role }, b: { year: number; role: Role }) => a.year - b.year || (a.role === b.role ? 0 : a.role === 'chair' ? -1 : 1);
	return { entries: rotation.entries.sort(order), conflicts: rotation.conflicts.sort(order), disputes: rotation.disputes.sort(order) };
}

/** Every year from the first to the last given, so that years without records show as gaps. */
export function yearSpan(years: Iterable<number>): number[] {
	const list = [...years];
	if (list.length === 0) return [];
	const min = Math.min(...list);
	const max = Math.max(...list);
	return Array.from({ length: max - min + 1 }, (_, i) => min + i);
}
