/**
 * The search page's state and its URL: `/tim-kiem/?q=dak+nong&khoi=…&nam=2022&loai=…&hinh-thuc=…&sap-xep=moi-nhat`,
 * so that a search, with its filters and order, can be shared as a link.
 */
import { FILTER_KEYS } from './facets.ts';

/** Result order: Pagefind's relevance, or by date. */
export type SearchSort = 'relevance' | 'newest' | 'oldest';

/** Everything that defines a search. Empty strings mean "no filter". */
export interface SearchState {
	q: string;
	bloc: string;
	year: string;
	type: string;
	award: string;
	sort: SearchSort;
}

/** URL parameter names (ASCII), also the `name` of the form controls. */
export const SEARCH_PARAMS = { q: 'q', bloc: 'khoi', year: 'nam', type: 'loai', award: 'hinh-thuc', sort: 'sap-xep' } as const;

/** URL values of the sort orders (`relevance` is the default and is left out of URLs). */
export const SORT_VALUES: Record<SearchSort, string> = { relevance: '', newest: 'moi-nhat', oldest: 'cu-nhat' };

const FILTER_FIELDS = ['bloc', 'year', 'type', 'award'] as const;

/** Reads a state from URL parameters (or form data); unknown sort values fall back to relevance. */
export function readSearchState(params: URLSearchParams): SearchState {
	const get = (name: string) => (params.get(name) ?? '').normalize('NFC').trim();
	const sortValue = get(SEARCH_PARAMS.sort);
	const sort = (Object.keys(SORT_VALUES) as SearchSort[]).find((k) => SORT_VALUES[k] === sortValue && sortValue !== '') ?? 'relevance';
	return { q: get(SEARCH_PARAMS.q), bloc: get(SEARCH_PARAMS.bloc), year: get(SEARCH_PARAMS.year), type: get(SEARCH_PARAMS.type), award: get(SEARCH_PARAMS.award), sort };
}

/** The query string for a state (`?q=…`), leaving out empty values; `''` for the empty state. */
export function searchQueryString(state: SearchState): string {
	const params = new URLSearchParams();
	if (state.q) params.set(SEARCH_PARAMS.q, state.q);
	for (const field of FILTER_FIELDS) if (state[field]) params.set(SEARCH_PARAMS[field], state[field]);
	if (state.sort !== 'relevance') params.set(SEARCH_PARAMS.sort, SORT_VALUES[state.sort]);
	const text = params.toString();
	return text ? `?${text}` : '';
}

/** Pagefind filters for a state: one value per chosen filter. */
export function pagefindFilters(state: SearchState): Record<string, string> {
	const filters: Record<string, string> = {};
	for (const field of FILTER_FIELDS) if (state[field]) filters[FILTER_KEYS[field]] = state[field];
	return filters;
}

/** Whether any filter is chosen. */
export function hasFilters(state: SearchState): boolean {
	return FILTER_FIELDS.some((field) => state[field] !== '');
}

/** How many filters, and a non-default order, a state sets. */
export function chosenCount(state: SearchState): number {
	return FILTER_FIELDS.filter((field) => state[field] !== '').length + (state.sort === 'relevance' ? 0 : 1);
}

const numbers = new Intl.NumberFormat('vi-VN');

/** The result count and what was searched, in Vietnamese: `4 kết quả cho “dak nong” (lọc: năm 2022).` */
export function searchSummary(state: SearchState, count: number): string {
	const filters = [state.bloc, state.year && `năm ${state.year}`, state.type, state.award].filter(Boolean).join(', ');
	const what = state.q ? `cho “${state.q}”` : 'theo bộ lọc';
	const where = state.q && filters ? ` (lọc: ${filters})` : !state.q && filters ? ` ${filters}` : '';
	return count === 0 ? `Không có kết quả ${what}${where}.` : `${numbers.format(count)} kết quả ${what}${where}.`;
}

/** Said after the summary when some words of the query are in no page: the results match the others. */
export function missingNotice(missing: readonly string[]): string {
	if (missing.length === 0) return '';
	const quoted = missing.map((w) => `“${w}”`).join(', ');
	return ` Không trang nào có ${quoted}: các kết quả dưới đây chỉ khớp các từ còn lại.`;
}
