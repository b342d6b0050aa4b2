import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import type { Loader } from 'astro/loaders';
import { ArticleSchema } from './schemas/article.ts';
import { BlocSchema } from './schemas/bloc.ts';
import { UnitSchema } from './schemas/unit.ts';
import type { RefFactory } from './schemas/common.ts';
import { CONTENT_DIRS } from './content-paths.ts';

const ref = reference as unknown as RefFactory;

/**
 * Production builds drop `draft: true` entries before validating them, so an unfinished draft
 * never blocks publishing (`npm run check` reports its problems as warnings); the dev server
 * keeps them and labels them “Nháp”.
 */
function withoutDraftsInProduction(loader: Loader): Loader {
	// The mode, not `DEV`: `DEV` follows NODE_ENV, which test runners set to `test` even for `astro build`.
	if (import.meta.env.MODE === 'development') return loader;
	return {
		...loader,
		load: async (context) => {
			const drafts = new Set<string>();
			await loader.load({
				...context,
				parseData: async (props) => {
					if (props.data.draft !== true) return context.parseData(props);
					drafts.add(props.id);
					return props.data;
				},
			});
			for (const id of drafts) context.store.delete(id);
		},
	};
}

export const collections = {
	blocs: defineCollection({ loader: glob({ base: CONTENT_DIRS.blocs, pattern: '**/[^_]*.yaml' }), schema: BlocSchema(ref) }),
	units: defineCollection({ loader: glob({ base: CONTENT_DIRS.units, pattern: '**/[^_]*.yaml' }), schema: UnitSchema() }),
	articles: defineCollection({ loader: withoutDraftsInProduction(glob({ base: CONTENT_DIRS.articles, pattern: '**/[^_]*.{md,mdx}' })), schema: ArticleSchema(ref) }),
};
