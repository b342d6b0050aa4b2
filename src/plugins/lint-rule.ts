/**
 * A lint rule in the style of `unified-lint-rule` (remarkjs/remark-lint,
 * packages/unified-lint-rule): the rule only calls `file.message(reason, {place, cause})` and
 * sets the fix on `note`; the wrapper stamps every message it added with `ruleId`, `source`
 * (`archive`), `url` (the rule's entry in the staff guide) and `fatal` (`true` for errors).
 * One shape for every diagnostic of the checker, the build and the tests.
 */
import type { VFile } from 'vfile';

/** Where the staff guide explains every rule, one heading (anchor) per rule id. */
export const RULE_DOCS = 'docs/huong-dan/loi-thuong-gap.md';

/** `error` fails `npm run check` and the build; `warning` is shown only. */
export type Severity = 'error' | 'warning';

/** What a rule is: `archive:<rule-id>`, and its default severity. */
export interface RuleMeta {
	origin: `archive:${string}`;
	/** Documentation URL; defaults to the rule's anchor in `RULE_DOCS`. */
	url?: string;
	/** Default `error`. */
	severity?: Severity;
}

/** A wrapped rule: run it on a tree (any input) and a file, optionally at another severity. */
export interface LintRule<Tree> {
	(tree: Tree, file: VFile, severity?: Severity): void;
	ruleId: string;
	source: string;
	url: string;
}

/** Every rule id defined with `lintRule` (the staff guide must explain each one: tested). */
export const RULE_IDS = new Set<string>();

/** The documentation URL of a rule id: its anchor in the staff guide. */
export const ruleUrl = (ruleId: string) => `${RULE_DOCS}#${ruleId}`;

/** Wraps `rule` so every message it adds to `file` carries `ruleId`, `source`, `url` and `fatal`. */
export function lintRule<Tree>(meta: RuleMeta, rule: (tree: Tree, file: VFile) => void): LintRule<Tree> {
	const [source, ruleId] = meta.origin.split(':') as [string, string];
	const url = meta.url ?? ruleUrl(ruleId);
	RULE_IDS.add(ruleId);
	const run = (tree: Tree, file: VFile, severity: Severity = meta.severity ?? 'error') => {
		const before = file.messages.length;
		rule(tree, file);
		for (const message of file.messages.slice(before)) stamp(message, { ruleId, source, url, fatal: severity === 'error' });
	};
	return Object.assign(run, { ruleId, source, url });
}

/** Sets the rule fields on a message made elsewhere (a plugin's, a parser's), keeping its own `ruleId` when it has one. */
export function stamp(message: VFile['messages'][number], fields: { ruleId?: string; source?: string; url?: string; fatal: boolean }): void {
	message.ruleId = fields.ruleId ?? message.ruleId;
	message.source = fields.source ?? 'archive';
	message.url = fields.url ?? (message.ruleId ? ruleUrl(message.ruleId) : undefined);
	message.fatal = fields.fatal;
}
