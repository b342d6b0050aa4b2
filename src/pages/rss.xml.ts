import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { archive } from '../data/archive.ts';
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
		items: archive.articleList.map((a) => ({
			title: a.title,
			link: a.url,
			description: `Tổng kết năm ${a.year} – ${archive.blocs.get(a.bloc)?.name ?? a.bloc}`,
			...(a.data.conference.start?.precision === 'day' ? { pubDate: new Date(`${a.data.conference.start.iso}T00:00:00Z`) } : {}),
		})),
	});
