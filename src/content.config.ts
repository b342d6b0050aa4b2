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

/**
 * Stores the articles' front matter only, neither their Markdown nor Astro's rendering of it: the
 * archive reads each body from its file and renders it with its own unified pipeline
 * (src/data/archive.ts, src/lib/archive/article-body.ts). `deferRender` skips rendering at sync;
 * dropping the flag it leaves keeps Astro from bundling each article as a module of its own.
 * Astro bundles its whole store into the build as one module, whose import grows faster than the
 * archive (V8 compiles its string in superlinear time), so what the store does not hold costs most
 * at scale: at 10,000 articles the store was 165 MB with the rendering, 94 MB with the Markdown
 * (docs/benchmarks.md, "The content store").
 */
function frontMatterOnly(loader: Loader): Loader {
	return {
		...loader,
		load: (context) =>
			loader.load({
				...context,
				store: new Proxy(context.store, {
					get(store, key) {
						if (key === 'set') return ({ deferredRender: _deferred, body: _body, ...entry }: Parameters<typeof store.set>[0]) => store.set(entry);
						const value: unknown = Reflect.get(store, key);
						return typeof value === 'function' ? value.bind(store) : value;
					},
				}),
			}),
	};
}

export const collections = {
	blocs: defineCollection({ loader: glob({ base: CONTENT_DIRS.blocs, pattern: '**/[^_]*.yaml' }), schema: BlocSchema(ref) }),
	units: defineCollection({ loader: glob({ base: CONTENT_DIRS.units, pattern: '**/[^_]*.yaml' }), schema: UnitSchema() }),
	articles: defineCollection({ loader: withoutDraftsInProduction(frontMatterOnly(glob({ base: CONTENT_DIRS.articles, pattern: '**/[^_]*.{md,mdx}', deferRender: true }))), schema: ArticleSchema(ref) }),
};
