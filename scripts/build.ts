/**
 * `npm run build`: checks the content, builds into a fresh temporary folder, and only then
 * replaces `dist/` (or `--outDir`). A failed build leaves the previous site untouched: the
 * archive never publishes a partial or silently wrong site.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const args = process.argv.slice(2);
const outIndex = args.indexOf('--outDir');
const outDir = path.resolve(outIndex >= 0 ? args[outIndex + 1]! : 'dist');
const staging = `${outDir}.staging`;
const node = process.execPath;
const run = (script: string, extra: string[] = []) => spawnSync(node, [script, ...extra], { stdio: 'inherit' }).status === 0;

if (!run('scripts/check.ts', ['--no-spelling'])) {
	console.error('\nNội dung có lỗi: chưa dựng trang. Sửa các lỗi ở trên rồi chạy lại `npm run build`.');
	process.exit(1);
}
fs.rmSync(staging, { recursive: true, force: true });
if (!run('node_modules/astro/bin/astro.mjs', ['build', '--outDir', staging])) {
	fs.rmSync(staging, { recursive: true, force: true });
	console.error(`\nDựng trang thất bại: ${path.relative(process.cwd(), outDir)}/ giữ nguyên như trước.`);
	process.exit(1);
}
fs.rmSync(outDir, { recursive: true, force: true });
fs.renameSync(staging, outDir);
console.log(`Trang đã dựng xong trong ${path.relative(process.cwd(), outDir) || outDir}/.`);
