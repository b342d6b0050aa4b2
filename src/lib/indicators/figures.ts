/**
 * Indicators: the figures articles quote about a bloc. Checks a figure against its article,
 * reads its printed value, and lays figures out as tables, chart series and cross-bloc
 * comparisons. Pure: plain data in, plain data out. Values stay in the unit printed (VND and
 * USD are never converted or summed), and when two articles give different values for the same
 * cell the cell is a conflict listing both: nothing is picked silently.
 */
import { z } from 'astro/zod';
import { AstroError } from 'astro/errors';
import type { Point } from 'unist';
import { VFile } from 'vfile';
import { lintRule } from '../../plugins/lint-rule.ts';
import { report } from '../check/report.ts';
import { parseYaml } from '../content/yaml.ts';
import { FIGURE_MEASURES, type FigureSchema } from '../../schemas/article.ts';
import { INDICATOR_KINDS, IndicatorSchema, type IndicatorCues, type IndicatorKind } from '../../schemas/indicator.ts';
import type { PartialDate } from '../text/partial-date.ts';
import { normalizeText } from '../text/match.ts';
import { KIND_NAMES, UNIT_NAMES, parsePrinted, type Confidence, type ExpectedKind, type Scale, type Unit } from '../text/vn-number.ts';

// ---------------------------------------------------------------------------------------------
// Vocabulary

export { INDICATOR_KINDS, IndicatorSchema, type IndicatorKind };

/** One entry of `content/indicators.yaml`. */
export interface Indicator {
	key: string;
	/** Vietnamese label shown in tables. */
	label: string;
	kind: IndicatorKind;
	/** For counts, the noun printed after the number (`dự án`, `lượt`, `người`, `khu`). */
	unitLabel?: string;
	/** True when every bloc reports it with the same definition, so blocs may be compared. */
	comparable: boolean;
	/** Phrases the importer recognises it by. */
	cues?: IndicatorCues;
}

/** The vocabulary: key → indicator, in file order (tables list rows in this order). */
export type Vocabulary = ReadonlyMap<string, Indicator>;

const KEY_PATTERN = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

/** `vocabulary`: a problem of `content/indicators.yaml`; the note says how an entry is written. */
export const vocabularyRule = lintRule<{ reason: string; note?: string; place?: Point }>({ origin: 'archive:vocabulary' }, ({ reason, note, place }, file) => {
	file.message(reason, { place }).note = note ?? 'Mỗi chỉ tiêu cần `label`, `kind` (money, count, area, percent), `comparable` (true/false), và `unitLabel` nếu là chỉ tiêu đếm.';
});

const ENTRY_SHAPE = 'Mỗi dòng có dạng `khoa: { label: …, kind: …, comparable: … }`.';

/**
 * Reads and validates `content/indicators.yaml`: the vocabulary of the entries that are valid, and
 * one VFile with a message per problem (`chỉ tiêu \`key\`, trường \`field\`: …`).
 */
export function readVocabulary(yamlText: string, path = 'content/indicators.yaml'): { vocabulary: Vocabulary; file: VFile } {
	const file = new VFile({ path });
	const vocabulary = new Map<string, Indicator>();
	const parsed = parseYaml(yamlText);
	const syntax = parsed.errors[0];
	if (syntax) {
		vocabularyRule({ reason: `YAML sai cú pháp: ${syntax.message}.`, note: `Sửa cú pháp YAML. ${ENTRY_SHAPE}`, place: { line: syntax.line, column: syntax.column } }, file);
		return { vocabulary, file };
	}
	const data = parsed.data;
	if (data === null || data === undefined || typeof data !== 'object' || Array.isArray(data)) {
		vocabularyRule({ reason: `Tệp phải là một bảng \`mã: { … }\`, không phải ${data === null || data === undefined ? 'tệp trống' : Array.isArray(data) ? 'một danh sách' : `\`${String(data)}\``}.`, note: ENTRY_SHAPE }, file);
		return { vocabulary, file };
	}
	for (const [key, value] of Object.entries(data)) {
		const entry = vocabularyEntry(key, value);
		if (typeof entry === 'string' || Array.isArray(entry)) for (const reason of [entry].flat()) vocabularyRule({ reason }, file);
		else vocabulary.set(key, entry);
	}
	return { vocabulary, file };
}

/** One entry of the vocabulary, or what is wrong with it. */
function vocabularyEntry(key: string, value: unknown): Indicator | string[] {
	if (!KEY_PATTERN.test(key)) return [`Chỉ tiêu \`${key}\`: mã phải là chữ thường không dấu, nối bằng “-” (vd. \`capital-new\`).`];
	const parsed = IndicatorSchema().safeParse(value);
	if (parsed.success) {
		const { unitLabel, cues, ...rest } = parsed.data;
		return { key, ...rest, ...(unitLabel === undefined ? {} : { unitLabel }), ...(cues === undefined ? {} : { cues }) };
	}
	return parsed.error.issues.flatMap((issue) => {
		if (issue.code === 'unrecognized_keys') return issue.keys.map((field) => `Chỉ tiêu \`${key}\`, trường \`${field}\`: trường lạ (chỉ có \`label\`, \`kind\`, \`unitLabel\`, \`comparable\`, \`cues\`).`);
		if (issue.path.length === 0) return [`Chỉ tiêu \`${key}\`: cần một bảng \`{ label, kind, comparable }\`.`];
		return [`Chỉ tiêu \`${key}\`, trường \`${issue.path.join('.')}\`: ${issue.message}.`];
	});
}

/** Reads `content/indicators.yaml`, throwing one `AstroError` with every problem as the reporter prints it. */
export function loadVocabulary(yamlText: string, path = 'content/indicators.yaml'): Vocabulary {
	const { vocabulary, file } = readVocabulary(yamlText, path);
	const fatal = file.messages.filter((m) => m.fatal).length;
	if (fatal > 0) throw new AstroError(`\`${path}\` có ${fatal} lỗi:\n${report([file])}`, 'Sửa từng lỗi theo gợi ý (→), rồi chạy lại `npm run check`.');
	return vocabulary;
}

// ---------------------------------------------------------------------------------------------
// Figures

/** A figure as validated by `FigureSchema`. */
export type FigureData = z.output<ReturnType<typeof FigureSchema>>;

/** Scope of a figure: the whole bloc, or its FDI or DDI projects. */
export type Scope = FigureData['scope'];

/** What a figure measures (`value`, `plan`, `percent-of-plan`, …). */
export type Measure = FigureData['measure'];

/** Scopes in display order. */
export const SCOPES = ['total', 'FDI', 'DDI'] as const satisfies readonly Scope[];

/** Units in display order. */
export const UNITS = ['VND', 'USD', 'count', 'ha', 'percent'] as const satisfies readonly Unit[];

/** Measures whose value is a percentage whatever the indicator's kind. */
export const PERCENT_MEASURES: readonly Measure[] = ['percent-of-plan', 'growth-percent', 'percent-of-registered'];

/** Vietnamese labels of scopes. */
export const SCOPE_LABELS: Record<Scope, string> = { total: 'Toàn khối', FDI: 'Dự án FDI', DDI: 'Dự án DDI' };

/** Vietnamese labels of measures. */
export const MEASURE_LABELS: Record<Measure, string> = {
	value: 'Kết quả',
	equivalent: 'Quy đổi (theo bài)',
	plan: 'Kế hoạch',
	'percent-of-plan': 'So với kế hoạch',
	'growth-percent': 'Tăng so với cùng kỳ',
	'percent-of-registered': 'So với vốn đăng ký',
};

/** The figure fields the checks need; `FigureData` fits, and so does a plain test object. */
export type FigureInput = Pick<FigureData, 'key' | 'printed' | 'quote'> & Partial<Pick<FigureData, 'scope' | 'measure' | 'asOf' | 'estimate' | 'note'>>;

/**
 * Rules a figure check reports. Two are non-fatal: `number-against-convention` (the source used
 * `.` as decimal mark, `4.86%`: worth checking against the source) and `number-ambiguous` (two
 * readings exist and the Vietnamese convention chose, `38.561 tỷ đồng`: the usual case, so a
 * checker may show it only on request).
 */
export type FigureRule = 'unknown-key' | 'quote-not-found' | 'printed-not-in-quote' | 'unparseable' | 'kind-mismatch' | 'number-against-convention' | 'number-ambiguous';

/** A problem with one figure. `field` is the figure's field (`key`, `quote`, `printed`). Only `fatal` ones fail a build. */
export interface FigureProblem {
	ruleId: FigureRule;
	field: 'key' | 'quote' | 'printed';
	message: string;
	hint?: string;
	fatal: boolean;
}

/** A figure with its printed value read. */
export interface ResolvedFigure {
	key: string;
	/** The indicator's label, or `null` when no vocabulary was given or the key is unknown. */
	label: string | null;
	scope: Scope;
	measure: Measure;
	printed: string;
	quote: string;
	asOf: PartialDate | null;
	estimate: boolean;
	note?: string;
	/** Value in the base unit (`unit`): 5.056,1 triệu USD → 5056100000. */
	value: number;
	/** The exact base value as a decimal string. */
	decimal: string;
	unit: Unit;
	scale: Scale | null;
	/** Printed text after the number (`triệu USD`, `dự án`, `%`). */
	unitLabel: string;
	/** Decimals printed, to print the value back the same way. */
	fractionDigits: number;
	confidence: Confidence;
	/** Base value of the other possible reading, when the convention chose between two. */
	alternativeValue?: number;
	/** Why the reading relied on the Vietnamese convention, when it did. */
	readingNote?: string;
}

/** Result of `resolveFigure`: the typed figure with non-fatal warnings, or the problems. */
export type ResolveResult = { ok: true; figure: ResolvedFigure; warnings: FigureProblem[] } | { ok: false; problems: FigureProblem[] };

/** What a figure's printed value must be: a percentage for percent measures, else the indicator's kind. */
export function expectedKindFor(kind: IndicatorKind | undefined, measure: Measure): ExpectedKind | undefined {
	return PERCENT_MEASURES.includes(measure) ? 'percent' : kind;
}

/**
 * Reads a figure's printed value and checks it fits the indicator (looked up in `vocabulary`
 * when given) and the measure. A `convention` reading is a non-fatal warning
 * (`number-against-convention` or `number-ambiguous`).
 */
export function resolveFigure(figure: FigureInput, vocabulary?: Vocabulary): ResolveResult {
	const problems: FigureProblem[] = [];
	const measure = figure.measure ?? 'value';
	const indicator = vocabulary?.get(figure.key);
	if (vocabulary && !indicator) {
		problems.push({
			ruleId: 'unknown-key',
			field: 'key',
			message: `Chỉ tiêu \`${figure.key}\` không có trong content/indicators.yaml.`,
			hint: 'Dùng một mã có sẵn (vd. `capital-new`) hoặc thêm chỉ tiêu vào content/indicators.yaml.',
			fatal: true,
		});
	}
	const expected = expectedKindFor(indicator?.kind, measure);
	const parsed = parsePrinted(figure.printed, expected);
	if (!parsed.ok) {
		if (parsed.code === 'kind-mismatch' && parsed.unit) {
			const need = PERCENT_MEASURES.includes(measure) ? `số liệu \`${measure}\` cần ${KIND_NAMES.percent}` : `chỉ tiêu \`${figure.key}\` cần ${KIND_NAMES[expected!]}`;
			problems.push({ ruleId: 'kind-mismatch', field: 'printed', message: `Giá trị \`${normalizeText(figure.printed)}\` là ${UNIT_NAMES[parsed.unit]}, nhưng ${need}.`, hint: parsed.hint, fatal: true });
		} else {
			problems.push({ ruleId: 'unparseable', field: 'printed', message: `Không đọc được giá trị: ${parsed.reason}`, hint: parsed.hint, fatal: true });
		}
	}
	const warnings: FigureProblem[] = [];
	if (parsed.ok && parsed.confidence === 'convention' && parsed.note !== undefined) {
		const ruleId = parsed.alternativeValue === undefined ? 'number-against-convention' : 'number-ambiguous';
		warnings.push({ ruleId, field: 'printed', message: parsed.note, hint: 'Đối chiếu với nguồn; nếu cách đọc đúng thì không cần sửa gì.', fatal: false });
	}
	if (problems.length > 0 || !parsed.ok) return { ok: false, problems: [...problems, ...warnings] };

	const resolved: ResolvedFigure = {
		key: figure.key,
		label: indicator?.label ?? null,
		scope: figure.scope ?? 'total',
		measure,
		printed: normalizeText(figure.printed),
		quote: normalizeText(figure.quote),
		asOf: figure.asOf ?? null,
		estimate: figure.estimate ?? false,
		value: parsed.value,
		decimal: parsed.decimal,
		unit: parsed.unit,
		scale: parsed.scale,
		unitLabel: parsed.unitLabel,
		fractionDigits: parsed.fractionDigits,
		confidence: parsed.confidence,
	};
	if (figure.note !== undefined) resolved.note = figure.note;
	if (parsed.alternativeValue !== undefined) resolved.alternativeValue = parsed.alternativeValue;
	if (parsed.note !== undefined) resolved.readingNote = parsed.note;
	return { ok: true, figure: resolved, warnings };
}

/**
 * True when `needle` occurs in `haystack` as a whole value: not inside a longer number or word
 * (`70,7 triệu USD` is not in `2.470,7 triệu USD`). Both are compared after `normalizeText`.
 */
export function containsValue(haystack: string, needle: string): boolean {
	const h = normalizeText(haystack);
	const n = normalizeText(needle);
	if (n === '') return false;
	const wordChar = /[\p{L}\p{N}\p{M}]/u;
	for (let at = h.indexOf(n); at >= 0; at = h.indexOf(n, at + 1)) {
		const before = h[at - 1];
		const beforeSep = before === '.' || before === ',' ? h[at - 2] : undefined;
		const after = h[at + n.length];
		const afterSep = after === '.' || after === ',' ? h[at + n.length + 1] : undefined;
		const startsClean = (before === undefined || !wordChar.test(before)) && (beforeSep === undefined || !/\d/.test(beforeSep));
		const endsClean = (after === undefined || !wordChar.test(after)) && (afterSep === undefined || !/\d/.test(afterSep));
		if (startsClean && endsClean) return true;
	}
	return false;
}

/**
 * Checks one figure against the article's body (plain text, as rendered): the quote occurs in
 * the body and the printed value in the quote (after NFC and collapsing whitespace), the key is
 * in `vocabulary` when given, and the value reads and fits its indicator. Returns every problem,
 * fatal or not, in that order; `[]` when all is well.
 */
export function checkFigure(figure: FigureInput, bodyText: string, vocabulary?: Vocabulary): FigureProblem[] {
	const problems: FigureProblem[] = [];
	const quote = normalizeText(figure.quote);
	const printed = normalizeText(figure.printed);
	const resolved = resolveFigure(figure, vocabulary);
	const keyProblems = resolved.ok ? [] : resolved.problems.filter((p) => p.field === 'key');
	problems.push(...keyProblems);
	if (!normalizeText(bodyText).includes(quote)) {
		problems.push({
			ruleId: 'quote-not-found',
			field: 'quote',
			message: `Không tìm thấy câu trích \`${quote}\` trong thân bài.`,
			hint: 'Chép nguyên văn từ thân bài (so sánh sau khi chuẩn hoá NFC và gộp khoảng trắng).',
			fatal: true,
		});
	}
	if (!containsValue(quote, printed)) {
		problems.push({
			ruleId: 'printed-not-in-quote',
			field: 'printed',
			message: `Giá trị \`${printed}\` không có nguyên vẹn trong câu trích \`${quote}\`.`,
			hint: 'Chép `printed` nguyên văn từ câu trích, gồm cả đơn vị (vd. `5.056,1 triệu USD`).',
			fatal: true,
		});
	}
	problems.push(...(resolved.ok ? resolved.warnings : resolved.problems.filter((p) => p.field !== 'key')));
	return problems;
}

// ---------------------------------------------------------------------------------------------
// Tables, series, comparisons

/**
 * One resolved figure with where it came from: the input of tables, series and comparisons.
 * `ResolvedFigure & { articleId, bloc, year }` fits.
 */
export interface FigureRecord {
	articleId: string;
	bloc: string;
	/** The year the article reviews. */
	year: number;
	/** `tong-ket` (default) or `so-ket`: mid-year figures never share a cell with year-end ones. */
	event?: 'tong-ket' | 'so-ket';
	key: string;
	scope: Scope;
	measure: Measure;
	unit: Unit;
	value: number;
	printed: string;
	unitLabel: string;
	quote: string;
	estimate?: boolean;
}

/** A year with no figure. */
export interface GapCell {
	state: 'gap';
	year: number;
}

/** A year where every figure agrees. `sources` (≥ 1, by article id) all give `value`; the first gives `printed`. */
export interface ValueCell<R extends FigureRecord = FigureRecord> {
	state: 'value';
	year: number;
	value: number;
	printed: string;
	unitLabel: string;
	articleId: string;
	quote: string;
	estimate: boolean;
	sources: R[];
}

/** One of the values in a conflict, with every figure that gives it. */
export interface ConflictValue<R extends FigureRecord = FigureRecord> {
	value: number;
	sources: R[];
}

/** A year where figures disagree: ≥ 2 distinct values, none picked. */
export interface ConflictCell<R extends FigureRecord = FigureRecord> {
	state: 'conflict';
	year: number;
	values: ConflictValue<R>[];
}

/** A table cell: a gap, an agreed value, or a conflict. */
export type TableCell<R extends FigureRecord = FigureRecord> = GapCell | ValueCell<R> | ConflictCell<R>;

/** A row: one indicator × scope × measure × unit (VND and USD are separate rows). */
export interface TableRow<R extends FigureRecord = FigureRecord> {
	key: string;
	/** Label from the vocabulary, or the key when unknown. */
	label: string;
	scope: Scope;
	measure: Measure;
	unit: Unit;
	/** Unit text of the latest figure in the row, for the row header (`triệu USD`). */
	unitLabel: string;
	/** One cell per year of the table, in year order. */
	cells: TableCell<R>[];
}

/** Two or more articles (or one article twice) giving different values for one cell. */
export interface FigureConflict<R extends FigureRecord = FigureRecord> {
	bloc: string;
	year: number;
	event: 'tong-ket' | 'so-ket';
	key: string;
	scope: Scope;
	measure: Measure;
	unit: Unit;
	values: ConflictValue<R>[];
	/** Vietnamese message naming the indicator, bloc, year, values and articles. */
	message: string;
}

/** A bloc's indicator table. */
export interface IndicatorTable<R extends FigureRecord = FigureRecord> {
	bloc: string;
	/** Columns: every year from the first to the last with a figure (or the years asked for). */
	years: number[];
	rows: TableRow<R>[];
	/** Every conflict cell of the table, also listed in place. */
	conflicts: FigureConflict<R>[];
}

/** Options shared by the table functions. */
export interface TableOptions {
	/** Vocabulary: gives labels and row order. */
	vocabulary?: Vocabulary;
	/** Which conference's figures: `tong-ket` (default) or `so-ket`. */
	event?: 'tong-ket' | 'so-ket';
	/** Columns to show; default every year from the first to the last with a figure. */
	years?: number[];
}

const byCodepoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const sep = '\u0000';

function yearRange(years: Iterable<number>): number[] {
	const list = [...years];
	if (list.length === 0) return [];
	const min = Math.min(...list);
	const max = Math.max(...list);
	return Array.from({ length: max - min + 1 }, (_, i) => min + i);
}

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
	const groups = new Map<string, T[]>();
	for (const item of items) {
		const k = keyOf(item);
		const list = groups.get(k);
		if (list) list.push(item);
		else groups.set(k, [item]);
	}
	return groups;
}

/** Builds the cell for one year from its figures (any order): agreed value, conflict, or gap. */
export function cellOf<R extends FigureRecord>(year: number, records: readonly R[]): TableCell<R> {
	if (records.length === 0) return { state: 'gap', year };
	const sorted = [...records].sort((a, b) => byCodepoint(a.articleId, b.articleId));
	const byValue = groupBy(sorted, (r) => String(r.value));
	const values = [...byValue.values()].map((sources) => ({ value: sources[0]!.value, sources }));
	if (values.length > 1) return { state: 'conflict', year, values };
	const first = sorted[0]!;
	return {
		state: 'value',
		year,
		value: first.value,
		printed: first.printed,
		unitLabel: first.unitLabel,
		articleId: first.articleId,
		quote: first.quote,
		estimate: sorted.some((r) => r.estimate === true),
		sources: sorted,
	};
}

const rowKey = (r: FigureRecord) => [r.key, r.scope, r.measure, r.unit].join(sep);

function rowOrder(vocabulary: Vocabulary | undefined): (a: FigureRecord, b: FigureRecord) => number {
	const keys = [...(vocabulary?.keys() ?? [])];
	const keyIndex = (k: string) => {
		const i = keys.indexOf(k);
		return i < 0 ? keys.length : i;
	};
	return (a, b) =>
		keyIndex(a.key) - keyIndex(b.key) ||
		byCodepoint(a.key, b.key) ||
		SCOPES.indexOf(a.scope) - SCOPES.indexOf(b.scope) ||
		FIGURE_MEASURES.indexOf(a.measure) - FIGURE_MEASURES.indexOf(b.measure) ||
		UNITS.indexOf(a.unit) - UNITS.indexOf(b.unit);
}

function latestUnitLabel(records: readonly FigureRecord[]): string {
	return records.reduce((best, r) => (r.year > best.year ? r : best)).unitLabel;
}

function conflictMessage(c: Omit<FigureConflict, 'message'>, label: string): string {
	const values = c.values.map((v) => `\`${v.sources[0]!.printed}\` (${v.sources.map((s) => `bài \`${s.articleId}\``).join(', ')})`).join('; ');
	const event = c.event === 'so-ket' ? ' (sơ kết)' : '';
	return `Các bài ghi khác nhau cho \`${c.key}\` (${label}; ${SCOPE_LABELS[c.scope]}; ${MEASURE_LABELS[c.measure]}; ${UNIT_NAMES[c.unit]}) của khối \`${c.bloc}\` năm ${c.year}${event}: ${values}.`;
}

function rowsOf<R extends FigureRecord>(records: readonly R[], years: number[], vocabulary: Vocabulary | undefined): TableRow<R>[] {
	const order = rowOrder(vocabulary);
	const groups = [...groupBy(records, rowKey).values()].sort((a, b) => order(a[0]!, b[0]!));
	return groups.map((group) => {
		const first = group[0]!;
		const byYear = groupBy(group, (r) => String(r.year));
		return {
			key: first.key,
			label: vocabulary?.get(first.key)?.label ?? first.key,
			scope: first.scope,
			measure: first.measure,
			unit: first.unit,
			unitLabel: latestUnitLabel(group),
			cells: years.map((year) => cellOf(year, byYear.get(String(year)) ?? [])),
		};
	});
}

const eventOf = (r: FigureRecord) => r.event ?? 'tong-ket';

/**
 * Every cell, over all blocs, where figures disagree: same bloc, event, year, indicator, scope,
 * measure and unit, different values. The build reports each `message`.
 */
export function findConflicts<R extends FigureRecord>(records: readonly R[], vocabulary?: Vocabulary): FigureConflict<R>[] {
	const order = rowOrder(vocabulary);
	const cells = groupBy(records, (r) => [r.bloc, eventOf(r), r.year, rowKey(r)].join(sep));
	const conflicts: FigureConflict<R>[] = [];
	for (const group of cells.values()) {
		const first = group[0]!;
		const cell = cellOf(first.year, group);
		if (cell.state !== 'conflict') continue;
		const base = { bloc: first.bloc, year: first.year, event: eventOf(first), key: first.key, scope: first.scope, measure: first.measure, unit: first.unit, values: cell.values };
		conflicts.push({ ...base, message: conflictMessage(base, vocabulary?.get(first.key)?.label ?? first.key) });
	}
	const firstOf = (c: FigureConflict<R>) => c.values[0]!.sources[0]!;
	return conflicts.sort((a, b) => byCodepoint(a.bloc, b.bloc) || byCodepoint(a.event, b.event) || order(firstOf(a), firstOf(b)) || a.year - b.year);
}

/**
 * One bloc's table: rows (indicator × scope × measure × unit, in vocabulary order) by columns
 * (years). A year without a figure is a `gap` cell; disagreeing figures make a `conflict` cell.
 */
export function indicatorTable<R extends FigureRecord>(records: readonly R[], bloc: string, options: TableOptions = {}): IndicatorTable<R> {
	const event = options.event ?? 'tong-ket';
	const mine = records.filter((r) => r.bloc === bloc && eventOf(r) === event);
	const years = options.years ? [...options.years].sort((a, b) => a - b) : yearRange(mine.map((r) => r.year));
	const inYears = mine.filter((r) => years.includes(r.year));
	return { bloc, years, rows: rowsOf(inYears, years, options.vocabulary), conflicts: findConflicts(inYears, options.vocabulary) };
}

/** A chart line: one indicator × scope × unit of one bloc, `value` measure only. */
export interface ChartSeries<R extends FigureRecord = FigureRecord> {
	key: string;
	label: string;
	scope: Scope;
	unit: Unit;
	/** Unit text of the latest point, to label the axis (`formatInUnit`). */
	unitLabel: string;
	/** Every year from the first point to the last: years without a point are gaps in the line. */
	years: number[];
	/** Points in year order: agreed values, and conflicts (no value picked). Gap years have none. */
	points: (ValueCell<R> | ConflictCell<R>)[];
}

/**
 * A bloc's chart series: for each indicator × scope × unit with an agreed `value` in at least two
 * years, its points in year order. Never converts VND↔USD, never sums.
 */
export function chartSeries<R extends FigureRecord>(records: readonly R[], bloc: string, options: Omit<TableOptions, 'years'> = {}): ChartSeries<R>[] {
	const table = indicatorTable(
		records.filter((r) => r.measure === 'value'),
		bloc,
		{ ...options },
	);
	const series: ChartSeries<R>[] = [];
	for (const row of table.rows) {
		const points = row.cells.filter((c): c is ValueCell<R> | ConflictCell<R> => c.state !== 'gap');
		if (points.filter((p) => p.state === 'value').length < 2) continue;
		series.push({ key: row.key, label: row.label, scope: row.scope, unit: row.unit, unitLabel: row.unitLabel, years: yearRange(points.map((p) => p.year)), points });
	}
	return series;
}

/** Blocs side by side for one comparable indicator × scope × measure × unit. */
export interface BlocComparison<R extends FigureRecord = FigureRecord> {
	key: string;
	label: string;
	scope: Scope;
	measure: Measure;
	unit: Unit;
	/** Unit text of the latest figure, for the header. */
	unitLabel: string;
	/** Every year from the first to the last with a figure in any bloc. */
	years: number[];
	/** One row per bloc with a figure, by bloc id; cells aligned with `years`. */
	blocs: { bloc: string; cells: TableCell<R>[] }[];
}

/**
 * Cross-bloc comparisons: only indicators marked `comparable` in the vocabulary, and only figures
 * with the same scope, measure and unit, reported by at least two blocs.
 */
export function comparableAcrossBlocs<R extends FigureRecord>(records: readonly R[], vocabulary: Vocabulary, options: { event?: 'tong-ket' | 'so-ket' } = {}): BlocComparison<R>[] {
	const event = options.event ?? 'tong-ket';
	const eligible = records.filter((r) => vocabulary.get(r.key)?.comparable === true && eventOf(r) === event);
	const order = rowOrder(vocabulary);
	const groups = [...groupBy(eligible, rowKey).values()].sort((a, b) => order(a[0]!, b[0]!));
	const comparisons: BlocComparison<R>[] = [];
	for (const group of groups) {
		const byBloc = groupBy(group, (r) => r.bloc);
		if (byBloc.size < 2) continue;
		const first = group[0]!;
		const years = yearRange(group.map((r) => r.year));
		const blocs = [...byBloc.keys()].sort(byCodepoint).map((bloc) => {
			const byYear = groupBy(byBloc.get(bloc)!, (r) => String(r.year));
			return { bloc, cells: years.map((year) => cellOf(year, byYear.get(String(year)) ?? [])) };
		});
		comparisons.push({ key: first.key, label: vocabulary.get(first.key)!.label, scope: first.scope, measure: first.measure, unit: first.unit, unitLabel: latestUnitLabel(group), years, blocs });
	}
	return comparisons;
}
