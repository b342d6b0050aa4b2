/** What one search result shows, computed from its Pagefind fragment. */
import { resultExcerpt, type ExcerptPart } from './excerpt.ts';
import { FILTER_KEYS, RESULT_TYPE_LABELS, RESULT_TYPES, SEARCH_META } from './facets.ts';

/** The fields of a Pagefind fragment that a result uses. */
export interface FragmentLike {
	url: string;
	content: string;
	excerpt: string;
	plain_excerpt: string;
	meta: Record<string, string | undefined>;
	filters: Record<string, string[] | undefined>;
}

/** A result as the page renders it. */
export interface HitView {
	url: string;
	title: string;
	/** `Bài viết`, `Ban quản lý`, `Khối thi đua`, `Khen thưởng`. */
	typeLabel: string;
	/** `article`, `board`, `bloc`, `award` or `page`, for styling. */
	type: string;
	/** Short facts after the type: bloc(s), year, award status. */
	details: string[];
	excerpt: ExcerptPart[];
	/** Ellipses where the excerpt cuts the page's text. */
	cutStart: boolean;
	cutEnd: boolean;
}

/**
 * Builds a result's view: title, type, details and highlighted excerpt, the query's joined pairs
 * highlighted where their syllables stand together.
 */
export function hitView(fragment: FragmentLike, query: { pairs: ReadonlyArray<readonly [string, string]> } = { pairs: [] }): HitView {
	const first = (key: string) => fragment.filters[key]?.[0] ?? '';
	const type = first(FILTER_KEYS.type);
	const blocs = fragment.filters[FILTER_KEYS.bloc] ?? [];
	const year = first(FILTER_KEYS.year);
	const status = first(FILTER_KEYS.status);
	const excerpt = resultExcerpt(fragment, query.pairs);
	const details = [blocs.join(', '), year ? `năm ${year}` : '', type === RESULT_TYPES.award ? status : ''].filter(Boolean);
	return {
		url: fragment.url,
		title: [fragment.meta.title?.trim() || fragment.url, fragment.meta[SEARCH_META.recipient]?.trim()].filter(Boolean).join(' · '),
		typeLabel: RESULT_TYPE_LABELS[type] ?? 'Trang',
		type: (Object.keys(RESULT_TYPES) as Array<keyof typeof RESULT_TYPES>).find((k) => RESULT_TYPES[k] === type) ?? 'page',
		details,
		excerpt: excerpt.parts,
		cutStart: excerpt.cutStart,
		cutEnd: excerpt.cutEnd,
	};
}
