import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { feedItems } from '../data/views.ts';
import { SITE } from '../lib/site/site.ts';

/** RSS of articles, newest first. Items carry a date only when the conference day is known. */
export const GET: APIRoute = (context) =>
	rss({
		title: SITE.name,
		description: SITE.description,
		site: context.site!,
		customData: '<language>vi</language>',
		items: feedItems,
	});
