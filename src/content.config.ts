import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { ArticleSchema } from './schemas/article.ts';
import { BlocSchema } from './schemas/bloc.ts';
import { UnitSchema } from './schemas/unit.ts';
import type { RefFactory } from './schemas/common.ts';
import { CONTENT_DIRS } from './content-paths.ts';

const ref = reference as unknown as RefFactory;

export const collections = {
	blocs: defineCollection({ loader: glob({ base: CONTENT_DIRS.blocs, pattern: '**/[^_]*.yaml' }), schema: BlocSchema(ref) }),
	units: defineCollection({ loader: glob({ base: CONTENT_DIRS.units, pattern: '**/[^_]*.yaml' }), schema: UnitSchema() }),
	articles: defineCollection({ loader: glob({ base: CONTENT_DIRS.articles, pattern: '**/[^_]*.{md,mdx}' }), schema: ArticleSchema(ref) }),
};
