/**
 * `npm run new` — starts a new article: asks for (or takes as options) the bloc, the reviewed year and
 * the title, checks the bloc exists, writes content/articles/<year>-<bloc>-tong-ket.md with the
 * whole commented front-matter template (validated against the article schema first), and prints
 * the next steps and the page's address. Never overwrites without --force.
 *
 *   npm run new -- --bloc dong-bang-song-hong --year 2021 --title "Hội nghị tổng kết …"
 */
import { existsSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { CONTENT_DIRS } from '../src/content-paths.ts';
import { commandArgs, fail as failWith } from './cli.ts';

const NEW_HELP = `Cách dùng: npm run new -- --bloc <mã khối> --year <năm> --title "<tiêu đề>"

Tạo bài mới content/articles/<năm>-<khối>-tong-ket.md với đủ mẫu dữ kiện, mỗi trường có ghi chú.
Thiếu tùy chọn nào thì lệnh hỏi lại.

  --bloc   mã khối: tên tệp trong content/blocs/, không có .yaml (ví dụ dong-bang-song-hong)
  --year   năm được tổng kết, bốn chữ số (ví dụ 2021)
  --title  tiêu đề bài như đã đăng
  --force  ghi đè nếu tệp đã có
  --help   in hướng dẫn này`;

const fail = (message: string): never => failWith('new', message);
const { values } = commandArgs('new', NEW_HELP, { bloc: { type: 'string' }, year: { type: 'string' }, title: { type: 'string' }, force: { type: 'boolean', default: false } });
// The rest loads only after `--help` and the options are settled, so help is instant.
const { articleFileName, articleTemplate } = await import('../src/lib/content/article-template.ts');
const { loadCatalog } = await import('../src/lib/content/catalog.ts');
const { readArticleText } = await import('../src/lib/content/front-matter.ts');
const { validateDraft } = await import('../src/lib/import/draft.ts');
const { nextSteps } = await import('../src/lib/import/next-steps.ts');

const catalog = loadCatalog();
const known = catalog.blocs.map((b) => b.id);
const rl = values.bloc && values.year && values.title ? null : createInterface({ input: process.stdin, output: process.stdout });
const ask = async (label: string, given: string | undefined) => (given ?? (await rl!.question(label))).trim();

const bloc = await ask(`Mã khối (${known.join(', ')}): `, values.bloc);
if (!known.includes(bloc)) fail(`khối \`${bloc}\` không có trong ${CONTENT_DIRS.blocs}/. Chọn một trong: ${known.join(', ')}; khối mới thì thêm tệp <mã>.yaml trước (xem docs/huong-dan/).`);
const yearText = await ask('Năm tổng kết (ví dụ 2021): ', values.year);
const year = Number(yearText);
if (!/^\d{4}$/.test(yearText) || year < 1990 || year > 2100) fail(`năm \`${yearText}\` không hợp lệ: ghi bốn chữ số, 1990–2100.`);
const title = (await ask('Tiêu đề bài: ', values.title)).normalize('NFC');
if (!title) fail('tiêu đề không được để trống.');
rl?.close();

const path = join(CONTENT_DIRS.articles, articleFileName(year, bloc));
if (existsSync(path) && !values.force) fail(`${path} đã có; không ghi đè. Dùng --force nếu thật sự muốn thay.`);
const text = articleTemplate({ bloc, year, title, catalog });
// The template leaves only the source for a person to fill; anything else is a bug of the template.
const wrong = validateDraft(readArticleText(text)!.data).filter((issue) => !issue.toFill);
if (wrong.length) fail(`mẫu bài không hợp lệ (lỗi của chương trình, hãy báo lại): ${wrong.map((i) => `${i.field}: ${i.message}`).join('; ')}`);
writeFileSync(path, text, 'utf8');
console.error(nextSteps({ article: path, id: basename(path, '.md'), source: null }));
console.log(path);
