import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

/** The generated articles (`PLAIN_ARTICLES_DIR`, absolute): the same Markdown files the archive builds. */
const base = process.env.PLAIN_ARTICLES_DIR;
if (!base) throw new Error('Set PLAIN_ARTICLES_DIR to a folder of Markdown articles (npm run bench does).');

export const collections = {
	articles: defineCollection({ loader: glob({ base, pattern: '**/[^_]*.md' }), schema: z.looseObject({ title: z.string(), year: z.number() }) }),
};
