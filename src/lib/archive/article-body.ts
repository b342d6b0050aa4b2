import type { Root } from 'hast';
import { toString } from 'hast-util-to-string';
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { VFileMessage } from 'vfile-message';
import { rehypeArticleComponents } from '../../plugins/rehype-article-components.ts';
import { rehypeCiteAnchors, type CiteAnchorsData } from '../../plugins/rehype-cite-anchors.ts';
import { rehypePhotoCaptions } from '../../plugins/rehype-photo-captions.ts';
import { remarkArticleComponents, type ArticleComponentsOptions } from '../../plugins/remark-article-components.ts';
import { remarkNoRawHtml } from '../../plugins/remark-no-raw-html.ts';
import { remarkSafeLinks } from '../../plugins/remark-safe-links.ts';

export interface RenderedBody {
	/** Sanitised HTML of the body. */
	html: string;
	/** Plain text of the body (for mention search and the search index). */
	text: string;
	/** Normalised quote → anchor id of the sentence that states it. */
	anchors: Map<string, string>;
	/** Quotes that occur nowhere in the body. */
	unmatchedQuotes: string[];
	/** Problems found with positions (`file:line:col`). */
	messages: VFileMessage[];
}

/** Keep only what articles need; raw HTML never gets this far (remark-rehype drops it). */
const schema = { ...defaultSchema, clobberPrefix: '', tagNames: (defaultSchema.tagNames ?? []).filter((t) => !['input', 'details', 'summary'].includes(t)) };

/**
 * Renders an article body with the archive's own unified pipeline: raw HTML reported and dropped,
 * output sanitised, photo captions marked as missing photos, cited sentences anchored.
 * Astro's page Markdown stays on its fast default processor; bodies go through here once per build.
 */
export function renderArticleBody(markdown: string, options: { path: string; quotes: readonly string[]; components?: ArticleComponentsOptions }): RenderedBody {
	const file = new VFile({ path: options.path, value: markdown.normalize('NFC') });
	// The shared processors are built once; only the cite anchors depend on the article's quotes.
	const tree = options.path.endsWith('.mdx') ? runMdx(file, options.components ?? {}) : (bodyProcessor.runSync(bodyProcessor.parse(file), file) as Root);
	rehypeCiteAnchors({ quotes: options.quotes })(tree, file);
	const html = htmlProcessor.stringify(tree);
	const data = file.data as Partial<CiteAnchorsData>;
	return {
		html,
		text: toString(tree),
		anchors: data.citeAnchors ?? new Map(),
		unmatchedQuotes: data.unmatchedQuotes ?? [],
		messages: file.messages,
	};
}

/**
 * An MDX body (`.mdx`): the same pipeline with MDX syntax, where the article's components are
 * checked and rendered (src/plugins/remark-article-components.ts). A syntax error is reported at
 * its place and the body renders empty, so the build fails with `file:line:col`.
 */
function runMdx(file: VFile, components: ArticleComponentsOptions): Root {
	// One processor per set of options (one per build), not one per article.
	if (mdx?.options !== components) mdx = { options: components, processor: mdxProcessor(components) };
	const processor = mdx.processor;
	let mdast;
	try {
		mdast = processor.parse(file);
	} catch (error) {
		const cause = error instanceof VFileMessage ? error : null;
		const message = file.message(`MDX sai cú pháp: ${cause?.reason ?? String(error)}. Trong tệp .mdx, dấu \`<\` và \`{\` mở một thành phần hay biểu thức: viết \`\\<\`, \`\\{\` nếu muốn chữ thường, và đóng mọi thẻ (\`<Hinh … />\`).`, {
			place: cause?.place ?? undefined,
			ruleId: 'mdx-syntax',
			source: 'archive',
		});
		message.fatal = true;
		return { type: 'root', children: [] };
	}
	return processor.runSync(mdast, file) as Root;
}

const mdxProcessor = (components: ArticleComponentsOptions) =>
	unified().use(remarkParse).use(remarkMdx).use(remarkArticleComponents, components).use(remarkNoRawHtml).use(remarkSafeLinks).use(remarkRehype).use(rehypeSanitize, schema).use(rehypeArticleComponents).use(rehypePhotoCaptions).freeze();
let mdx: { options: ArticleComponentsOptions; processor: ReturnType<typeof mdxProcessor> } | undefined;

/** remark → rehype → sanitise → captions, frozen once per build (creating a processor per article was a hot spot). */
const bodyProcessor = unified().use(remarkParse).use(remarkNoRawHtml).use(remarkSafeLinks).use(remarkRehype).use(rehypeSanitize, schema).use(rehypePhotoCaptions).freeze();
const htmlProcessor = unified().use(rehypeStringify).freeze();
