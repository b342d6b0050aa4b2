/**
 * Reads what `npm run check` prints (vfile-reporter: a file path, then one line per message,
 * `line:col  severity  reason  rule  source`) back into messages, so the editor
 * (`npm run admin`) and the pull request's CI annotations show the checker's own words. Pure.
 */

export interface CheckMessage {
	/** Path as printed, relative to where the checker ran. */
	file: string;
	line: number;
	column: number;
	severity: 'error' | 'warning' | 'info';
	message: string;
	rule: string;
}

export interface CheckResult {
	/** True when the checker exited 0 (no errors; warnings allowed). */
	ok: boolean;
	messages: CheckMessage[];
	/** The checker's last line (`31 tệp, 1 lỗi, 4 cảnh báo (1.2 s).`). */
	summary: string;
}

/** `line:col[-line:col]  severity  reason  rule  source`: the last two words are the rule and its source. */
const MESSAGE = /^\s*(?:(\d+):(\d+)(?:-\d+:\d+)?\s+)?(error|warning|info)\s+(.*?)\s+(\S+)\s+(\S+)\s*$/;
const SUMMARY = /^\d+ messages? \(|^\d+ (?:errors?|warnings?)/;

/** Strips ANSI colour codes (the reporter colours its output on a terminal). */
const plain = (text: string) => text.replace(/\u001b\[[0-9;]*m/g, '');

/** Parses the checker's output. Lines it does not recognise are ignored. */
export function parseCheckOutput(output: string, exitCode: number): CheckResult {
	const messages: CheckMessage[] = [];
	let file = '';
	const lines = plain(output).split(/\r?\n/);
	for (const line of lines) {
		if (line.trim() === '' || SUMMARY.test(line.trim())) continue;
		const m = MESSAGE.exec(line);
		if (m && file) {
			messages.push({ file, line: Number(m[1] ?? 1), column: Number(m[2] ?? 1), severity: m[3] as CheckMessage['severity'], message: m[4]!, rule: m[5]! });
			continue;
		}
		file = line.trim();
	}
	const summary = lines.map((l) => l.trim()).filter((l) => /^\d+ tệp,/.test(l)).at(-1) ?? '';
	return { ok: exitCode === 0, messages, summary };
}

/** `file:line:col: severity: message (rule)`, the form staff and CI logs read. */
export function formatCheckMessage(m: CheckMessage): string {
	return `${m.file}:${m.line}:${m.column}: ${m.severity === 'error' ? 'lỗi' : m.severity === 'warning' ? 'cảnh báo' : 'ghi chú'}: ${m.message}${m.rule ? ` (${m.rule})` : ''}`;
}

/** GitHub Actions workflow commands that annotate the pull request's files at each message. */
export function githubAnnotations(result: CheckResult, pathPrefix = ''): string[] {
	const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
	const escapeProp = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
	return result.messages.map((m) => {
		const command = m.severity === 'error' ? 'error' : m.severity === 'warning' ? 'warning' : 'notice';
		const title = m.rule ? `npm run check: ${m.rule}` : 'npm run check';
		return `::${command} file=${escapeProp(pathPrefix + m.file)},line=${m.line},col=${m.column},title=${escapeProp(title)}::${escapeData(m.message)}`;
	});
}

/** The pull request comment: every error and warning as `file:line:col`, errors first. */
export function pullRequestComment(result: CheckResult): string {
	const errors = result.messages.filter((m) => m.severity === 'error');
	const others = result.messages.filter((m) => m.severity !== 'error');
	const list = (ms: CheckMessage[]) => ms.map((m) => `- \`${m.file}:${m.line}:${m.column}\` ${m.message}${m.rule ? ` (\`${m.rule}\`)` : ''}`).join('\n');
	return [
		'<!-- archive-check -->',
		result.ok ? '### Kiểm tra nội dung: đạt' : '### Kiểm tra nội dung: có lỗi, chưa thể đăng',
		'',
		result.summary,
		...(errors.length ? ['', '**Lỗi** (phải sửa trước khi hợp nhất):', '', list(errors)] : []),
		...(others.length ? ['', '**Cảnh báo**:', '', list(others)] : []),
		'',
		'Sửa trong trình soạn thảo (/admin/) rồi lưu lại: kiểm tra sẽ chạy lại trên yêu cầu hợp nhất này.',
		'',
	].join('\n');
}
