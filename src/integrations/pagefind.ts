import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

/**
 * Indexes the built HTML with Pagefind after every build (as Starlight does) and fails the build
 * when Pagefind reports an error, so a site is never published without its search index.
 */
export function pagefindIntegration(): AstroIntegration {
	return {
		name: 'archive:pagefind',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const site = fileURLToPath(dir);
				const fail = (step: string, errors: string[]) => {
					throw new Error(`Pagefind (${step}): ${errors.join('; ')}. Kiểm tra các trang có data-pagefind-body trong ${site}.`);
				};
				const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi' });
				if (!index || errors.length) fail('createIndex', errors);
				const added = await index!.addDirectory({ path: site });
				if (added.errors.length) fail('addDirectory', added.errors);
				const written = await index!.writeFiles({ outputPath: `${site}pagefind` });
				if (written.errors.length) fail('writeFiles', written.errors);
				await pagefind.close();
				logger.info(`Pagefind indexed ${added.page_count} pages.`);
			},
		},
	};
}
