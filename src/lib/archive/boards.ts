/**
 * Phase 1, boards and blocs: every other phase refers to them. Resolves bloc members and
 * predecessors, derives successors, and checks references to boards and blocs.
 */
import type { BlocData } from '../../schemas/bloc.ts';
import { refId } from '../../schemas/common.ts';
import type { UnitData } from '../../schemas/unit.ts';
import { lintRule } from '../../plugins/lint-rule.ts';
import { ROUTES } from '../site/routes.ts';
import { nameAt, shortName } from '../text/names.ts';
import type { Diagnostics } from './diagnostics.ts';
import type { Bloc, SourceEntry, Unit } from './types.ts';

/** Bloc ids that would collide with the award filter routes (`/khen-thuong/khoi/…`, `/khen-thuong/loai/…`, `/khen-thuong/nam/…`). */
export const RESERVED_BLOC_IDS = new Set(['khoi', 'loai', 'nam']);

const CHAIR_TITLES = { khoi: ['Khối trưởng', 'Khối phó'], cum: ['Cụm trưởng', 'Cụm phó'] } as const;

/** A reference to a board or bloc that names no file. */
interface Reference {
	kind: 'unit' | 'bloc';
	id: string;
	field: string;
	place: ReturnType<Diagnostics['at']>;
	/** Ids that exist. */
	known: readonly string[];
}

/** `reference`: a board or bloc id that names no file in content/units/ or content/blocs/. */
export const referenceRule = lintRule<Reference>({ origin: 'archive:reference' }, (ref, file) => {
	const [noun, dir] = ref.kind === 'unit' ? ['Ban quản lý', 'content/units'] : ['Khối thi đua', 'content/blocs'];
	const message = file.message(`\`${ref.field}\`: ${noun} \`${ref.id}\` không tồn tại.`, { place: ref.place });
	const guess = nearestId(ref.id, ref.known);
	const some = ref.kind === 'unit' ? `ví dụ \`${ref.known[0] ?? 'hai-duong'}\`` : ref.known.map((b) => `\`${b}\``).join(', ');
	message.note = guess ? `Có phải \`${guess}\`? Nếu không, dùng mã một tệp trong ${dir}/ hoặc thêm tệp ${dir}/${ref.id}.yaml.` : `Dùng mã một tệp trong ${dir}/ (${some}) hoặc thêm tệp ${dir}/${ref.id}.yaml.`;
});

/** Edit distance (insertions, deletions, substitutions, adjacent swaps). */
function distance(a: string, b: string): number {
	const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
	for (let j = 1; j <= b.length; j++) d[0]![j] = j;
	for (let i = 1; i <= a.length; i++) {
		for (let j = 1; j <= b.length; j++) {
			d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
		}
	}
	return d[a.length]![b.length]!;
}

/** The existing id an unknown one most likely meant (`hanam` → `ha-nam`), or `null` when none is close. */
export function nearestId(id: string, known: readonly string[]): string | null {
	const bare = (s: string) => s.replace(/-/g, '');
	const scored = known.map((k) => ({ k, d: bare(k) === bare(id) ? 0 : distance(id, k) })).sort((a, b) => a.d - b.d || a.k.localeCompare(b.k));
	const best = scored[0];
	return best && best.d <= Math.max(1, Math.floor(id.length / 4)) ? best.k : null;
}

/** `reserved-id`: a bloc file named like a route of the award pages. */
export const reservedIdRule = lintRule<{ id: string }>({ origin: 'archive:reserved-id' }, ({ id }, file) => {
	const message = file.message(`Mã khối \`${id}\` trùng với một đường dẫn của trang (/khen-thuong/${id}/…).`);
	message.note = `Đổi tên tệp, ví dụ \`khoi-${id}.yaml\`.`;
});

/** Looks references up, reporting the ones that name no file. */
export interface References {
	unit(file: string, field: string, id: string): boolean;
	bloc(file: string, field: string, id: string): boolean;
}

/** Reference checks against the boards and blocs that exist. */
export function references(units: ReadonlyMap<string, unknown>, blocIds: ReadonlySet<string>, diagnostics: Diagnostics): References {
	const check = (kind: Reference['kind'], ids: ReadonlySet<string> | ReadonlyMap<string, unknown>) => (file: string, field: string, id: string) => {
		if (ids.has(id)) return true;
		referenceRule({ kind, id, field, place: diagnostics.at(file, field), known: [...ids.keys()] }, diagnostics.file(file));
		return false;
	};
	return { unit: check('unit', units), bloc: check('bloc', blocIds) };
}

/** Boards by id, named by their latest name. */
export function deriveUnits(entries: readonly SourceEntry<UnitData>[]): Map<string, Unit> {
	const units = new Map<string, Unit>();
	for (const entry of entries) {
		const latest = nameAt(entry.data.names, null);
		units.set(entry.id, { id: entry.id, file: entry.file, url: ROUTES.unit(entry.id), data: entry.data, name: latest.name, short: shortName(latest) });
	}
	return units;
}

/** Blocs by id with resolved members and predecessors; successors are derived from the other blocs' predecessors. */
export function deriveBlocs(entries: readonly SourceEntry<BlocData>[], refs: References, diagnostics: Diagnostics): Map<string, Bloc> {
	const blocs = new Map<string, Bloc>();
	for (const entry of entries) {
		if (RESERVED_BLOC_IDS.has(entry.id)) reservedIdRule({ id: entry.id }, diagnostics.file(entry.file));
		blocs.set(entry.id, blocOf(entry, refs));
	}
	for (const bloc of blocs.values()) {
		for (const p of bloc.predecessors) blocs.get(p.bloc)?.successors.push({ bloc: bloc.id, act: p.act, date: p.date, change: p.change });
	}
	return blocs;
}

function blocOf(entry: SourceEntry<BlocData>, refs: References): Bloc {
	const latest = nameAt(entry.data.names, null);
	const [chairTitle, viceChairTitle] = CHAIR_TITLES[entry.data.kind];
	const members = entry.data.members
		.map((m, i) => ({ unit: refId(m.unit), from: m.from, to: m.to, i }))
		.filter((m) => refs.unit(entry.file, `members[${m.i}].unit`, m.unit))
		.map(({ i: _i, ...m }) => m);
	const predecessors = entry.data.predecessors
		.map((p, i) => ({ bloc: refId(p.bloc), act: p.act, date: p.date, change: p.change, i }))
		.filter((p) => refs.bloc(entry.file, `predecessors[${p.i}].bloc`, p.bloc))
		.map(({ i: _i, ...p }) => p);
	return { id: entry.id, file: entry.file, url: ROUTES.bloc(entry.id), data: entry.data, name: latest.name, short: latest.short, chairTitle, viceChairTitle, members, predecessors, successors: [] };
}

/** The name a board had in `year`, or its id when it is unknown to the archive. */
export function unitNameAt(units: ReadonlyMap<string, Unit>, id: string, year: number | null): string {
	const unit = units.get(id);
	return unit ? nameAt(unit.data.names, year).name : id;
}

/** The short name a board had in `year`. */
export function unitShortAt(units: ReadonlyMap<string, Unit>, id: string, year: number | null): string {
	const unit = units.get(id);
	return unit ? shortName(nameAt(unit.data.names, year)) : id;
}
