/**
 * The checker's verdict after a save in the editor (`npm run admin`): a panel over the editor
 * listing each message as `file:line:col` with the checker's own words. Errors of every file are
 * listed (a save can break another file, e.g. two articles that disagree); warnings only for the
 * file just saved.
 */
import { formatCheckMessage, type CheckResult } from '../lib/cms/check-output.ts';

export type { CheckResult };

export function showCheckResult(doc: Document, result: CheckResult, savedPath: string | undefined): void {
	doc.getElementById('archive-check')?.remove();
	const saved = (file: string) => (savedPath ? file.endsWith(savedPath) : false);
	const shown = result.messages.filter((m) => m.severity === 'error' || saved(m.file)).sort((a, b) => Number(saved(b.file)) - Number(saved(a.file)));
	const panel = doc.createElement('section');
	panel.id = 'archive-check';
	panel.className = result.ok ? 'archive-check archive-check--ok' : 'archive-check archive-check--error';
	panel.setAttribute('role', result.ok ? 'status' : 'alert');
	panel.setAttribute('aria-labelledby', 'archive-check-title');
	const title = doc.createElement('h2');
	title.id = 'archive-check-title';
	title.textContent = result.ok ? 'Kiểm tra nội dung: đạt' : 'Kiểm tra nội dung: có lỗi';
	const summary = doc.createElement('p');
	summary.textContent = result.ok
		? `${result.summary} Bài đã lưu có thể đăng.`
		: `${result.summary} Sửa các lỗi dưới đây rồi lưu lại; bản dựng sẽ không đăng khi còn lỗi.`;
	const list = doc.createElement('ul');
	for (const m of shown) {
		const item = doc.createElement('li');
		item.className = `archive-check__${m.severity}`;
		const code = doc.createElement('code');
		code.textContent = `${m.file}:${m.line}:${m.column}`;
		item.append(code, ` ${formatCheckMessage(m).slice(`${m.file}:${m.line}:${m.column}: `.length)}`);
		list.append(item);
	}
	const close = doc.createElement('button');
	close.type = 'button';
	close.textContent = 'Đóng';
	close.addEventListener('click', () => panel.remove());
	panel.append(title, summary, ...(shown.length ? [list] : []), close);
	doc.body.append(panel);
}
