/**
 * Bad input, end to end: each case copies the valid tree tests/fixtures/bad-input/base/content,
 * breaks one thing, and runs the real publishing command (`node scripts/build.ts --outDir …`). It
 * must exit 1 with a message naming the file (and the field or line), and leave the previous site
 * untouched: nothing partial is published. The single rules are unit-tested in
 * tests/unit/content-check.test.ts; the conflict fixture's build in tests/build/failing-builds.test.ts.
 *
 * Cases run two at a time (each takes a few seconds: the checker refuses before Astro starts).
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import iconv from 'iconv-lite';
import { beforeAll, describe, expect, it } from 'vitest';
import { OUTPUT, plainEnv, ROOT } from '../helpers/build-site.ts';

const BASE = path.join(ROOT, 'tests/fixtures/bad-input/base/content');
const WORK = path.join(OUTPUT, 'bad-input');
const SENTINEL = '<!DOCTYPE html><title>trang cũ</title>';

interface Case {
	name: string;
	/** Files to write (relative to the content folder), or `null` to delete. */
	files: Record<string, string | Uint8Array | null>;
	/** The checker's exact report, line by line (`dir`: the case's content folder as printed). */
	expect: (dir: string) => string[];
}

const read = (rel: string) => fs.readFileSync(path.join(BASE, rel), 'utf8');
const A2019 = 'articles/2019-khoi-mau-tong-ket.md';
const A2020 = 'articles/2020-khoi-mau-tong-ket.md';
/** The content folder of case `name` as scripts print it: relative to the project root. */
const shown = (name: string) => path.relative(ROOT, path.join(WORK, name, 'content'));
/** The report part of a log: everything before the checker's count line (`5 tệp, 1 lỗi, …`). */
const reported = (log: string) => log.slice(0, log.search(/^\d+ tệp, /m)).replace(/\n$/, '');

/** A mid-year report of 2020 naming Ban An as that year's chair (the year-end report names Ban Bình in one case). */
const SO_KET_2020 = `---
title: Hội nghị sơ kết năm 2020 của Khối thi đua Mẫu
bloc: khoi-mau
year: 2020
event: so-ket
conference: {}
chair:
  unit: ban-an
  quote: Ban Quản lý các khu công nghiệp tỉnh An - Khối trưởng năm 2020
source:
  file: mau-2020.txt
  condition: clean
---

Ban Quản lý các khu công nghiệp tỉnh An - Khối trưởng năm 2020 chủ trì hội nghị sơ kết.
`;

const CASES: Case[] = [
	{
		name: 'malformed-yaml',
		files: { [A2019]: read(A2019).replace('place: tỉnh An', 'place: tỉnh: An') },
		expect: (dir) => [
			`${dir}/articles/2019-khoi-mau-tong-ket.md`,
			`  7:10 error Phần dữ kiện (YAML) sai cú pháp: có dấu “:” thừa trong một giá trị (hoặc một dòng thụt lề sai). yaml archive`,
			`  → Xem dòng được nêu: thụt lề bằng dấu cách cho thẳng hàng, và đặt giá trị có dấu “:” hoặc “,” trong ngoặc kép (\`place: "Hà Nội, Bắc Ninh"\`).`,
			`  xem: docs/huong-dan/loi-thuong-gap.md#yaml`,
		],
	},
	{
		name: 'unknown-bloc',
		files: { [A2020]: read(A2020).replace('bloc: khoi-mau', 'bloc: khoi-khong-co') },
		expect: (dir) => [
			`${dir}/articles/2020-khoi-mau-tong-ket.md`,
			`  3:7 error \`bloc\`: Khối thi đua \`khoi-khong-co\` không tồn tại. reference archive`,
			`  → Dùng mã một tệp trong content/blocs/ (\`khoi-mau\`) hoặc thêm tệp content/blocs/khoi-khong-co.yaml.`,
			`  xem: docs/huong-dan/loi-thuong-gap.md#reference`,
		],
	},
	{
		name: 'unknown-board',
		files: { [A2020]: read(A2020).replace('host: [ban-binh]', 'host: [ban-khong-co]') },
		expect: (dir) => [
			`${dir}/articles/2020-khoi-mau-tong-ket.md`,
			`  7:10 error \`conference.host[0]\`: Ban quản lý \`ban-khong-co\` không tồn tại. reference archive`,
			`  → Dùng mã một tệp trong content/units/ (ví dụ \`ban-an\`) hoặc thêm tệp content/units/ban-khong-co.yaml.`,
			`  xem: docs/huong-dan/loi-thuong-gap.md#reference`,
		],
	},
	{
		name: 'impossible-date',
		files: { [A2019]: read(A2019).replace('start: 2020-01-10', 'start: 2020-02-30') },
		expect: (dir) => [
			`${dir}/articles/2019-khoi-mau-tong-ket.md`,
			`  6:10 error \`conference.start\`: Ngày sai: ngày \`2020-02-30\` không tồn tại (tháng 2/2020 có 29 ngày). Ghi YYYY, YYYY-MM hoặc YYYY-MM-DD, hoặc null nếu bài không nêu. schema archive`,
			`  xem: docs/huong-dan/loi-thuong-gap.md#schema`,
		],
	},
	{
		name: 'conflicting-chairs',
		files: {
			[A2020]: read(A2020).replace('awards:', 'chair:\n  unit: ban-binh\n  quote: Ban Quản lý Khu kinh tế tỉnh Bình làm Khối trưởng năm 2020\nawards:').replace('họp tại tỉnh Bình.', 'họp tại tỉnh Bình. Ban Quản lý Khu kinh tế tỉnh Bình làm Khối trưởng năm 2020.'),
			'articles/2020-khoi-mau-so-ket.md': SO_KET_2020,
		},
		expect: (dir) => [
			`${dir}/articles/2020-khoi-mau-tong-ket.md`,
			`  9:3  error \`chair\`: Các bài mâu thuẫn về Khối trưởng năm 2020 của Khối Mẫu: \`ban-an\` (${dir}/articles/2019-khoi-mau-tong-ket.md, bầu cho năm sau) và \`ban-an\` (${dir}/articles/2020-khoi-mau-so-ket.md, nêu trong năm) và \`ban-binh\` (${dir}/articles/2020-khoi-mau-tong-ket.md, nêu trong năm). conflict archive`,
			`  liên quan: ${dir}/articles/2020-khoi-mau-so-ket.md:8:3 \`chair\`: ghi \`ban-an\` (nêu trong năm).`,
			`  → Đối chiếu với nguồn rồi sửa bài sai. Kho lưu trữ không tự chọn một bên. Nếu các nguồn thật sự ghi khác nhau, ghi vào ${dir}/blocs/khoi-mau.yaml: \`disputes: [{ year: 2020, role: chair, note: "…" }]\`.`,
			`  xem: docs/huong-dan/loi-thuong-gap.md#conflict`,
		],
	},
	{
		name: 'figure-disagrees-with-quote',
		files: { [A2019]: read(A2019).replace('printed: 4.000 tỷ đồng', 'printed: 5.000 tỷ đồng') },
		expect: (dir) => [
			`${dir}/articles/2019-khoi-mau-tong-ket.md`,
			`  15:35 error \`figures[0].printed\`: Giá trị \`5.000 tỷ đồng\` không có nguyên vẹn trong câu trích \`nộp ngân sách nhà nước đạt 4.000 tỷ đồng\`. printed-not-in-quote archive`,
			`  → Chép \`printed\` nguyên văn từ câu trích, gồm cả đơn vị (vd. \`5.056,1 triệu USD\`).`,
			`  xem: docs/huong-dan/loi-thuong-gap.md#printed-not-in-quote`,
		],
	},
	{
		name: 'empty-file',
		files: { 'articles/2021-khoi-mau-tong-ket.md': '' },
		expect: (dir) => [
			`${dir}/articles/2021-khoi-mau-tong-ket.md`,
			`  error Tệp rỗng. empty-file archive`,
			`  → Xóa tệp, hoặc tạo bài bằng \`npm run new\` để có đủ mẫu.`,
			`  xem: docs/huong-dan/loi-thuong-gap.md#empty-file`,
		],
	},
	{
		name: 'legacy-encoding',
		files: { [A2020]: iconv.encode(read(A2020), 'windows-1258') },
		expect: (dir) => [
			`${dir}/articles/2020-khoi-mau-tong-ket.md`,
			`  error Tệp không phải UTF-8 (có thể là Windows-1258, TCVN3 hoặc VNI). encoding archive`,
			`  → Chuyển sang UTF-8, hoặc dùng \`npm run import -- tệp.txt\` để tự nhận dạng bảng mã.`,
			`  xem: docs/huong-dan/loi-thuong-gap.md#encoding`,
		],
	},
	{
		name: 'raw-html',
		files: { [A2020]: `${read(A2020)}\n<img src="x" onerror="alert(1)">\n` },
		expect: (dir) => [
			`${dir}/articles/2020-khoi-mau-tong-ket.md`,
			`  23:1-23:33 error Không dùng HTML trong bài viết: \`<img src="x" onerror="alert(1)">\` sẽ bị bỏ khi dựng trang. no-raw-html archive`,
			`  → Viết bằng Markdown (chú thích ảnh: \`_Ảnh: …_\`).`,
			`  xem: docs/huong-dan/loi-thuong-gap.md#no-raw-html`,
		],
	},
	{
		name: 'mdx-component',
		files: { [A2020]: null, [`${A2020}x`]: `${read(A2020)}\n<Video src="x.mp4" />\n\n{alert(1)}\n` },
		expect: (dir) => [
			`${dir}/articles/2020-khoi-mau-tong-ket.mdx`,
			'  23:1-23:22 error Thành phần `<Video>` không có. Chỉ dùng `<Hinh chuThich="…" />` (ảnh và chú thích) hoặc `<BieuDoChiTieu chiTieu="…" />` (biểu đồ chỉ tiêu của khối). mdx-component archive',
			'  xem: docs/huong-dan/loi-thuong-gap.md#mdx-component',
			'  25:1-25:11 error Không dùng biểu thức `{…}` trong bài viết. Muốn viết dấu ngoặc nhọn, đặt `\\{`.  mdx-component archive',
			'  xem: docs/huong-dan/loi-thuong-gap.md#mdx-component',
		],
	},
	{
		name: 'unknown-board-in-bloc',
		files: { 'blocs/khoi-mau.yaml': `${read('blocs/khoi-mau.yaml')}  - unit: ban-ma\n` },
		expect: (dir) => [
			`${dir}/blocs/khoi-mau.yaml`,
			`  9:11 error \`members[2].unit\`: Ban quản lý \`ban-ma\` không tồn tại. reference archive`,
			`  → Dùng mã một tệp trong content/units/ (ví dụ \`ban-an\`) hoặc thêm tệp content/units/ban-ma.yaml.`,
			`  xem: docs/huong-dan/loi-thuong-gap.md#reference`,
		],
	},
	{
		name: 'missing-source-file',
		files: { 'sources/mau-2020.txt': null },
		// The checker looks in sources/ and names the article and the field.
		expect: (dir) => [
			`${dir}/articles/2020-khoi-mau-tong-ket.md`,
			`  15:9 error \`source.file\`: Tệp nguồn \`mau-2020.txt\` không có trong content/sources/. source-file archive`,
			`  → Chép văn bản gốc vào content/sources/ với đúng tên này (trang /nguon/ công bố nó), hoặc sửa \`source.file\`.`,
			`  xem: docs/huong-dan/loi-thuong-gap.md#source-file`,
		],
	},
];

interface Run {
	status: number | null;
	log: string;
}

function run(args: string[], env: NodeJS.ProcessEnv): Promise<Run> {
	return new Promise((resolve) => {
		const child = spawn(process.execPath, args, { cwd: ROOT, env: plainEnv({ ASTRO_TELEMETRY_DISABLED: '1', ...env }) });
		let log = '';
		child.stdout.on('data', (d) => (log += d));
		child.stderr.on('data', (d) => (log += d));
		child.on('close', (status) => resolve({ status, log: stripVTControlCharacters(log) }));
	});
}

/** Runs `jobs` with at most `n` at a time. */
async function pool<T>(jobs: Array<() => Promise<T>>, n: number): Promise<T[]> {
	const results: T[] = new Array(jobs.length);
	let next = 0;
	await Promise.all(Array.from({ length: n }, async () => {
		while (next < jobs.length) {
			const i = next++;
			results[i] = await jobs[i]!();
		}
	}));
	return results;
}

const results = new Map<string, Run>();

beforeAll(async () => {
	fs.rmSync(WORK, { recursive: true, force: true });
	const jobs = [{ name: 'ok', files: {}, expect: () => [] } as Case, ...CASES].map((c) => () => {
		const root = path.join(WORK, c.name);
		fs.cpSync(BASE, path.join(root, 'content'), { recursive: true });
		for (const [rel, data] of Object.entries(c.files)) {
			const file = path.join(root, 'content', rel);
			if (data === null) fs.rmSync(file);
			else fs.writeFileSync(file, data);
		}
		fs.mkdirSync(path.join(root, 'out'), { recursive: true });
		fs.writeFileSync(path.join(root, 'out', 'index.html'), SENTINEL);
		return run(['scripts/build.ts', '--outDir', path.join(root, 'out')], { ARCHIVE_CONTENT_DIR: path.relative(ROOT, path.join(root, 'content')), ARCHIVE_CACHE_DIR: path.join(root, 'cache') }).then((r) => {
			results.set(c.name, r);
			fs.writeFileSync(path.join(root, 'build.log'), r.log); // for whoever debugs a failure
		});
	});
	await pool(jobs, 2);
}, 300_000);

it('publishes the untouched base tree (so every failure below is the case’s own)', () => {
	const ok = results.get('ok')!;
	expect(ok.status, ok.log).toBe(0);
	expect(fs.readFileSync(path.join(WORK, 'ok', 'out', 'index.html'), 'utf8')).not.toBe(SENTINEL);
	expect(fs.existsSync(path.join(WORK, 'ok', 'out', 'bai-viet', '2019-khoi-mau-tong-ket', 'index.html'))).toBe(true);
});

describe.each(CASES)('$name', (c) => {
	it('fails, naming the file and the field or line, and keeps the previous site', () => {
		const r = results.get(c.name)!;
		expect(r.status, r.log).toBe(1);
		expect(reported(r.log), r.log).toBe(c.expect(shown(c.name)).join('\n'));
		const errors = c.expect(shown(c.name)).filter((line) => /^\s+(?:\S+\s+)?error\s/.test(line)).length;
		expect(r.log.slice(reported(r.log).length + 1)).toMatch(new RegExp(`^\\d tệp, ${errors} lỗi, 0 cảnh báo \\(\\d+\\.\\d s\\)\\.\\n\\nNội dung có lỗi: chưa dựng trang\\. Sửa các lỗi ở trên rồi chạy lại \`npm run build\`\\.\\n$`));
		const out = path.join(WORK, c.name, 'out');
		expect(fs.readdirSync(out)).toEqual(['index.html']);
		expect(fs.readFileSync(path.join(out, 'index.html'), 'utf8')).toBe(SENTINEL);
		expect(fs.existsSync(`${out}.staging`)).toBe(false);
	});
});
