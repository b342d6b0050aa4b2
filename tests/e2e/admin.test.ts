/**
 * The staff editor at /admin/ end to end, against its local backend (`npm run admin`) on a copy of
 * the content: a staff member writes an article in the form, saves, and the file passes the checker
 * and builds into the site; an article whose quote is not in its body gets the checker's message.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { parse as parseYaml } from 'yaml';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startAdminServer, type AdminServer } from '../../scripts/admin-server.ts';
import { withoutSearchAttributes } from '../../src/lib/cms/preview.ts';
import { launchChromium } from '../helpers/browser.ts';
import { buildSite, OUTPUT, plainEnv, readBuilt, ROOT } from '../helpers/build-site.ts';

const WORK = path.join(OUTPUT, 'admin-repo');
const CONTENT = path.join(WORK, 'content');
const SHOTS = process.env.ADMIN_SCREENSHOTS; // set to a folder to keep screenshots (docs/huong-dan/hinh/)

const BODY = [
	'Ngày 14/1/2022, tại thành phố Hải Phòng, Khối thi đua tổ chức Hội nghị tổng kết công tác thi đua, khen thưởng năm 2021.',
	'',
	'Ban Quản lý Khu kinh tế Hải Phòng là Khối trưởng Khối thi đua năm 2021.',
	'',
	'Năm 2021, các KCN trong Khối đã cấp mới cho 312 dự án.',
	'',
	'Hội nghị nhất trí đề nghị Bộ trưởng Bộ Kế hoạch và Đầu tư tặng Cờ thi đua cho Ban Quản lý Khu kinh tế Hải Phòng.',
].join('\n');

let server: AdminServer;
let browser: Browser;

beforeAll(async () => {
	fs.rmSync(WORK, { recursive: true, force: true });
	fs.mkdirSync(WORK, { recursive: true });
	fs.cpSync(path.join(ROOT, 'content'), CONTENT, { recursive: true });
	// The source text travels with the article (staff add it to content/sources/ with the article).
	fs.writeFileSync(path.join(CONTENT, 'sources', '2021-dong-bang-song-hong.txt'), `${BODY}\n`);
	server = await startAdminServer({ contentRoot: CONTENT, spelling: false });
	browser = await launchChromium();
});

afterAll(async () => {
	await browser?.close();
	await server?.stop();
});

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A Decap form field by its label (optional fields add “(không bắt buộc)”), inside `scope`. */
function field(scope: Page | Locator, label: string): Locator {
	const page = 'page' in scope ? scope.page() : scope;
	return scope.locator('[aria-label$=" field"]').filter({ has: page.locator(':scope > div > label', { hasText: new RegExp(`^${escape(label)}( \\(không bắt buộc\\))?$`) }) }).first();
}

async function text(scope: Page | Locator, label: string, value: string) {
	await field(scope, label).locator('input, textarea').first().fill(value);
}

/** Picks an entry in a relation (or select) widget by typing and choosing the option. */
async function choose(scope: Page | Locator, label: string, typed: string, option: RegExp) {
	const input = field(scope, label).locator('input').first();
	await input.click();
	await input.fill(typed);
	const page = 'page' in scope ? scope.page() : scope;
	await page.getByRole('option', { name: option }).first().click();
}

/** Expands a collapsed group or adds a list item, and returns the (last) item's container. */
async function open(scope: Page | Locator, label: string): Promise<Locator> {
	const f = field(scope, label);
	const add = f.getByRole('button', { name: /^(Add|Thêm)/ });
	if (await add.count()) {
		await add.first().click();
		return f;
	}
	const expand = f.getByRole('button', { name: 'Expand' });
	if (await expand.count()) await expand.first().click();
	return f;
}

async function shot(page: Page, name: string) {
	if (SHOTS) await page.screenshot({ path: path.join(SHOTS, `${name}.png`) });
}

/** Policy violations seen by the page (its own policy, src/lib/cms/admin-page.ts). */
const violations = (page: Page) => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);

let editor: Page | undefined;

/** The editor on a new article's form. The page is loaded once (Decap's bundle is 6 MB) and reused. */
async function openEditor(): Promise<Page> {
	if (editor) {
		await editor.evaluate(() => document.getElementById('archive-check')?.remove());
		await editor.goto(`${server.url}/admin/#/collections/articles/new`);
		await field(editor, 'Tiêu đề').waitFor();
		return editor;
	}
	const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
	await page.addInitScript(() => {
		const w = window as unknown as { __csp: string[] };
		w.__csp = [];
		document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
	});
	// Decap's bundle is 6 MB: generous waits for a loaded machine.
	page.setDefaultTimeout(60_000);
	await page.goto(`${server.url}/admin/`, { timeout: 120_000 });
	await shot(page, '01-dang-nhap');
	await page.getByRole('button', { name: 'Đăng nhập' }).click();
	await page.getByRole('link', { name: 'Bài viết' }).first().waitFor();
	await shot(page, '02-danh-sach');
	await page.goto(`${server.url}/admin/#/collections/articles/new`);
	await field(page, 'Tiêu đề').waitFor();
	editor = page;
	return page;
}

async function publish(page: Page) {
	await page.getByRole('button', { name: /^Công bố/ }).first().click();
	await page.getByText(/^Công bố ngay/).first().click();
}

it('creates an article in the editor; the file passes `npm run check` and the built site shows it, its award and its figure', async () => {
	const page = await openEditor();
	await text(page, 'Tiêu đề', 'Hội nghị tổng kết công tác thi đua năm 2021 của Khối đồng bằng sông Hồng');
	await choose(page, 'Khối thi đua', 'đồng bằng', /đồng bằng sông Hồng/);
	await text(page, 'Năm tổng kết', '2021');
	const conference = field(page, 'Hội nghị');
	await text(conference, 'Ngày bắt đầu', '2022-01-14');
	await text(conference, 'Địa điểm', 'thành phố Hải Phòng');
	await choose(conference, 'Đơn vị đăng cai', 'Hải Phòng', /Hải Phòng/);
	await text(conference, 'Câu trích', 'Ngày 14/1/2022, tại thành phố Hải Phòng');
	const chair = await open(page, 'Khối trưởng (Cụm trưởng) năm tổng kết');
	await choose(chair, 'Ban quản lý', 'Hải Phòng', /Hải Phòng/);
	await text(chair, 'Câu trích', 'Ban Quản lý Khu kinh tế Hải Phòng là Khối trưởng Khối thi đua năm 2021');
	const awards = await open(page, 'Khen thưởng');
	await choose(awards, 'Hình thức', 'Cờ', /^Cờ thi đua$/);
	await text(awards, 'Tên khen thưởng', 'Cờ thi đua');
	await choose(awards, 'Đơn vị được khen', 'Hải Phòng', /Hải Phòng/);
	await choose(awards, 'Tình trạng', 'Đề nghị', /^Đề nghị/);
	await text(awards, 'Cấp tặng / được đề nghị tặng', 'Bộ trưởng Bộ Kế hoạch và Đầu tư');
	await text(awards, 'Câu trích', 'Hội nghị nhất trí đề nghị Bộ trưởng Bộ Kế hoạch và Đầu tư tặng Cờ thi đua cho Ban Quản lý Khu kinh tế Hải Phòng');
	const figures = await open(page, 'Số liệu');
	await choose(figures, 'Chỉ tiêu', 'cấp mới', /^Dự án cấp mới/);
	await text(figures, 'Con số như bài in', '312 dự án');
	await text(figures, 'Câu trích', 'các KCN trong Khối đã cấp mới cho 312 dự án');
	const source = field(page, 'Nguồn');
	await text(source, 'Tệp nguồn', '2021-dong-bang-song-hong.txt');
	await choose(source, 'Tình trạng văn bản', 'Sạch', /^Sạch$/);
	await field(page, 'Thân bài').locator('[contenteditable="true"], textarea').first().fill(BODY);
	await shot(page, '03-soan-bai');
	// The preview pane (a same-origin frame) shows the article as its page will.
	const preview = page.frames().find((f) => f !== page.mainFrame())!;
	await preview.locator('aside.facts').waitFor();
	const previewed = await preview.locator('article').evaluate((el) => el.outerHTML);
	await publish(page);
	await page.locator('#archive-check').waitFor({ timeout: 60_000 });
	await shot(page, '04-kiem-tra-dat');
	await expect(page.locator('#archive-check h2').textContent()).resolves.toBe('Kiểm tra nội dung: đạt');

	const file = path.join(CONTENT, 'articles', '2021-dong-bang-song-hong-tong-ket.md');
	const written = fs.readFileSync(file, 'utf8');
	const [, frontMatter, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(written)!;
	expect(parseYaml(frontMatter!)).toEqual({
		title: 'Hội nghị tổng kết công tác thi đua năm 2021 của Khối đồng bằng sông Hồng',
		titleEditorial: false,
		bloc: 'dong-bang-song-hong',
		year: 2021,
		event: 'tong-ket',
		conference: { start: '2022-01-14', place: 'thành phố Hải Phòng', host: ['hai-phong'], uncertain: false, quote: 'Ngày 14/1/2022, tại thành phố Hải Phòng' },
		chair: { unit: 'hai-phong', quote: 'Ban Quản lý Khu kinh tế Hải Phòng là Khối trưởng Khối thi đua năm 2021' },
		awards: [{ kind: 'flag', name: 'Cờ thi đua', recipients: ['hai-phong'], status: 'proposed', by: 'Bộ trưởng Bộ Kế hoạch và Đầu tư', quote: 'Hội nghị nhất trí đề nghị Bộ trưởng Bộ Kế hoạch và Đầu tư tặng Cờ thi đua cho Ban Quản lý Khu kinh tế Hải Phòng' }],
		figures: [{ key: 'projects-new', scope: 'total', measure: 'value', printed: '312 dự án', quote: 'các KCN trong Khối đã cấp mới cho 312 dự án', estimate: false }],
		source: { file: '2021-dong-bang-song-hong.txt', condition: 'clean' },
		draft: false,
	});
	expect(body!.trim()).toBe(BODY);
	expect(await violations(page)).toEqual([]);

	const check = spawnSync(process.execPath, [path.join(ROOT, 'scripts/check.ts'), '--no-spelling'], { cwd: WORK, env: plainEnv({ ARCHIVE_CONTENT_DIR: 'content' }), encoding: 'utf8' });
	expect(check.stdout).not.toMatch(/ error /);
	expect(check.status).toBe(0);

	const built = buildSite('admin-site', CONTENT);
	expect(built.ok, built.log).toBe(true);
	const article = readBuilt(built.outDir, 'bai-viet/2021-dong-bang-song-hong-tong-ket/index.html');
	const cite = (sentence: string) => new RegExp(`<span class="cite" id="(c-[a-z0-9]+)">${escape(sentence)}</span>`).exec(article)?.[1];
	const awardCite = cite('Hội nghị nhất trí đề nghị Bộ trưởng Bộ Kế hoạch và Đầu tư tặng Cờ thi đua cho Ban Quản lý Khu kinh tế Hải Phòng.');
	const figureCite = cite('Năm 2021, các KCN trong Khối đã cấp mới cho 312 dự án.');
	expect(awardCite).toMatch(/^c-/);
	expect(figureCite).toMatch(/^c-/);
	expect(article).toMatch(/<h1[^>]*>Hội nghị tổng kết công tác thi đua năm 2021 của Khối đồng bằng sông Hồng<\/h1>/);
	expect(article).toContain('<dt>Khối trưởng 2021</dt><dd><a href="/ban-quan-ly/hai-phong/" title="Ban Quản lý Khu kinh tế Hải Phòng">BQL KKT Hải Phòng</a>');
	const builtArticle = withoutSearchAttributes(article).match(/<article>[\s\S]*<\/article>/)![0];
	// The DOM serialises a boolean attribute with an empty value (`download=""`); the built HTML writes it bare.
	expect(previewed.replaceAll(' download=""', ' download')).toBe(builtArticle);
	const bloc = readBuilt(built.outDir, 'khoi/dong-bang-song-hong/index.html');
	const url = '/bai-viet/2021-dong-bang-song-hong-tong-ket/';
	expect(bloc).toContain(
		`<tr><td>2021</td><td>Cờ thi đua</td><td><a href="/ban-quan-ly/hai-phong/" title="Ban Quản lý Khu kinh tế Hải Phòng">BQL KKT Hải Phòng</a></td><td><span class="status status--proposed">đề nghị</span></td><td>Bộ trưởng Bộ Kế hoạch và Đầu tư</td><td><ul class="plain-list source-list"><li><a class="source-link" href="${url}#${awardCite}" data-pagefind-ignore>[Bài tổng kết năm 2021 — Khối đồng bằng sông Hồng`,
	);
	const row = /<tr id="ct-projects-new-total-value-count">[\s\S]*?<\/tr>/.exec(bloc)?.[0] ?? '';
	// Newest year first: the new article's figure opens the row.
	expect(row).toMatch(new RegExp(`</th><td class="ind-cell"><a class="ind-value" href="${escape(url)}#${figureCite}">312</a></td>`));
}, 420_000);

it('an article whose quote is not in its body gets the checker’s file:line:col message in the editor', async () => {
	const page = await openEditor();
	await text(page, 'Tiêu đề', 'Bài thử câu trích sai');
	await choose(page, 'Khối thi đua', 'đồng bằng', /đồng bằng sông Hồng/);
	await text(page, 'Năm tổng kết', '2022');
	await text(field(page, 'Hội nghị'), 'Câu trích', 'Câu này không có trong thân bài');
	const source = field(page, 'Nguồn');
	await text(source, 'Tệp nguồn', '2021-dong-bang-song-hong.txt');
	await choose(source, 'Tình trạng văn bản', 'Sạch', /^Sạch$/);
	await field(page, 'Thân bài').locator('[contenteditable="true"], textarea').first().fill('Hội nghị tổng kết năm 2022.');
	await publish(page);
	const panel = page.locator('#archive-check');
	await panel.waitFor({ timeout: 60_000 });
	await shot(page, '05-kiem-tra-loi');
	expect(await violations(page)).toEqual([]);
	await expect(panel.getAttribute('role')).resolves.toBe('alert');
	await expect(panel.locator('h2').textContent()).resolves.toBe('Kiểm tra nội dung: có lỗi');
	const items = await panel.locator('li.archive-check__error').allTextContents();
	const file = 'content/articles/2022-dong-bang-song-hong-tong-ket.md';
	const lines = fs.readFileSync(path.join(WORK, file), 'utf8').split('\n');
	const line = lines.findIndex((l) => l.includes('quote: Câu này không có trong thân bài')) + 1;
	const column = lines[line - 1]!.indexOf('Câu này') + 1;
	expect(line).toBeGreaterThan(0);
	expect(items).toEqual([
		`${file}:${line}:${column} lỗi: \`conference.quote\`: Câu trích không có nguyên văn trong thân bài: ngay từ đầu đã không khớp. (quote)`,
	]);
	await page.close();
}, 240_000);
