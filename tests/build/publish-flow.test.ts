import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { OUTPUT, ROOT, SITE_CONTENT } from '../helpers/build-site.ts';

/** Staff flow from the issue: raw text → `import` → review → `check` → `build` → a published page, no other step. */
it('publishes a raw text article through import, review, check and build', () => {
	const work = path.join(OUTPUT, 'publish-flow');
	const content = path.join(work, 'content');
	fs.rmSync(work, { recursive: true, force: true });
	fs.cpSync(path.join(ROOT, SITE_CONTENT), content, { recursive: true });
	fs.rmSync(path.join(content, 'articles/2016-duyen-hai-mien-trung-tong-ket.md'));
	const env = { ...process.env, ARCHIVE_CONTENT_DIR: content, ARCHIVE_CACHE_DIR: path.join(work, 'cache') };
	const node = (args: string[]) => spawnSync(process.execPath, args, { cwd: ROOT, env, encoding: 'utf8' });

	const imported = node(['scripts/import.ts', path.join(ROOT, SITE_CONTENT, 'sources/003_ba135f90c862c4d5.txt')]);
	expect(imported.status, imported.stderr).toBe(0);
	const draft = imported.stdout.trim().split('\n').at(-1)!;
	expect(path.basename(draft)).toBe('2016-duyen-hai-mien-trung-tong-ket.md');

	// The review: the editor reads each `# KIỂM TRA` line, agrees, removes the marks and the draft flag.
	const reviewed = fs.readFileSync(draft, 'utf8').replace(/\s+# KIỂM TRA:.*$/gm, '').replace(/^draft: true\n/m, '');
	expect(reviewed).not.toContain('KIỂM TRA');
	fs.writeFileSync(draft, reviewed);

	const check = node(['scripts/check.ts']);
	expect(check.status, check.stdout).toBe(0);
	const outDir = path.join(work, 'dist');
	const build = node(['scripts/build.ts', '--outDir', outDir]);
	expect(build.status, build.stdout + build.stderr).toBe(0);
	const html = fs.readFileSync(path.join(outDir, 'bai-viet/2016-duyen-hai-mien-trung-tong-ket/index.html'), 'utf8');
	expect(html).toContain('Hội nghị tổng kết công tác thi đua, khen thưởng năm 2016 và ký kết giao ước thi đua năm 2017');
	expect(html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ')).toContain('Cụm trưởng 2016 BQL KKT Vân Phong');
});
