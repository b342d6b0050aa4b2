/**
 * The archive's one front-matter pattern: an article is `---`, YAML, `---`, then the Markdown body.
 * Pure: text in, parts out. `parseYaml` (./yaml.ts) reads the YAML part.
 */
import { parseYaml, YamlSyntaxError, type ParsedYaml } from './yaml.ts';

/** An article's text split at its front matter. Lines are 1-based lines of the whole file. */
export interface FrontMatterParts {
	/** The YAML between the two `---` lines. */
	yaml: string;
	/** Line of the YAML's first line in the file (2). */
	yamlLine: number;
	/** The Markdown after the closing `---` line. */
	body: string;
	/** Line of the body's first line in the file. */
	bodyLine: number;
}

const FRONT_MATTER = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** Splits an article's text; `null` when it does not open with a front matter between two `---` lines. */
export function splitFrontMatter(text: string): FrontMatterParts | null {
	const m = FRONT_MATTER.exec(text);
	if (!m) return null;
	return { yaml: m[1]!, yamlLine: 2, body: text.slice(m[0].length), bodyLine: m[0].split('\n').length + (m[0].endsWith('\n') ? 0 : 1) };
}

/** An article split and its front matter parsed (`parsed.data` is `undefined` on a YAML error). */
export interface ParsedArticle extends FrontMatterParts {
	parsed: ParsedYaml;
}

/** Splits an article and parses its front matter; `null` when it has none. */
export function parseArticle(text: string): ParsedArticle | null {
	const parts = splitFrontMatter(text);
	return parts && { ...parts, parsed: parseYaml(parts.yaml) };
}

/**
 * An article's front-matter data and body; `null` when it has no front matter. Throws a
 * `YamlSyntaxError` naming `file` and the line in the file when the YAML does not parse.
 */
export function readArticleText(text: string, file = '(article)'): { data: Record<string, unknown>; body: string } | null {
	const article = parseArticle(text);
	if (!article) return null;
	const { errors, data } = article.parsed;
	if (errors.length) throw new YamlSyntaxError(file, errors.map((e) => ({ ...e, line: e.line + article.yamlLine - 1 })));
	return { data: (data ?? {}) as Record<string, unknown>, body: article.body };
}

/**
 * An article's Markdown as Astro's content loader gives it: the text after the front matter,
 * trimmed (the whole text, trimmed, when it has none).
 */
export function articleBody(text: string): string {
	return (splitFrontMatter(text)?.body ?? text).trim();
}
