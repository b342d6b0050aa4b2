/**
 * The cross-bloc indicator page: blocs side by side only where the indicator has one definition
 * (`comparable` in the vocabulary) and the figures share scope, measure, unit and, for counts,
 * the thing counted (`lượt` is not `dự án`); and, for the rest, why they are not compared.
 * Plain data in, plain data out. Nothing is converted (VND↔USD) or summed (FDI + DDI).
 */
import type { Figure } from '../archive/index.ts';
import { comparableAcrossBlocs, MEASURE_LABELS, SCOPE_LABELS, type BlocComparison, type Vocabulary } from './figures.ts';
import { cellView, displayUnitLabel, NoteList, rowId, unitText, type CellView } from './view.ts';
import { ROUTES } from '../site/routes.ts';
import { SCALE_WORDS } from '../text/vn-number.ts';

/** What the page needs of a bloc: its short name. */
export interface BlocInfo {
	short: string;
}

/** A link to a bloc's indicator table, or to one row of it. */
export interface BlocLink {
	bloc: string;
	name: string;
	href: string;
}

/** One comparison table: blocs (rows) × years (columns). */
export interface ComparisonView {
	id: string;
	key: string;
	label: string;
	scopeLabel: string;
	measureLabel: string;
	unitLabel: string;
	/** Years with a figure in at least one bloc. */
	years: number[];
	/** Years in the range with no figure in any bloc, left out of the table. */
	omittedYears: number[];
	blocs: (BlocLink & { cells: CellView[] })[];
	notes: string[];
}

/** A bloc's figures for an indicator that are not compared, and why. */
export interface ExclusionView {
	key: string;
	label: string;
	blocs: (BlocLink & { reports: string[]; reasons: string[] })[];
}

/** Everything /chi-tieu/ shows. */
export interface CompareView {
	/** Blocs with figures, each linking to its table. */
	blocs: BlocLink[];
	comparisons: ComparisonView[];
	/** Indicators whose definition differs between blocs (`comparable: false`). */
	differentDefinition: ExclusionView[];
	/** Comparable indicators some blocs report in another currency, scope or count. */
	differentUnit: ExclusionView[];
}

/** The counted noun of a count's unit label, scale word dropped (`nghìn người` → `người`); `''` for a bare number. */
export function countNoun(unitLabel: string): string {
	const words = unitLabel.normalize('NFC').trim().toLowerCase().split(/\s+/).filter(Boolean);
	return (Object.hasOwn(SCALE_WORDS, words[0] ?? '') ? words.slice(1) : words).join(' ');
}

/** The count nouns two blocs print share nothing (`lượt` vs `dự án`): they count different things. */
function nounsDisagree(comparison: BlocComparison<Figure>): { a: string[]; b: string[] } | null {
	if (comparison.unit !== 'count') return null;
	const sets = comparison.blocs.map((b) => new Set(b.cells.flatMap((c) => (c.state === 'gap' ? [] : c.state === 'value' ? c.sources : c.values.flatMap((v) => v.sources))).map((f) => countNoun(f.unitLabel)).filter((n) => n !== '')));
	for (let i = 0; i < sets.length; i++) {
		for (let j = i + 1; j < sets.length; j++) {
			const [a, b] = [sets[i]!, sets[j]!];
			if (a.size > 0 && b.size > 0 && ![...a].some((n) => b.has(n))) return { a: [...a], b: [...b] };
		}
	}
	return null;
}

const linkTo = (blocs: ReadonlyMap<string, BlocInfo>, bloc: string, hash = 'chi-tieu'): BlocLink => ({ bloc, name: blocs.get(bloc)?.short ?? bloc, href: `${ROUTES.bloc(bloc)}#${hash}` });

const MONEY_WORD: Record<string, string> = { VND: 'đồng', USD: 'USD' };

/** How a figure is reported, for the exclusion list: `Dự án FDI, USD`, `Toàn khối, lượt`. */
function reportOf(f: Figure): string {
	const unit = f.unit === 'count' ? countNoun(f.unitLabel) || 'số đếm' : (MONEY_WORD[f.unit] ?? (f.unit === 'percent' ? '%' : f.unit));
	return `${SCOPE_LABELS[f.scope]}, ${unit}`;
}

/**
 * Builds the cross-bloc view from every figure (year-end reviews only), the vocabulary, and the
 * blocs' names. Comparisons follow `comparableAcrossBlocs`, minus count comparisons whose nouns differ.
 */
export function compareView(figures: readonly Figure[], vocabulary: Vocabulary, blocs: ReadonlyMap<string, BlocInfo>): CompareView {
	const yearEnd = figures.filter((f) => (f.event ?? 'tong-ket') === 'tong-ket');
	const comparisons: ComparisonView[] = [];
	const nounProblems = new Map<string, string>();
	const comparedBlocs = new Map<string, Set<string>>();
	// Restatements (`2,48 tỷ USD` after `2.470,7 triệu USD`, `tương đương 1.326 triệu USD`) are the
	// articles' own rounding or conversion, not the figure: never compared.
	for (const c of comparableAcrossBlocs(yearEnd, vocabulary).filter((x) => x.measure !== 'equivalent')) {
		const nouns = nounsDisagree(c);
		if (nouns) {
			nounProblems.set(c.key, `đếm thứ khác nhau (“${nouns.a.join('”, “')}” và “${nouns.b.join('”, “')}”)`);
			continue;
		}
		comparedBlocs.set(c.key, new Set([...(comparedBlocs.get(c.key) ?? []), ...c.blocs.map((b) => b.bloc)]));
		const keep = c.years.map((_, i) => c.blocs.some((b) => b.cells[i]!.state !== 'gap'));
		const notes = new NoteList();
		const id = rowId(c);
		const unitLabel = displayUnitLabel(c.blocs.flatMap((b) => b.cells), c.unitLabel);
		comparisons.push({
			id: `so-sanh-${id.slice(3)}`,
			key: c.key,
			label: c.label,
			scopeLabel: SCOPE_LABELS[c.scope],
			measureLabel: MEASURE_LABELS[c.measure],
			unitLabel: unitText({ unit: c.unit, unitLabel }),
			years: c.years.filter((_, i) => keep[i]),
			omittedYears: c.years.filter((_, i) => !keep[i]),
			blocs: c.blocs.map((b) => ({ ...linkTo(blocs, b.bloc, id), cells: b.cells.filter((_, i) => keep[i]).map((cell) => cellView(cell, unitLabel, notes)) })),
			notes: notes.texts,
		});
	}

	const byKey = new Map<string, Figure[]>();
	for (const f of yearEnd) byKey.set(f.key, [...(byKey.get(f.key) ?? []), f]);
	const differentDefinition: ExclusionView[] = [];
	const differentUnit: ExclusionView[] = [];
	for (const [key, indicator] of vocabulary) {
		const list = byKey.get(key) ?? [];
		const perBloc = new Map<string, Figure[]>();
		for (const f of list) perBloc.set(f.bloc, [...(perBloc.get(f.bloc) ?? []), f]);
		const blocIds = [...perBloc.keys()].sort();
		if (!indicator.comparable) {
			if (blocIds.length > 0) {
				differentDefinition.push({
					key,
					label: indicator.label,
					blocs: blocIds.map((b) => ({ ...linkTo(blocs, b), reports: [...new Set(perBloc.get(b)!.map((f) => `năm ${f.year}`))], reasons: [] })),
				});
			}
			continue;
		}
		const values = list.filter((f) => f.measure === 'value');
		const restated = list.filter((f) => f.measure === 'equivalent');
		const reporting = [...new Set(values.map((f) => f.bloc))].sort();
		if (reporting.length < 2) continue;
		const left = reporting.filter((b) => !comparedBlocs.get(key)?.has(b));
		if (left.length === 0) continue;
		differentUnit.push({
			key,
			label: indicator.label,
			blocs: left.map((b) => {
				const mine = values.filter((f) => f.bloc === b);
				const others = values.filter((f) => f.bloc !== b);
				const reasons = new Set<string>();
				for (const f of mine) {
					const sameScope = others.filter((o) => o.scope === f.scope);
					if (sameScope.length === 0) {
						const split = f.scope === 'total' && others.some((o) => o.scope !== 'total');
						reasons.add(split ? 'khối khác chỉ nêu riêng FDI và DDI; kho không cộng lại thành tổng' : `khối khác không nêu riêng “${SCOPE_LABELS[f.scope]}”`);
					}
					else if (f.unit in MONEY_WORD && sameScope.some((o) => o.unit in MONEY_WORD && o.unit !== f.unit)) {
						const other = sameScope.find((o) => o.unit !== f.unit)!;
						reasons.add(`khác loại tiền (bài in bằng ${MONEY_WORD[f.unit]}, khối khác bằng ${MONEY_WORD[other.unit]}); kho không quy đổi`);
					} else if (nounProblems.has(key)) reasons.add(nounProblems.get(key)!);
					else reasons.add('khác đơn vị hoặc loại số liệu');
				}
				const valueUnits = new Set(mine.map((f) => f.unit));
				const conversions = restated.filter((f) => f.bloc === b && !valueUnits.has(f.unit)).map((f) => `${reportOf(f)} – số quy đổi theo bài`);
				const reports = [...mine.map(reportOf), ...conversions];
				return { ...linkTo(blocs, b), reports: [...new Set(reports)], reasons: [...reasons] };
			}),
		});
	}
	const withFigures = [...new Set(yearEnd.map((f) => f.bloc))].sort();
	return { blocs: withFigures.map((b) => linkTo(blocs, b)), comparisons, differentDefinition, differentUnit };
}
