/**
 * What `npm run import` refuses, with a one-line message and no draft: an empty file, a binary
 * file (a picture, a PDF, a Word file), a text whose encoding cannot be told apart, and a text that
 * is not about a bloc's conference.
 */
import { detectEncoding, type SourceEncoding } from './encoding.ts';
import type { Extraction } from './extract.ts';

export type InputResult = { ok: true; encoding: SourceEncoding; text: string } | { ok: false; message: string };

/** Reads the bytes of a source file, or says in one line why it cannot be imported. */
export function readSource(name: string, bytes: Uint8Array): InputResult {
	if (bytes.length === 0) return { ok: false, message: `tệp ${name} trống: không có gì để nhập.` };
	// Text never holds NUL or many control bytes; pictures, PDFs and Word files do.
	const control = bytes.reduce((n, b) => n + (b === 0 || (b < 0x09) || (b > 0x0d && b < 0x20 && b !== 0x1b) ? 1 : 0), 0);
	if (bytes.includes(0) || control > bytes.length / 100) {
		return { ok: false, message: `${name} không phải tệp văn bản (có thể là ảnh, PDF hay tệp Word): chép nội dung bài vào một tệp .txt rồi nhập tệp đó.` };
	}
	const detected = detectEncoding(bytes);
	const legacy = (['windows-1258', 'tcvn3', 'vni'] as const).map((e) => detected.scores[e]).filter((s): s is number => s !== null).sort((a, b) => b - a);
	if (detected.scores['utf-8'] === null && (legacy[0]! <= 0 || legacy[0] === legacy[1])) {
		return { ok: false, message: `không nhận ra bảng mã của ${name} (không rõ là Windows-1258, TCVN3 hay VNI): mở tệp bằng trình soạn thảo, lưu lại dạng UTF-8 rồi nhập lại.` };
	}
	if (!detected.text.trim()) return { ok: false, message: `tệp ${name} chỉ có khoảng trắng: không có gì để nhập.` };
	return { ok: true, encoding: detected.encoding, text: detected.text };
}

/** Says why an extraction is not a bloc's conference article, or `null` when it is one. */
export function topicProblem(name: string, e: Extraction): string | null {
	if (e.bloc || e.year || e.conference.start || e.chair || e.elected.chair) return null;
	return `${name} không giống bài về hội nghị của một khối thi đua (không thấy tên khối, năm tổng kết hay ngày họp): không viết bài nháp.`;
}
