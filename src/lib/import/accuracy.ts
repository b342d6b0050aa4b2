/**
 * Comparing an extraction with the reviewed front matter of the same source, field by field.
 * Text is compared folded (case, marks, đ, spacing), so an OCR reading `tinh Hai Duong` of
 * `tỉnh Hải Dương` counts as found; lists are compared as sets.
 */
import { foldDiacritics } from '../text/slug.ts';
import type { Extraction } from './extract.ts';

export type Verdict = 'correct' | 'wrong' | 'missing' | 'n.a.';

export const ACCURACY_FIELDS = [
	'title', 'bloc', 'year', 'conference.start', 'conference.end', 'conference.place', 'conference.host', 'chair', 'viceChair',
	'elected.chair', 'elected.viceChair', 'nextConference.host', 'awards', 'officials', 'figures', 'source.condition',
] as const;
export type AccuracyField = (typeof ACCURACY_FIELDS)[number];

export interface FieldResult {
	verdict: Verdict;
	/** For lists: items found / expected. */
	detail?: string;
}

const norm = (v: unknown): string | null => {
	if (v === null || v === undefined || v === '') return null;
	if (v instanceof Date) return v.toISOString().slice(0, 10);
	return foldDiacritics(String(v).normalize('NFC')).toLowerCase().replace(/\s+/g, ' ').trim();
};
const unitOf = (r: unknown): string | null => (r && typeof r === 'object' && 'unit' in r ? norm((r as { unit: unknown }).unit) : null);

function scalar(expected: string | null, got: string | null): FieldResult {
	if (expected === null) return { verdict: got === null ? 'n.a.' : 'wrong' };
	if (got === null) return { verdict: 'missing' };
	return { verdict: expected === got ? 'correct' : 'wrong' };
}

function set(expected: string[], got: string[]): FieldResult {
	const e = new Set(expected);
	const g = new Set(got);
	const hit = [...g].filter((x) => e.has(x)).length;
	const detail = `${hit}/${e.size} (+${g.size - hit})`;
	if (!e.size) return { verdict: g.size ? 'wrong' : 'n.a.', detail: g.size ? detail : undefined };
	if (!g.size) return { verdict: 'missing', detail };
	return { verdict: hit === e.size && g.size === e.size ? 'correct' : 'wrong', detail };
}

type Fm = Record<string, any>;

/** Compares one extraction with one reviewed front matter (as parsed by gray-matter). */
export function compareExtraction(fm: Fm, x: Extraction): Record<AccuracyField, FieldResult> {
	const award = (kind: unknown, status: unknown, recipients: unknown[], count: unknown) =>
		`${kind}:${status}:${recipients.length ? recipients.map(String).sort().join('+') : `n=${count}`}`;
	const figure = (f: { key?: unknown; scope?: unknown; measure?: unknown; printed?: unknown }) => `${f.key}|${f.scope ?? 'total'}|${f.measure ?? 'value'}|${norm(f.printed)}`;
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
	};
}
