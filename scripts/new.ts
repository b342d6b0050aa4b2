/**
 * `npm run new` — starts a new article: asks for (or takes as flags) the bloc, the reviewed year and
 * the title, checks the bloc exists, writes content/articles/<year>-<bloc>-tong-ket.md with the
 * whole commented front-matter template, and prints its path. Never overwrites without --force.
 *
 *   npm run new -- --bloc dong-bang-song-hong --year 2021 --title "Hội nghị tổng kết …"
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { CONTENT_DIRS } from '../src/content-paths.ts';
import { articleFileName, articleTemplate } from '../src/lib/content/article-template.ts';
import { blocIds } from '../src/lib/content/files.ts';

const { values } = parseArgs({
	options: { bloc: { type: 'string' }, year: { type: 'string' }, title: { type: 'string' }, force: { type: 'boolean', default: false } },
	allowPositionals: false,
});

const fail = (message: string): never => {
	console.error(`Lỗi: ${message}`);
	process.exit(1);
};

const known = blocIds();
const rl = values.bloc && values.year && values.title ? null : createInterface({ input: process.stdin, output: process.stdout });
const ask = async (label: string, given: string | undefined) => (given ?? (await rl!.question(label))).trim();

const bloc = await ask(`Mã khối (${known.join(', ')}): `, values.bloc);
if (!known.includes(bloc)) fail(`khối \`${bloc}\` không có trong ${CONTENT_DIRS.blocs}/. Chọn một trong: ${known.join(', ')}; khối mới thì thêm tệp <mã>.yaml trước.`);
const yearText = await ask('Năm tổng kết (ví dụ 2021): ', values.year);
const year = Number(yearText);
if (!/^\d{4}$/.test(yearText) || year < 1990 || year > 2100) fail(`năm \`${yearText}\` không hợp lệ: ghi bốn chữ số, 1990–2100.`);
const title = (await ask('Tiêu đề bài: ', values.title)).normalize('NFC');
if (!title) fail('tiêu đề không được để trống.');
rl?.close();

const path = join(CONTENT_DIRS.articles, articleFileName(year, bloc));
if (existsSync(path) && !values.force) fail(`${path} đã có; không ghi đè. Dùng --force nếu thật sự muốn thay.`);
writeFileSync(path, articleTemplate({ bloc, year, title }), 'utf8');
console.log(path);
