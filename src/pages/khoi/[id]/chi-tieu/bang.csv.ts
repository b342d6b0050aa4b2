import type { APIRoute } from 'astro';
import { blocPages } from '../../../../data/views.ts';

/** A bloc's indicator table as CSV: Vietnamese column names, values in the units shown, newest year first. */
export function getStaticPaths() {
	return blocPages.filter((p) => p.indicatorsAll.groups.length > 0).map((page) => ({ params: { id: page.bloc.id }, props: { csv: page.indicatorsCsv } }));
}

export const GET: APIRoute = ({ props }) => new Response((props as { csv: string }).csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
