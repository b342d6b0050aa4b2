/** Names that change over time: boards and blocs keep one identity and show the name of the day. */

export interface DatedName {
	name: string;
	short?: string;
	from?: number;
	to?: number;
}

/**
 * The name in use in `year`: the entry whose known years cover it, else the nearest one in time
 * (names are attested, not bounded, so the closest attestation is the best evidence), else the latest.
 */
export function nameAt<T extends DatedName>(names: readonly T[], year?: number | null): T {
	if (names.length === 0) throw new Error('nameAt: a name list is never empty (the schema requires one).');
	if (year === undefined || year === null) return names.at(-1)!;
	const covering = names.filter((n) => (n.from ?? -Infinity) <= year && year <= (n.to ?? Infinity));
	if (covering.length > 0) return covering.at(-1)!;
	const distance = (n: T) => Math.min(Math.abs((n.from ?? n.to ?? year) - year), Math.abs((n.to ?? n.from ?? year) - year));
	return [...names].sort((a, b) => distance(a) - distance(b))[0]!;
}

/** The short form of a name, falling back to the full name. */
export function shortName(name: DatedName): string {
	return name.short ?? name.name;
}
