import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const OUTPUT = path.join(ROOT, 'tests/.output');
/**
 * The content tree the build and browser tests run on (relative to ROOT): a fixed copy of the five
 * seed articles, so a new article in the live `content/` never changes a test's expected values.
 */
export const SITE_CONTENT = 'tests/fixtures/site/content';

/**
 * The environment for a child process whose output a test reads: colours off whatever the CI
 * runner sets (FORCE_COLOR would put escape codes inside the messages tests compare).
 */
export function plainEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
	const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', ...extra };
	delete env.FORCE_COLOR;
	return env;
}

/** A child's stdout and stderr together, without terminal escape codes. */
export function plainLog(run: { stdout: string | null; stderr: string | null }): string {
	return stripVTControlCharacters(`${run.stdout ?? ''}${run.stderr ?? ''}`);
}

export interface BuildResult {
	ok: boolean;
	/** stdout and stderr together. */
	log: string;
	outDir: string;
}

/**
 * Runs a real `astro build` in a child process over a content tree (the site fixture unless told
 * otherwise), with extra environment (BASE_PATH, SITE_URL), into its own output and cache folders
 * so builds never share state.
 */
export function buildSite(name: string, contentDir: string = SITE_CONTENT, extraEnv: NodeJS.ProcessEnv = {}): BuildResult {
	const outDir = path.join(OUTPUT, name, 'dist');
	fs.rmSync(path.join(OUTPUT, name), { recursive: true, force: true });
	const env: NodeJS.ProcessEnv = plainEnv({ ARCHIVE_CACHE_DIR: path.join(OUTPUT, name, 'cache'), ASTRO_TELEMETRY_DISABLED: '1' });
	env.ARCHIVE_CONTENT_DIR = contentDir;
	delete env.BASE_PATH;
	delete env.SITE_URL;
	Object.assign(env, extraEnv);
	const run = spawnSync(process.execPath, [path.join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir], { cwd: ROOT, env, encoding: 'utf8' });
	return { ok: run.status === 0, log: plainLog(run), outDir };
}

/** Reads a built file as text. */
export function readBuilt(outDir: string, file: string): string {
	return fs.readFileSync(path.join(outDir, file), 'utf8');
}
