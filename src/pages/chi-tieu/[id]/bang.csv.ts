import type { APIRoute } from 'astro';
import { comparisonPages } from '../../../data/views.ts';

/** The comparison on screen as CSV: Vietnamese column names, values as shown. */
export function getStaticPaths() {
	return comparisonPages.map((page) => ({ params: { id: page.view.id }, props: { csv: page.csv } }));
}

export const GET: APIRoute = ({ props }) => new Response((props as { csv: string }).csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
