import fs from 'node:fs';
import path from 'node:path';
import type { APIRoute } from 'astro';
import { AstroError } from 'astro/errors';
import { sourcePaths } from '../../data/views.ts';
import { CONTENT_DIRS } from '../../content-paths.ts';

/** Publishes each article's original source text, byte for byte, as plain text (archival rule 4). */
export function getStaticPaths() {
	return sourcePaths;
}

export const GET: APIRoute = ({ props }) => {
	const { file, articles } = props as { file: string; articles: string[] };
	const full = path.join(CONTENT_DIRS.sources, file);
	if (!fs.existsSync(full)) {
		throw new AstroError(
			`Tệp nguồn \`${file}\` không có trong ${CONTENT_DIRS.sources}/ (\`source.file\` của ${articles.join(', ')}).`,
			`Chép văn bản gốc vào ${CONTENT_DIRS.sources}/ với đúng tên \`${file}\`, hoặc sửa \`source.file\` của bài (xem docs/huong-dan/loi-thuong-gap.md#source-file).`,
		);
	}
	return new Response(fs.readFileSync(full), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
