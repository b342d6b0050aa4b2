import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { buildSite, OUTPUT, ROOT } from '../helpers/build-site.ts';

it('refuses to publish when two articles disagree about a chair, naming both files and the year, and keeps the old site', () => {
	const outDir = path.join(OUTPUT, 'conflict', 'dist');
	fs.rmSync(path.dirname(outDir), { recursive: true, force: true });
	fs.mkdirSync(outDir, { recursive: true });
	fs.writeFileSync(path.join(outDir, 'index.html'), 'previous site');
	const run = spawnSync(process.execPath, ['scripts/build.ts', '--outDir', outDir], {
		cwd: ROOT,
		encoding: 'utf8',
		env: { ...process.env, ARCHIVE_CONTENT_DIR: 'tests/fixtures/conflict/content', ARCHIVE_CACHE_DIR: path.join(OUTPUT, 'conflict', 'cache') },
	});
	const log = run.stdout + run.stderr;
	expect(run.status).toBe(1);
	expect(log).toContain('tests/fixtures/conflict/content/articles/2020-khoi-mau-tong-ket.md');
	expect(log).toContain('Các bài mâu thuẫn về Khối trưởng năm 2020 của Khối Mẫu: `ban-an` (tests/fixtures/conflict/content/articles/2019-khoi-mau-tong-ket.md, bầu cho năm sau) và `ban-binh` (tests/fixtures/conflict/content/articles/2020-khoi-mau-tong-ket.md, nêu trong năm).');
	expect(log).toContain('1 lỗi');
	expect(fs.readdirSync(outDir)).toEqual(['index.html']);
	expect(fs.readFileSync(path.join(outDir, 'index.html'), 'utf8')).toBe('previous site');
	expect(fs.existsSync(`${outDir}.staging`)).toBe(false);
});

it('fails the Astro build itself on the same conflict, so skipping the checker cannot publish it', () => {
	const result = buildSite('conflict-astro', 'tests/fixtures/conflict/content');
	expect(result.ok).toBe(false);
	expect(result.log).toContain('Nội dung có 1 lỗi, trang chưa được dựng');
	expect(result.log).toContain('Các bài mâu thuẫn về Khối trưởng năm 2020 của Khối Mẫu');
	expect(fs.existsSync(path.join(result.outDir, 'bai-viet'))).toBe(false);
});
