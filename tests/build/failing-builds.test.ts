import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { buildSite, OUTPUT, plainEnv, plainLog, ROOT } from '../helpers/build-site.ts';

const DIR = 'tests/fixtures/conflict/content/articles';
const REASON = `Các bài mâu thuẫn về Khối trưởng năm 2020 của Khối Mẫu: \`ban-an\` (${DIR}/2019-khoi-mau-tong-ket.md, bầu cho năm sau) và \`ban-an\` (${DIR}/2020-khoi-mau-so-ket.md, nêu trong năm) và \`ban-binh\` (${DIR}/2020-khoi-mau-tong-ket.md, nêu trong năm).`;
const FIX = `  → Đối chiếu với nguồn rồi sửa bài sai. Kho lưu trữ không tự chọn một bên. Nếu các nguồn thật sự ghi khác nhau, ghi vào tests/fixtures/conflict/content/blocs/khoi-mau.yaml: \`disputes: [{ year: 2020, role: chair, note: "…" }]\`.`;

it('refuses to publish when two articles disagree about who served as chair, naming both files and the year, and keeps the old site', () => {
	const outDir = path.join(OUTPUT, 'conflict', 'dist');
	fs.rmSync(path.dirname(outDir), { recursive: true, force: true });
	fs.mkdirSync(outDir, { recursive: true });
	fs.writeFileSync(path.join(outDir, 'index.html'), 'previous site');
	const run = spawnSync(process.execPath, ['scripts/build.ts', '--outDir', outDir], {
		cwd: ROOT,
		encoding: 'utf8',
		env: plainEnv({ ARCHIVE_CONTENT_DIR: 'tests/fixtures/conflict/content', ARCHIVE_CACHE_DIR: path.join(OUTPUT, 'conflict', 'cache') }),
	});
	const log = plainLog(run);
	expect(run.status).toBe(1);
	expect(log.replace(/\(\d+\.\d s\)/, '(… s)')).toBe(
		[
			`${DIR}/2020-khoi-mau-tong-ket.md`,
			`  7:3  error \`chair\`: ${REASON} conflict archive`,
			`  liên quan: ${DIR}/2020-khoi-mau-so-ket.md:8:3 \`chair\`: ghi \`ban-an\` (nêu trong năm).`,
			FIX,
			'  xem: docs/huong-dan/loi-thuong-gap.md#conflict',
			'6 tệp, 1 lỗi, 0 cảnh báo (… s).',
			'',
			'Nội dung có lỗi: chưa dựng trang. Sửa các lỗi ở trên rồi chạy lại `npm run build`.',
			'',
		].join('\n'),
	);
	expect(fs.readdirSync(outDir)).toEqual(['index.html']);
	expect(fs.readFileSync(path.join(outDir, 'index.html'), 'utf8')).toBe('previous site');
	expect(fs.existsSync(`${outDir}.staging`)).toBe(false);
});

it('fails the Astro build itself on the same conflict, so skipping the checker cannot publish it', () => {
	const result = buildSite('conflict-astro', 'tests/fixtures/conflict/content');
	expect(result.ok).toBe(false);
	// The collections carry no positions: the build locates the failing file's fields again, so its line shows.
	expect(result.log).toContain(
		[
			'[AstroUserError] Nội dung có 1 lỗi, trang chưa được dựng:',
			`${DIR}/2020-khoi-mau-tong-ket.md`,
			`  7:3  error \`chair\`: ${REASON} conflict archive`,
			`  liên quan: ${DIR}/2020-khoi-mau-so-ket.md \`chair\`: ghi \`ban-an\` (nêu trong năm).`,
			FIX,
			'  xem: docs/huong-dan/loi-thuong-gap.md#conflict',
			'  Hint:',
			'    Sửa từng lỗi theo gợi ý (→) ở dòng được nêu, rồi lưu tệp; hoặc chạy `npm run check` để xem danh sách đầy đủ.',
		].join('\n'),
	);
	expect(fs.existsSync(path.join(result.outDir, 'bai-viet'))).toBe(false);
});
