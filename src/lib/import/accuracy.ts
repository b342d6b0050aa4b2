/**
 * Comparing an extraction with the reviewed front matter of the same source, field by field.
 * Text is compared folded (case, marks, đ, spacing), so an OCR reading `tinh Hai Duong` of
 * `tỉnh Hải Dương` counts as found; lists are compared as sets. A value where the reviewed
 * article has none is `invented`, the worst verdict: the archive never guesses.
 */
import { foldDiacritics } from '../text/slug.ts';
import type { Extraction } from './extract.ts';

export type Verdict = 'correct' | 'wrong' | 'missing' | 'invented' | 'n.a.';

export const ACCURACY_FIELDS = [
	'title', 'bloc', 'year', 'conference.start', 'conference.end', 'conference.place', 'conference.host', 'chair', 'viceChair',
	'elected.chair', 'elected.viceChair', 'nextConference.host', 'awards', 'officials', 'figures', 'source.condition',
	'source.author', 'published', 'duplicateOf', 'newBloc.members',
] as const;
export type AccuracyField = (typeof ACCURACY_FIELDS)[number];

export interface FieldResult {
	verdict: Verdict;
	/** For lists: items found / expected (+ extra). */
	detail?: string;
	/** What the reviewed article says and what the extraction gave, for the list of misses. */
	expected?: string;
	got?: string;
	/** Items given that the reviewed article does not have (lists), or 1 for an invented scalar. */
	extra?: number;
}

const norm = (v: unknown): string | null => {
	if (v === null || v === undefined || v === '') return null;
	if (v instanceof Date) return v.toISOString().slice(0, 10);
	return foldDiacritics(String(v).normalize('NFC')).toLowerCase().replace(/\s+/g, ' ').trim();
};
const unitOf = (r: unknown): string | null => (r && typeof r === 'object' && 'unit' in r ? norm((r as { unit: unknown }).unit) : null);

function scalar(expected: string | null, got: string | null): FieldResult {
	const shown = { expected: expected ?? 'null', got: got ?? 'null' };
	if (expected === null) return got === null ? { verdict: 'n.a.' } : { verdict: 'invented', extra: 1, ...shown };
	if (got === null) return { verdict: 'missing', ...shown };
	return expected === got ? { verdict: 'correct' } : { verdict: 'wrong', ...shown };
}

function set(expected: string[], got: string[]): FieldResult {
	const e = new Set(expected);
	const g = new Set(got);
	const hit = [...g].filter((x) => e.has(x)).length;
	const extra = g.size - hit;
	const detail = `${hit}/${e.size} (+${extra})`;
	// Lists show only their difference: what was expected and not found, what was found and not expected.
	const shown = { expected: `[${[...e].filter((x) => !g.has(x)).sort().join(', ')}]`, got: `[${[...g].filter((x) => !e.has(x)).sort().join(', ')}]`, extra };
	if (!e.size) return g.size ? { verdict: 'invented', detail, ...shown } : { verdict: 'n.a.' };
	if (!g.size) return { verdict: 'missing', detail, ...shown };
	return hit === e.size && g.size === e.size ? { verdict: 'correct', detail } : { verdict: 'wrong', detail, ...shown };
}

type Fm = Record<string, any>;

/**
 * Compares one extraction with one reviewed front matter. `published`, `duplicateOf` and
 * `newBloc.members` are compared only when the reviewed data has them (the test corpus does,
 * the archive's articles do not).
 */
export function compareExtraction(fm: Fm, x: Extraction): Record<AccuracyField, FieldResult> {
	const award = (kind: unknown, status: unknown, recipients: unknown[], count: unknown) =>
		`${kind}:${status}:${recipients.length ? recipients.map(String).sort().join('+') : `n=${count}`}`;
	const figure = (f: { key?: unknown; scope?: unknown; measure?: unknown; printed?: unknown }) => `${f.key}|${f.scope ?? 'total'}|${f.measure ?? 'value'}|${norm(f.printed)}`;
	const na: FieldResult = { verdict: 'n.a.' };
	return {
		title: scalar(norm(fm.source?.title), norm(x.title)),
		bloc: scalar(norm(fm.bloc), norm(x.bloc?.value)),
		year: scalar(norm(fm.year), norm(x.year?.value)),
		'conference.start': scalar(norm(fm.conference?.start), norm(x.conference.start?.value)),
		'conference.end': scalar(norm(fm.conference?.end), norm(x.conference.end?.value)),
		'conference.place': scalar(norm(fm.conference?.place), norm(x.conference.place?.value)),
		'conference.host': set((fm.conference?.host ?? []).map(String), x.conference.host?.value ?? []),
		chair: scalar(unitOf(fm.chair), norm(x.chair?.unit)),
		viceChair: scalar(unitOf(fm.viceChair), norm(x.viceChair?.unit)),
		'elected.chair': scalar(unitOf(fm.elected?.chair), norm(x.elected.chair?.unit)),
		'elected.viceChair': scalar(unitOf(fm.elected?.viceChair), norm(x.elected.viceChair?.unit)),
		'nextConference.host': set((fm.nextConference?.host ?? []).map(String), x.nextConference?.host ?? []),
		awards: set(
			(fm.awards ?? []).map((a: Fm) => award(a.kind, a.status, a.recipients ?? [], a.count)),
			x.awards.map((a) => award(a.kind, a.status, a.recipients, a.count)),
		),
		officials: set((fm.officials ?? []).map((o: Fm) => norm(o.name)!), x.officials.map((o) => norm(o.name)!)),
		figures: set((fm.figures ?? []).map(figure), x.figures.map(figure)),
		'source.condition': scalar(norm(fm.source?.condition), norm(x.condition)),
		'source.author': scalar(norm(fm.source?.author), norm(x.cleaned.author)),
		published: 'published' in fm ? scalar(norm(fm.published), norm(x.published)) : na,
		duplicateOf: 'duplicateOf' in fm ? scalar(norm(fm.duplicateOf), norm(x.duplicateOf?.id)) : na,
		'newBloc.members': fm.newBloc ? set((fm.newBloc.members ?? []).map(String), x.draftBloc?.members.map((m) => m.unit) ?? []) : na,
	};
}

/** Per-field totals over many comparisons. */
export interface FieldTotals {
	scored: number;
	correct: number;
	invented: number;
}

/** Sums verdicts field by field; `invented` counts invented values and extra list items. */
export function totals(results: ReadonlyArray<Record<AccuracyField, FieldResult>>): Record<AccuracyField | 'all', FieldTotals> {
	const out = {} as Record<AccuracyField | 'all', FieldTotals>;
	const all: FieldTotals = { scored: 0, correct: 0, invented: 0 };
	for (const field of ACCURACY_FIELDS) {
		const t: FieldTotals = { scored: 0, correct: 0, invented: 0 };
		for (const r of results) {
			const c = r[field];
			if (c.verdict === 'n.a.') continue;
			t.scored++;
			if (c.verdict === 'correct') t.correct++;
			t.invented += c.extra ?? 0;
		}
		out[field] = t;
		all.scored += t.scored;
		all.correct += t.correct;
		all.invented += t.invented;
	}
	out.all = all;
	return out;
}
