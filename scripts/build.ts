/**
 * `npm run build`: checks the content while Astro builds into a fresh temporary folder, and only
 * when both succeed replaces `dist/` (or `--outDir`). A failed check stops the build at once; a
 * failed build leaves the previous site untouched: the archive never publishes a partial or
 * silently wrong site.
 *
 * The check and the build run side by side (the build would wait for the check otherwise: 5.4 s
 * of 50 at 1,000 articles, docs/benchmarks.md); the build's output is held back until the check
 * has passed, so its messages come first and alone when it fails. The search index and the
 * reconciliation run once Astro has exited (scripts/search-index.ts), so that Pagefind's indexer
 * and Astro's archive are never in memory together.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { INDEX_AFTER_BUILD_ENV } from '../src/integrations/index-step.ts';

const args = process.argv.slice(2);
const outIndex = args.indexOf('--outDir');
const outDir = path.resolve(outIndex >= 0 ? args[outIndex + 1]! : 'dist');
const staging = `${outDir}.staging`;
const node = process.execPath;

fs.rmSync(staging, { recursive: true, force: true });
const check = spawn(node, ['scripts/check.ts', '--no-spelling'], { stdio: 'inherit' });
const astro = spawn(node, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', staging], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, [INDEX_AFTER_BUILD_ENV]: '1' } });

// The build's output, held until the check passes, then passed on as it comes.
const held: Array<[NodeJS.WriteStream, Buffer]> = [];
let checked = false;
for (const [from, to] of [[astro.stdout, process.stdout], [astro.stderr, process.stderr]] as const) {
	from.on('data', (chunk: Buffer) => (checked ? to.write(chunk) : held.push([to, chunk])));
}
const exited = (child: typeof check) => new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
const built = exited(astro);

if ((await exited(check)) !== 0) {
	astro.kill('SIGTERM');
	await built;
	fs.rmSync(staging, { recursive: true, force: true });
	console.error('\nNội dung có lỗi: chưa dựng trang. Sửa các lỗi ở trên rồi chạy lại `npm run build`.');
	process.exit(1);
}
checked = true;
for (const [to, chunk] of held.splice(0)) to.write(chunk);
if ((await built) !== 0 || (await exited(spawn(node, ['scripts/search-index.ts', staging], { stdio: 'inherit' }))) !== 0) {
	fs.rmSync(staging, { recursive: true, force: true });
	console.error(`\nDựng trang thất bại: ${path.relative(process.cwd(), outDir)}/ giữ nguyên như trước.`);
	process.exit(1);
}
fs.rmSync(outDir, { recursive: true, force: true });
fs.renameSync(staging, outDir);
console.log(`Trang đã dựng xong trong ${path.relative(process.cwd(), outDir) || outDir}/.`);
