/**
 * Rendered bodies remembered by content hash, so that a rebuild after one edited article renders
 * one body. Node only (it hashes with node:crypto): the browser bundle of the staff editor's
 * preview imports the renderer (article-body.ts), never this module.
 */
import { createHash } from 'node:crypto';
import type { ArticleComponentsOptions } from '../../plugins/remark-article-components.ts';
import { renderArticleBody } from './article-body.ts';

/** Where rendered bodies are kept between builds: text by key (src/data/body-cache.ts keeps one on disk). */
export interface BodyStore {
	get(key: string): string | undefined;
	set(key: string, value: string): void;
}

/** What a cached body keeps: everything `renderArticleBody` returns but its (then empty) messages. */
interface StoredBody {
	html: string;
	text: string;
	anchors: Array<[string, string]>;
	unmatchedQuotes: string[];
}

/**
 * The key of a rendered body: a hash of everything the rendering depends on and of `version`, the
 * rendering code itself. The Markdown is taken as the renderer reads it (NFC) and without its
 * leading blank lines and trailing white space, which render nothing: the checker's body keeps
 * the blank line after the front matter and the final newline, Astro's loader trims them. The
 * path only names messages, and a body with messages is never stored.
 */
export function bodyKey(markdown: string, options: { quotes: readonly string[]; components?: ArticleComponentsOptions }, version: string): string {
	const text = markdown.normalize('NFC').replace(/^(?:[ \t]*\r?\n)+/, '').trimEnd();
	// An MDX body's output depends on which photos and indicators exist: they are part of its key.
	const components = options.components ? [[...(options.components.images ?? [])].sort(), [...(options.components.indicators ?? [])].sort()] : null;
	return createHash('sha256').update(JSON.stringify([version, options.quotes, text, components])).digest('hex');
}

/**
 * `renderArticleBody` remembered in `store` by content hash, so that a rebuild after one edited
 * article renders one body. A body with messages (raw HTML, an unsafe link…) is rendered every
 * time: its messages are reported by the build that meets it, never replayed from a cache.
 */
export function cachedBodyRenderer(store: BodyStore, version: string): typeof renderArticleBody {
	return (markdown, options) => {
		const key = bodyKey(markdown, options, version);
		const stored = store.get(key);
		if (stored !== undefined) {
			const body = JSON.parse(stored) as StoredBody;
			return { html: body.html, text: body.text, anchors: new Map(body.anchors), unmatchedQuotes: body.unmatchedQuotes, messages: [] };
		}
		const body = renderArticleBody(markdown, options);
		if (body.messages.length === 0) {
			store.set(key, JSON.stringify({ html: body.html, text: body.text, anchors: [...body.anchors], unmatchedQuotes: body.unmatchedQuotes } satisfies StoredBody));
		}
		return body;
	};
}
