/**
 * The archive's one YAML reader: every YAML text (a `.yaml` entry, an article's front matter, the
 * indicator vocabulary) is parsed here, with the `yaml` library, keeping each node's position so
 * messages can point at `line:column`. Pure: text in, data out.
 *
 * YAML 1.2 core schema: `2020-01-03` stays the string `"2020-01-03"` (the schemas accept it).
 */
import { Document, isMap, isScalar, isSeq, LineCounter, parseDocument, visit } from 'yaml';

/** A YAML syntax error at a 1-based line and column of the parsed text. */
export interface YamlError {
	/** The library's error code (`DUPLICATE_KEY`, `BAD_INDENT` …), for messages in Vietnamese. */
	code: string;
	/** The library's message, first line only (English). */
	message: string;
	line: number;
	column: number;
}

/** A parsed YAML text: its document (with node ranges), a line counter for them, and the data. */
export interface ParsedYaml {
	doc: Document;
	lines: LineCounter;
	/** Syntax errors; `data` is `undefined` when there is any. */
	errors: YamlError[];
	data: unknown;
}

/** Parses one YAML text. Never throws: syntax errors are returned with their place. */
export function parseYaml(text: string): ParsedYaml {
	const lines = new LineCounter();
	const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
	const errors = doc.errors.map((e): YamlError => {
		const pos = lines.linePos(e.pos[0]);
		return { code: e.code, message: e.message.split('\n')[0]!, line: pos.line, column: pos.col };
	});
	return { doc, lines, errors, data: errors.length ? undefined : doc.toJS() };
}

/** Line and column (1-based) of the node at `path`, or of its nearest existing parent; `undefined` for none. */
export function placeIn(parsed: Pick<ParsedYaml, 'doc' | 'lines'>, path: ReadonlyArray<string | number>): { line: number; column: number } | undefined {
	for (let n = path.length; n >= 0; n--) {
		const node = (n === 0 ? parsed.doc.contents : parsed.doc.getIn(path.slice(0, n), true)) as { range?: [number, number, number] } | null | undefined;
		if (node && typeof node === 'object' && node.range) {
			const pos = parsed.lines.linePos(node.range[0]);
			return { line: pos.line, column: pos.col };
		}
	}
	return undefined;
}

/** A YAML text that does not parse: `file:line:column: message`. */
export class YamlSyntaxError extends Error {
	readonly file: string;
	readonly errors: readonly YamlError[];
	constructor(file: string, errors: readonly YamlError[]) {
		super(errors.map((e) => `${file}:${e.line}:${e.column}: ${e.message}`).join('\n'));
		this.name = 'YamlSyntaxError';
		this.file = file;
		this.errors = errors;
	}
}

/** The data of a YAML text; throws a `YamlSyntaxError` naming `file`, line and column when it does not parse. */
export function yamlData(text: string, file = '(yaml)'): unknown {
	const parsed = parseYaml(text);
	if (parsed.errors.length) throw new YamlSyntaxError(file, parsed.errors);
	return parsed.data;
}

/** A comment of a written YAML document, at the node `path` (`[]` for the document). */
export interface YamlComment {
	path: ReadonlyArray<string | number>;
	/** On the node's line, after its value (scalars and one-line lists only). */
	after?: string;
	/** Lines above the node's key (or above the list item); for `[]`, above the document. */
	before?: string;
	/** Lines after the last entry of a block map or list, at its indentation; for `[]`, after the document. */
	end?: string;
}

const PLAIN_STRING = /^(?:[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*|\d{4}-\d{2}(?:-\d{2})?)$/;

/** `# text` lines: every line gets one space after the `#`; blank lines stay bare `#`. */
const commentText = (text: string) =>
	text
		.split('\n')
		.map((l) => (l ? ` ${l}` : ''))
		.join('\n');

/**
 * Writes data as a YAML document with comments, the way staff read it: ids, dates and keys plain,
 * other text double-quoted, lists of plain values on one line (`[a, b]`), lists of objects as
 * blocks, no line folding. `comments` must name existing nodes; a wrong path throws.
 */
export function writeYaml(data: unknown, comments: readonly YamlComment[] = [], header?: string): string {
	const doc = new Document(data);
	visit(doc, {
		Scalar(key, node) {
			if (key === 'value' && typeof node.value === 'string') {
				const s = node.value.normalize('NFC');
				node.value = s;
				node.type = PLAIN_STRING.test(s) ? 'PLAIN' : 'QUOTE_DOUBLE';
			}
		},
		Seq(_key, node) {
			if (node.items.every((item) => isScalar(item))) node.flow = true;
		},
	});
	for (const c of comments) {
		if (c.path.length === 0) {
			if (c.before) doc.commentBefore = commentText(c.before);
			if (c.end) doc.comment = commentText(c.end);
			continue;
		}
		const parent = c.path.length === 1 ? doc.contents : doc.getIn(c.path.slice(0, -1), true);
		const last = c.path[c.path.length - 1];
		let item: { commentBefore?: string | null } | undefined;
		let node: unknown;
		if (isMap(parent)) {
			const pair = parent.items.find((p) => isScalar(p.key) && p.key.value === last);
			item = pair && isScalar(pair.key) ? pair.key : undefined;
			node = pair?.value;
		} else if (isSeq(parent) && typeof last === 'number') {
			node = parent.items[last];
			item = node as { commentBefore?: string | null } | undefined;
		}
		if (!item) throw new Error(`writeYaml: no node at ${c.path.join('.')}`);
		if (c.before) item.commentBefore = commentText(c.before);
		if (c.end) {
			if (!(isMap(node) || isSeq(node)) || node.flow) throw new Error(`writeYaml: a comment at the end of ${c.path.join('.')} needs a block map or list`);
			node.comment = commentText(c.end);
		}
		if (c.after) {
			if (!isScalar(node) && !(isSeq(node) && node.flow)) throw new Error(`writeYaml: a comment after ${c.path.join('.')} needs a one-line value`);
			(node as { comment?: string }).comment = commentText(c.after);
		}
	}
	return doc.toString({ lineWidth: 0, flowCollectionPadding: false });
}
