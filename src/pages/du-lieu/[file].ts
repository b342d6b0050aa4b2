import type { APIRoute } from 'astro';
import { datasetList } from '../../data/views.ts';
import { toCsv, type Dataset } from '../../lib/views/open-data.ts';

export function getStaticPaths() {
	return datasetList.flatMap((dataset) => [
		{ params: { file: `${dataset.name}.json` }, props: { dataset, format: 'json' as const } },
		{ params: { file: `${dataset.name}.csv` }, props: { dataset, format: 'csv' as const } },
	]);
}

export const GET: APIRoute = ({ props }) => {
	const { dataset, format } = props as { dataset: Dataset; format: 'json' | 'csv' };
	if (format === 'csv') return new Response(toCsv(dataset), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
	return new Response(`${JSON.stringify(dataset.rows, null, 1)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
