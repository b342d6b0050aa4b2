/** A–Z grouping for the board and bloc indexes, by the first letter of a name, in Vietnamese order. */

/** The initial a name is filed under: its first letter, marks removed; Đ stays its own letter. */
export function initialOf(name: string): string {
	const first = name.trim().normalize('NFD')[0] ?? '';
	return first.toLocaleUpperCase('vi');
}

/** Items grouped by the initial of `name(item)`, in the list's order, with an anchor id per letter (`chu-a`, `chu-dd`). */
export function byInitial<T>(items: readonly T[], name: (item: T) => string): Array<{ label: string; id: string; items: T[] }> {
	return [...Map.groupBy(items, (item) => initialOf(name(item)))].map(([letter, list]) => ({ label: letter, id: `chu-${letter === 'Đ' ? 'dd' : letter.toLowerCase()}`, items: list }));
}
