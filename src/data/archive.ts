/**
 * The one impure module: loads the collections once per build, derives the archive, and fails
 * the build with every problem (file, field, what to do) rather than publish a partial site.
 */
import { getCollection } from 'astro:content';
import { AstroError } from 'astro/errors';
import fs from 'node:fs';
import { buildArchive, formatProblems, type Archive } from '../lib/archive/build.ts';
import { loadVocabulary } from '../lib/indicators/figures.ts';
import { CONTENT_DIRS } from '../content-paths.ts';
import { bodyCache } from './body-cache.ts';

const includeDrafts = import.meta.env.DEV;
const [blocs, units, articles] = await Promise.all([getCollection('blocs'), getCollection('units'), getCollection('articles')]);

// Bodies rendered by an earlier build of the same text are read back from Astro's cache folder.
const bodies = bodyCache();
const fileOf = (entry: { id: string; filePath?: string }, dir: string) => entry.filePath ?? `${dir}/${entry.id}`;

export const archive: Archive = buildArchive({
	blocs: blocs.map((e) => ({ id: e.id, file: fileOf(e, 'content/blocs'), data: e.data })),
	units: units.map((e) => ({ id: e.id, file: fileOf(e, 'content/units'), data: e.data })),
	articles: articles.map((e) => ({ id: e.id, file: fileOf(e, 'content/articles'), data: e.data, body: e.body })),
	includeDrafts,
	sourceFiles: new Set(fs.existsSync(CONTENT_DIRS.sources) ? fs.readdirSync(CONTENT_DIRS.sources) : []),
	vocabulary: loadVocabulary(fs.readFileSync(CONTENT_DIRS.indicators, 'utf8'), CONTENT_DIRS.indicators),
	renderBody: bodies.render,
});
bodies.store.prune();

const fatal = archive.problems.filter((p) => p.fatal);
if (fatal.length > 0) {
	throw new AstroError(
		`Nội dung có ${fatal.length} lỗi, trang chưa được dựng:\n${formatProblems(fatal)}`,
		'Sửa từng lỗi theo gợi ý (→), hoặc chạy `npm run check` để xem danh sách đầy đủ kèm số dòng.',
	);
}
