/**
 * The search filters: Pagefind filter keys and values as the pages write them
 * (`data-pagefind-filter="khối"` …), their Vietnamese labels, and the options the search page
 * offers, selected once from the archive.
 */
import type { Archive } from '../archive/index.ts';
import { AWARD_KIND_LABELS } from '../site/labels.ts';

/** Pagefind filter keys, as written in the pages' `data-pagefind-filter` attributes. */
export const FILTER_KEYS = { bloc: 'khối', year: 'năm', type: 'loại', award: 'hình thức', status: 'trạng thái' } as const;

/** Pagefind metadata keys besides `title`: an award's recipient (shown after its title) and an article's conference. */
export const SEARCH_META = { recipient: 'đơn vị', event: 'sự kiện' } as const;

/** Values of the `loại` filter: what kind of page a result is. */
export const RESULT_TYPES = { article: 'bài viết', board: 'ban quản lý', bloc: 'khối', award: 'khen thưởng' } as const;

/** How a result type is shown, by its `loại` value. */
export const RESULT_TYPE_LABELS: Record<string, string> = {
	[RESULT_TYPES.article]: 'Bài viết',
	[RESULT_TYPES.board]: 'Ban quản lý',
	[RESULT_TYPES.bloc]: 'Khối thi đua',
	[RESULT_TYPES.award]: 'Khen thưởng',
};

/** One option of a filter: the Pagefind value and its label. */
export interface FacetOption {
	value: string;
	label: string;
}

/** The options of every search filter. */
export interface SearchFacets {
	blocs: FacetOption[];
	years: FacetOption[];
	types: FacetOption[];
	awardKinds: FacetOption[];
}

/** Filter options from the archive: blocs by short name, years newest first, award kinds in use. */
export function searchFacets(archive: Archive): SearchFacets {
	const blocs = [...archive.blocs.values()].map((b) => ({ value: b.short, label: b.short })).sort((a, b) => a.label.localeCompare(b.label, 'vi'));
	const years = [...new Set([...archive.years, ...archive.awards.map((w) => w.year)])].sort((a, b) => b - a).map((y) => ({ value: String(y), label: String(y) }));
	const types = Object.values(RESULT_TYPES).map((value) => ({ value, label: RESULT_TYPE_LABELS[value]! }));
	const kinds = new Set(archive.awards.map((w) => w.award));
	const awardKinds = (Object.keys(AWARD_KIND_LABELS) as Array<keyof typeof AWARD_KIND_LABELS>).filter((k) => kinds.has(k)).map((k) => ({ value: AWARD_KIND_LABELS[k], label: AWARD_KIND_LABELS[k] }));
	return { blocs, years, types, awardKinds };
}
