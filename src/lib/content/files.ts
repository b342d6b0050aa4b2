/**
 * Reading content from disk, for the checker, the reconcile step and the staff scripts: the one
 * file lister and the readers built on ./yaml.ts and ./front-matter.ts.
 *
 * The lister follows the Astro glob loaders of `src/content.config.ts` (`**∕[^_]*.<ext>`): it
 * walks sub-folders, skips files whose name starts with `_` and folders whose name starts with `.`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { CONTENT_DIRS } from '../../content-paths.ts';
import { readArticleText } from './front-matter.ts';
import { yamlData } from './yaml.ts';

/** A content file found by `listContentFiles`. */
export interface ListedFile {
	/** Entry id: the path below the folder without its extension, `/`-separated (`2020/x` for `2020/x.md`). */
	id: string;
	/** The path: the folder joined with the relative path. */
	path: string;
}

/** Published files of a content folder with one of `extensions` (`.md`, `.yaml`), sorted by relative path. */
export function listContentFiles(dir: string, extensions: readonly string[]): ListedFile[] {
	if (!existsSync(dir)) return [];
	const out: (ListedFile & { rel: string })[] = [];
	const walk = (rel: string) => {
		for (const entry of readdirSync(join(dir, rel), { withFileTypes: true })) {
			const relPath = rel ? `${rel}/${entry.name}` : entry.name;
			if (entry.isDirectory()) {
				if (!entry.name.startsWith('.')) walk(relPath);
				continue;
			}
			const ext = extensions.find((e) => entry.name.endsWith(e));
			if (!entry.isFile() || !ext || entry.name.startsWith('_')) continue;
			out.push({ id: relPath.slice(0, -ext.length), path: join(dir, ...relPath.split('/')), rel: relPath });
		}
	};
	walk('');
	return out.sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0)).map(({ id, path }) => ({ id, path }));
}

/** Extensions of each collection's files. */
export const COLLECTION_EXTENSIONS = { blocs: ['.yaml'], units: ['.yaml'], articles: ['.md', '.mdx'] } as const;

/** Data of a YAML file; throws a `YamlSyntaxError` (`file:line:col: …`) when it does not parse. */
export function readYaml(path: string): unknown {
	return yamlData(readFileSync(path, 'utf8'), path.split(sep).join('/'));
}

/** An article file's front matter (data) and body; `null` when it has no front matter. Throws on a YAML error. */
export function readArticle(path: string): { data: Record<string, unknown>; body: string } | null {
	return readArticleText(readFileSync(path, 'utf8'), path.split(sep).join('/'));
}

/** Published entries of a YAML collection folder as [id, data]. */
export function entries(dir: string): [string, Record<string, unknown>][] {
	return listContentFiles(dir, COLLECTION_EXTENSIONS.blocs).map((f) => [f.id, (readYaml(f.path) ?? {}) as Record<string, unknown>]);
}

export const blocIds = (): string[] => entries(CONTENT_DIRS.blocs).map(([id]) => id);
