/**
 * The live `content/` tree, checked for invariants only. Every other build and browser test runs
 * on the fixture tests/fixtures/site/content, so adding, fixing or removing a real article never
 * changes their expected values; what must hold for any real content is asserted here.
 */
import { spawnSync } from 'node:child_process';
import { expect, it } from 'vitest';
import { plainEnv, ROOT } from '../helpers/build-site.ts';

it('npm run check passes on the live content/ (no error, whatever it holds)', () => {
	const run = spawnSync(process.execPath, ['scripts/check.ts', '--no-spelling'], { cwd: ROOT, encoding: 'utf8', env: plainEnv({ ARCHIVE_CONTENT_DIR: 'content' }) });
	expect(run.status, run.stdout + run.stderr).toBe(0);
	const summary = /^(\d+) tệp, (\d+) lỗi, \d+ cảnh báo/m.exec(run.stdout);
	expect(summary, run.stdout).not.toBeNull();
	expect(Number(summary![1])).toBeGreaterThan(0);
	expect(summary![2]).toBe('0');
});
