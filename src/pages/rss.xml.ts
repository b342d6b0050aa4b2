import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { feedItems } from '../data/views.ts';
import { ROUTES } from '../lib/site/routes.ts';
import { SITE } from '../lib/site/site.ts';

/** RSS of articles, newest first. Items carry a date only when the conference day is known. */
export const GET: APIRoute = (context) =>
	rss({
		title: SITE.name,
		description: SITE.description,
		// The channel's link is the site's home page, under the base path it is served from.
		site: new URL(ROUTES.home, context.site).href,
		customData: '<language>vi</language>',
		items: feedItems,
	});
