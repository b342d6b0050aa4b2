import fs from 'node:fs';
import path from 'node:path';
import type { APIRoute } from 'astro';
import { CONTENT_DIRS } from '../../content-paths.ts';
import { IMAGE_FILE } from '../../plugins/remark-article-components.ts';

const TYPES: Record<string, string> = { jpg: 'image/jpeg', jpeg: 'image/jpeg', png: 'image/png', webp: 'image/webp' };

/** Publishes the photos of content/anh/ (shown by `<Hinh src>` in MDX articles), byte for byte. */
export function getStaticPaths() {
	if (!fs.existsSync(CONTENT_DIRS.images)) return [];
	return fs
		.readdirSync(CONTENT_DIRS.images)
		.filter((file) => IMAGE_FILE.test(file))
		.sort()
		.map((file) => ({ params: { file } }));
}

export const GET: APIRoute = ({ params }) => {
	const file = params.file!;
	return new Response(fs.readFileSync(path.join(CONTENT_DIRS.images, file)), { headers: { 'Content-Type': TYPES[file.split('.').pop()!]! } });
};
