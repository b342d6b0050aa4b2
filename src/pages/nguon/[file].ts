import fs from 'node:fs';
import path from 'node:path';
import type { APIRoute } from 'astro';
import { sourceFiles } from '../../data/views.ts';
import { CONTENT_DIRS } from '../../content-paths.ts';

/** Publishes each article's original source text, byte for byte, as plain text (archival rule 4). */
export function getStaticPaths() {
	return sourceFiles.map((file) => ({ params: { file }, props: { file } }));
}

export const GET: APIRoute = ({ props }) => {
	const file = (props as { file: string }).file;
	const full = path.join(CONTENT_DIRS.sources, file);
	if (!fs.existsSync(full)) {
		throw new Error(`${file}: tệp nguồn không có trong ${CONTENT_DIRS.sources}/. Chép tệp gốc vào đó, hoặc sửa \`source.file\` của bài.`);
	}
	return new Response(fs.readFileSync(full), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
