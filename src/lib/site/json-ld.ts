/** schema.org data for pages. */
import type { Article, Bloc } from '../archive/index.ts';
import { SITE } from './site.ts';

/** `NewsArticle` JSON-LD for an article page; dates only when the source gives them. */
export function newsArticleJsonLd(article: Article, bloc: Bloc | undefined, site: URL): Record<string, unknown> {
	const start = article.data.conference.start;
	return {
		'@context': 'https://schema.org',
		'@type': 'NewsArticle',
		headline: article.title,
		inLanguage: 'vi',
		url: new URL(article.url, site).href,
		mainEntityOfPage: new URL(article.url, site).href,
		...(start ? { dateCreated: start.iso } : {}),
		...(article.data.source.author ? { author: { '@type': 'Organization', name: article.data.source.author } } : {}),
		...(article.data.source.publisher ? { publisher: { '@type': 'Organization', name: article.data.source.publisher } } : {}),
		about: bloc ? { '@type': 'Organization', name: bloc.name } : undefined,
		isPartOf: { '@type': 'WebSite', name: SITE.name, url: site.href },
		...(article.data.conference.place ? { contentLocation: { '@type': 'Place', name: article.data.conference.place } } : {}),
	};
}
