/**
 * The one impure module: loads the collections once per build, derives the archive, and fails
 * the build with every problem (file, field, what to do) rather than publish a partial site.
 */
import { getCollection } from 'astro:content';
import { AstroError } from 'astro/errors';
import fs from 'node:fs';
import { buildArchive, fatalMessages, type Archive } from '../lib/archive/index.ts';
import { report } from '../lib/check/report.ts';
import { locatorFor } from '../lib/check/content-check.ts';
import { loadVocabulary } from '../lib/indicators/figures.ts';
import { CONTENT_DIRS } from '../content-paths.ts';
import { articleBody } from '../lib/content/front-matter.ts';
import { bodyCache } from './body-cache.ts';

// The mode, not `DEV` (which follows NODE_ENV, `test` under test runners even for `astro build`).
const includeDrafts = import.meta.env.MODE === 'development';
const [blocs, units, articles] = await Promise.all([getCollection('blocs'), getCollection('units'), getCollection('articles')]);

// The content store holds the articles' front matter only (src/content.config.ts): each body is
// read from its file. Bodies rendered by an earlier build of the same text are read back from
// Astro's cache folder.
const bodies = bodyCache();
const fileOf = (entry: { id: string; filePath?: string }, dir: string) => entry.filePath ?? `${dir}/${entry.id}`;

const sourceFiles = new Set(fs.existsSync(CONTENT_DIRS.sources) ? fs.readdirSync(CONTENT_DIRS.sources) : []);
const vocabulary = loadVocabulary(fs.readFileSync(CONTENT_DIRS.indicators, 'utf8'), CONTENT_DIRS.indicators);
const input = {
	blocs: blocs.map((e) => ({ id: e.id, file: fileOf(e, 'content/blocs'), data: e.data })),
	units: units.map((e) => ({ id: e.id, file: fileOf(e, 'content/units'), data: e.data })),
	articles: articles.map((e) => {
		const file = fileOf(e, 'content/articles');
		return { id: e.id, file, data: e.data, body: articleBody(fs.readFileSync(file, 'utf8')) };
	}),
	includeDrafts,
	sourceFiles,
	imageFiles: new Set(fs.existsSync(CONTENT_DIRS.images) ? fs.readdirSync(CONTENT_DIRS.images) : []),
	vocabulary,
	renderBody: bodies.render,
};

export const archive: Archive = buildArchive(input);
bodies.store.prune();

// A draft never blocks (the dev server shows drafts): only problems of published files fail.
const drafts = new Set(input.articles.filter((a) => a.data.draft).map((a) => a.file));
const failing = new Set(fatalMessages(archive).map((m) => m.file).filter((file): file is string => file !== undefined && !drafts.has(file)));
if (failing.size > 0) {
	// The collections carry no positions: derive once more with the failing files located, so the report shows their lines.
	const located = <T extends { file: string }>(list: T[]) => list.map((e) => (failing.has(e.file) && fs.existsSync(e.file) ? { ...e, ...locatorFor({ path: e.file, bytes: fs.readFileSync(e.file) }) } : e));
	const again = buildArchive({ ...input, blocs: located(input.blocs), units: located(input.units), articles: located(input.articles) });
	const files = again.diagnostics.filter((f) => failing.has(f.path));
	const count = files.reduce((n, f) => n + f.messages.filter((m) => m.fatal).length, 0);
	throw new AstroError(`Nội dung có ${count} lỗi, trang chưa được dựng:\n${report(files, { errorsOnly: true })}`, 'Sửa từng lỗi theo gợi ý (→) ở dòng được nêu, rồi lưu tệp; hoặc chạy `npm run check` để xem danh sách đầy đủ.');
}
