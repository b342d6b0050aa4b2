/**
 * The one formatter of diagnostics, for `npm run check`, the build's failure and the tests:
 * `vfile-reporter` (path, then `line:col  error|warning  reason  rule  source`), verbose so it
 * prints each message's fix (`note`) and documentation (`url`), with those labels in Vietnamese:
 *
 * ```
 * content/articles/x.md
 *   9:3  error  `chair.unit`: Ban quản lý `zz` không tồn tại.  reference  archive
 *   → Dùng mã một tệp trong content/units/ …
 *   xem: docs/huong-dan/loi-thuong-gap.md#reference
 * ```
 */
import type { VFile } from 'vfile';
import { reporter } from 'vfile-reporter';

/** A message row of vfile-reporter: optional `line:col[-line:col]`, then the severity. */
const MESSAGE_ROW = /^ *(?:\d+:\d+(?:-\d+:\d+)? +)?(?:error|warning|info) /;

/** Options of `report`. */
export interface ReportOptions {
	/** Errors only (the build's failure: warnings are `npm run check`'s). */
	errorsOnly?: boolean;
}

/** Formats the files that have messages; `''` when none has. */
export function report(files: readonly VFile[], options: ReportOptions = {}): string {
	const withMessages = files.filter((f) => f.messages.some((m) => m.fatal || !options.errorsOnly));
	if (withMessages.length === 0) return '';
	const lines = reporter(withMessages, { quiet: true, silent: options.errorsOnly ?? false, verbose: true, color: false }).split('\n');
	// Drop vfile-reporter's English byline (`✖ 2 errors`): callers print a Vietnamese count.
	while (lines.length > 0 && (lines.at(-1) === '' || /^(?:\d+ messages \()?[✖⚠] /.test(lines.at(-1)!))) lines.pop();
	return relabel(lines).join('\n');
}

/**
 * The checker's compact report: the files the user is working on first, in full; other files'
 * errors (they block everyone) after them; other files' warnings summarised in one line.
 */
export function reportFocused(files: readonly VFile[], focus: ReadonlySet<string>): string {
	const mine = files.filter((f) => focus.has(f.path));
	const others = files.filter((f) => !focus.has(f.path));
	const warnings = others.filter((f) => f.messages.some((m) => !m.fatal));
	const count = warnings.reduce((n, f) => n + f.messages.filter((m) => !m.fatal).length, 0);
	const parts = [report(mine), report(others, { errorsOnly: true })];
	if (count > 0) parts.push(`Các tệp khác: ${count} cảnh báo trong ${warnings.length} tệp (xem hết: \`npm run check -- --all\`).`);
	return parts.filter(Boolean).join('\n\n');
}

/**
 * `[note]:` becomes `→ fix`, `[cause]:` becomes `liên quan: <file:line:col> …`, `[url]:` moves
 * after the fix as `xem: url`, and column padding shrinks to two spaces.
 */
function relabel(lines: readonly string[]): string[] {
	const out: string[] = [];
	let url: string | null = null;
	const flush = () => {
		if (url !== null) out.push(`  xem: ${url}`);
		url = null;
	};
	for (let i = 0; i < lines.length; i++) {
		const line = lines[i]!;
		const label = /^ {2}\[(note|url|cause)\]:$/.exec(line)?.[1];
		if (label === 'url') {
			url = lines[++i]!.trim();
		} else if (label === 'note') {
			out.push(`  → ${lines[++i]!.trim()}`);
			while (i + 1 < lines.length && lines[i + 1]!.startsWith('    ')) out.push(`    ${lines[++i]!.trim()}`);
		} else if (label === 'cause') {
			out.push(`  liên quan: ${lines[++i]!.trim().replace(/^(?:\S+ +)?info +/, '')}`);
		} else {
			flush();
			// Columns are aligned over the whole report: one long reason would pad every row. Keep them compact.
			out.push(MESSAGE_ROW.test(line) ? `  ${line.replace(/ {3,}/g, '  ').trim()}` : line);
		}
	}
	flush();
	return out;
}
