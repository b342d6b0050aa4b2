/**
 * Turning a raw source text (copied from a web page, a PDF or OCR) into the blocks of an article
 * body: web-page leftovers removed, hard-wrapped lines joined into paragraphs, photo captions kept
 * in the archive's convention (`_Ảnh: …_`), short stand-alone lines as section headings, the first
 * line as the title and a trailing signature as the author.
 */
import { shadow } from './pattern.ts';

export type BlockKind = 'paragraph' | 'caption' | 'heading';

export interface Block {
	kind: BlockKind;
	/** Plain text of the block: for a caption, without the `Ảnh: ` prefix. */
	text: string;
}

export interface CleanedText {
	/** The headline: the first line that reads as a title (no final punctuation, not too long), else `null`. */
	title: string | null;
	/** True when the headline was printed in capitals and `title` is offered in sentence case. */
	titleRecased: boolean;
	/** The headline exactly as printed. */
	titlePrinted: string | null;
	/** A byline (`Tác giả: Thu Hà`, or a short unpunctuated last line such as `VTLH`), else `null`. */
	author: string | null;
	/** The publisher named by a `Nguồn: …` line, else `null`. */
	publisher: string | null;
	/** The date of the page's time stamp (`Cập nhật ngày 14/01/2020 - 15:20:31`) as `YYYY-MM-DD`, else `null`. */
	published: string | null;
	blocks: Block[];
	/** What was removed, for `source.note`: image file names, empty table markers, web-page lines. */
	removed: { images: string[]; tableMarkers: number; pageLines: string[] };
}

const DAYS = String.raw`(?:Thứ\s+(?:hai|ba|tư|năm|sáu|bảy|2|3|4|5|6|7)|Chủ\s+nhật)`;
const STAMP_DATE = String.raw`(\d{1,2})[/-](\d{1,2})[/-](\d{4})`;
const STAMP_TIME = String.raw`\d{1,2}:\d{2}(?::\d{2})?(?:\s*(?:AM|PM|SA|CH))?`;
/**
 * A page's time-stamp line: `Cập nhật ngày 14/01/2020 - 15:20:31`, `27-02-2018 10:15`, `Cập nhật lúc:
 * 09:05 21/01/2022`, `Thứ bảy, 16/01/2021 - 18:42`, `Ngày đăng: 30/01/2019 | Lượt xem: 312`, in brackets or not.
 */
export const STAMP_LINE = new RegExp(
	String.raw`^\(?\s*(?:(?:Cập\s+nhật|Ngày\s+đăng|Đăng\s+lúc|Đăng\s+ngày|Ngày\s+cập\s+nhật|Xuất\s+bản|Đăng|Ngày)(?:\s+(?:lúc|ngày))?\s*:?\s*)?(?:${DAYS}\s*,?\s*)?(?:${STAMP_TIME}\s*[-|,]?\s*)?${STAMP_DATE}(?:\s*[-|,]?\s*(?:lúc\s*)?${STAMP_TIME})?\s*(?:\|\s*Lượt\s+xem\s*:?\s*[\d.]+)?\s*\)?$`,
	'iu',
);
/** A breadcrumb: `Trang chủ > Kinh tế > Khu công nghiệp`, `Trang chủ / Tin tức - Sự kiện`. */
const BREADCRUMB = /^(?:Trang\s+chủ|Home)\s*[>»/|]/iu;
/** Share, print and view-count lines of a web page. */
const PAGE_CHROME = /^(?:Chia\s+sẻ|Bản\s+in|In\s+bài(?:\s+viết)?|Gửi\s+email|Lượt\s+xem|Facebook|Zalo|Twitter|Tweet|Quay\s+lại|Về\s+đầu\s+trang|Bình\s+luận)(?:[\s|:,]+(?:Chia\s+sẻ|Bản\s+in|In\s+bài(?:\s+viết)?|Facebook|Zalo|Twitter|Email|[\d.]+))*\s*$/iu;
/** Where the list of other articles starts: everything after it is dropped. */
const RELATED = /^(?:Tin\s+(?:liên\s+quan|khác|cùng\s+chuyên\s+mục|đã\s+đưa)|Bài\s+(?:liên\s+quan|viết\s+khác)|Xem\s+thêm|Các\s+tin\s+khác)\s*:?\s*$/iu;
/** A byline with its label: `Tác giả: Minh Phương`, `PV: …`. */
const BYLINE = /^(?:Tác\s+giả|Tin\s*,?\s*ảnh|Bài\s*,?\s*ảnh|Người\s+viết)\s*:\s*(.{2,60})$/iu;
/** A source credit: `Nguồn: Ban Quản lý Khu kinh tế tỉnh Quảng Bình`. */
const SOURCE_LINE = /^Nguồn\s*:\s*(.{2,120})$/iu;
/** A site label above the headline: an organisation's name in capitals, with no word of an event. */
const SITE_LABEL = /^(?:BAN\s+QUẢN\s+LÝ|BQL|SỞ|UBND|ỦY\s+BAN|CỔNG\s+THÔNG\s+TIN|TRANG\s+THÔNG\s+TIN|BÁO|TẠP\s+CHÍ)(?=\s|$)(?!.*(?:HỘI\s+NGHỊ|TỔNG\s+KẾT|SƠ\s+KẾT|THI\s+ĐUA))[^\p{Ll}]*$/u;

/** The ISO date of a stamp line, or `null`. */
export function stampDate(line: string): string | null {
	const m = STAMP_LINE.exec(line.trim());
	if (!m) return null;
	const [d, mo, y] = [m[1]!, m[2]!, m[3]!];
	const iso = `${y}-${mo.padStart(2, '0')}-${d.padStart(2, '0')}`;
	return Number(mo) >= 1 && Number(mo) <= 12 && Number(d) >= 1 && Number(d) <= 31 ? iso : null;
}

/** True for a line printed in capitals (at least three letters, none lower case). */
const allCaps = (s: string) => /\p{Lu}.*\p{Lu}.*\p{Lu}/u.test(s) && !/\p{Ll}/u.test(s);

/**
 * A headline printed in capitals, in sentence case: the first letter kept, each other word as the
 * body writes it when the body writes it capitalised (`Đông Nam Bộ`, `KCN`), else lower case.
 */
export function sentenceCase(headline: string, body: string): string {
	const forms = new Map<string, Set<string>>();
	for (const m of body.matchAll(/[\p{L}\p{M}]+/gu)) {
		const lower = m[0].toLocaleLowerCase('vi');
		if (!forms.has(lower)) forms.set(lower, new Set());
		forms.get(lower)!.add(m[0]);
	}
	let first = true;
	return headline.replace(/[\p{L}\p{M}]+/gu, (word) => {
		const lower = word.toLocaleLowerCase('vi');
		const seen = forms.get(lower);
		const written = seen && !seen.has(lower) ? [...seen].sort((a, b) => (b === b.toUpperCase() ? 1 : 0) - (a === a.toUpperCase() ? 1 : 0))[0]! : null;
		const out = written ?? (first ? lower[0]!.toLocaleUpperCase('vi') + lower.slice(1) : lower);
		first = false;
		return out;
	});
}

/** An image file name left by a web page, with or without its size: `hinh3.jpg (694 KB)`, `1.jpg (82 KB)`. */
export const IMAGE_LEFTOVER = /^\s*[\p{L}\p{N}_.\-~%]+\.(?:jpe?g|png|gif|webp|bmp|tiff?)\s*(?:\(\s*[\d.,]+\s*[kKmMgG]?[bB]\s*\))?\s*$/u;
/** An empty table row left by a web page: `| |`, `||`, `|  |  |`. */
export const TABLE_LEFTOVER = /^\s*\|[\s|]*$/;

const TERMINAL = /(?:[.!?…;:]|\.\/\.)["”’»)]*$/;
const SENTENCE_END = /[.!?…]["”’»)]*$/;
const CAPTION_OPENERS = ['toàn cảnh', 'quang cảnh', 'lãnh đạo', 'đại diện', 'các đại biểu', 'đại biểu', 'lễ ký kết', 'tặng hoa', 'trao tặng', 'chủ trì', 'ảnh'];

interface Line {
	text: string;
	indented: boolean;
}

type RawItem = { kind: 'lines'; lines: Line[] } | { kind: 'image' };

const wordCount = (s: string) => s.split(/\s+/).filter(Boolean).length;
const startsUpper = (s: string) => /^[\p{Lu}\d"“‘(\[]/u.test(s);
const startsLower = (s: string) => /^\p{Ll}/u.test(s);

function normalize(raw: string): string {
	return raw
		.replace(/^\uFEFF/, '')
		.normalize('NFC')
		.replace(/\r\n?/g, '\n')
		.replace(/[\u00A0\u2007\u202F\t]/g, ' ')
		.replace(/[\u200B-\u200D\u2060]/g, '');
}

/** Splits a group of consecutive lines into paragraphs, breaking where a short line ends one. */
function splitGroup(lines: Line[], wrapWidth: number): Line[][] {
	const paragraphs: Line[][] = [];
	let current: Line[] = [];
	lines.forEach((line, i) => {
		const next = lines[i + 1];
		current.push(line);
		if (!next) return;
		const short = line.text.length < 0.75 * wrapWidth;
		const layoutBreak = Number.isFinite(wrapWidth) && next.indented !== line.indented && startsUpper(next.text);
		const breakHere = (short && startsUpper(next.text)) || layoutBreak;
		if (breakHere) {
			paragraphs.push(current);
			current = [];
		}
	});
	if (current.length) paragraphs.push(current);
	return paragraphs;
}

function isCaptionLike(text: string): boolean {
	if (TERMINAL.test(text) && !/\)$/.test(text)) return false;
	const s = shadow(text, 'ocr');
	if (/^(?:ong|ba)\s/.test(s) && /^\S+\s+\p{Lu}/u.test(text) && /[-–]/.test(text)) return true;
	return CAPTION_OPENERS.some((o) => s.startsWith(shadow(o, 'clean') + ' '));
}

/** Cleans a decoded source text into title, body blocks and author. */
export function cleanupText(raw: string): CleanedText {
	const removed = { images: [] as string[], tableMarkers: 0, pageLines: [] as string[] };
	const items: RawItem[] = [];
	let group: Line[] = [];
	const flush = () => {
		if (group.length) items.push({ kind: 'lines', lines: group });
		group = [];
	};
	// Web-page chrome: stamps (the first gives the publication date), breadcrumbs, share lines, a
	// byline or source credit, a site label before the headline, and everything from “Tin liên quan” on.
	let published: string | null = null;
	let author: string | null = null;
	let publisher: string | null = null;
	const lines: string[] = [];
	let seenText = false;
	for (const rawLine of normalize(raw).split('\n')) {
		const t = rawLine.trim().replace(/\s+/g, ' ');
		if (RELATED.test(t)) {
			removed.pageLines.push(t);
			break;
		}
		const stamp = t ? stampDate(t) : null;
		const byline = BYLINE.exec(t);
		const credit = SOURCE_LINE.exec(t);
		if (stamp) published ??= stamp;
		if (byline) author ??= byline[1]!.trim();
		if (credit) publisher ??= credit[1]!.trim();
		if (stamp || byline || credit || BREADCRUMB.test(t) || PAGE_CHROME.test(t) || (!seenText && SITE_LABEL.test(t))) {
			removed.pageLines.push(t);
			// Keep paragraph breaks where a removed line stood.
			lines.push('');
			continue;
		}
		if (t) seenText = true;
		lines.push(rawLine);
	}
	for (const rawLine of lines) {
		if (IMAGE_LEFTOVER.test(rawLine)) {
			flush();
			removed.images.push(rawLine.trim());
			items.push({ kind: 'image' });
		} else if (TABLE_LEFTOVER.test(rawLine)) {
			flush();
			removed.tableMarkers++;
		} else if (!rawLine.trim()) {
			flush();
		} else {
			group.push({ text: rawLine.trim().replace(/\s+/g, ' '), indented: /^\s/.test(rawLine) });
		}
	}
	flush();

	// The wrap width of hard-wrapped text: the longer lines of multi-line groups.
	const wrapped = items.flatMap((it) => (it.kind === 'lines' && it.lines.length > 1 ? it.lines.map((l) => l.text.length) : []));
	wrapped.sort((a, b) => a - b);
	const wrapWidth = wrapped.length >= 5 ? wrapped[Math.floor(wrapped.length * 0.9)]! : Infinity;

	interface Para {
		text: string;
		afterImage: boolean;
		indented: boolean;
		/** Length of its last line: a full-width last line means the sentence runs on. */
		lastLine: number;
	}
	const paras: Para[] = [];
	let afterImage = false;
	for (const item of items) {
		if (item.kind === 'image') {
			afterImage = true;
			continue;
		}
		for (const lines of splitGroup(item.lines, wrapWidth)) {
			const text = lines.map((l) => l.text).join(' ');
			const indented = lines.every((l) => l.indented) && Number.isFinite(wrapWidth);
			const lastLine = lines[lines.length - 1]!.text.length;
			const prev = paras[paras.length - 1];
			// A stray blank line cut a sentence: it continues in lower case, after a comma or
			// semicolon, or after a full-width line of hard-wrapped text.
			const runsOn = prev && (startsLower(text) || /[,;]$/.test(prev.text) || prev.lastLine >= 0.75 * wrapWidth);
			if (prev && runsOn && !afterImage && !indented && !prev.indented && !SENTENCE_END.test(prev.text)) {
				prev.text += ' ' + text;
				prev.lastLine = lastLine;
				continue;
			}
			paras.push({ text, afterImage, indented, lastLine });
			afterImage = false;
		}
	}

	let title: string | null = null;
	let titleRecased = false;
	const first = paras[0];
	if (first && !TERMINAL.test(first.text) && wordCount(first.text) <= 40 && !first.afterImage) {
		title = first.text;
		paras.shift();
	}
	const last = paras[paras.length - 1];
	if (!author && last && paras.length > 1 && !TERMINAL.test(last.text) && wordCount(last.text) <= 8 && !last.text.startsWith('(') && !isCaptionLike(last.text)) {
		author = last.text;
		paras.pop();
	}
	const titlePrinted = title;
	if (title && allCaps(title)) {
		title = sentenceCase(title, paras.map((p) => p.text).join('\n'));
		titleRecased = true;
	}
	// A lead paragraph written as a list item (`- Hội nghị …`) is a paragraph, not a list.
	for (const p of paras) p.text = p.text.replace(/^[-–]\s+(?=\p{Lu})/u, '');

	const blocks: Block[] = paras.map((p) => {
		const text = p.text;
		const unpunctuated = !TERMINAL.test(text) || /\)$/.test(text);
		const parenthesised = /^\((?:[^()]|\([^()]*\))*\)$/.test(text);
		if (parenthesised && wordCount(text) >= 2) return { kind: 'caption', text: text.slice(1, -1).trim() };
		if (p.afterImage && unpunctuated && text.length < 500) return { kind: 'caption', text };
		if (!TERMINAL.test(text) && (isCaptionLike(text) || p.indented)) return { kind: 'caption', text };
		if (!TERMINAL.test(text) && wordCount(text) <= 20 && startsUpper(text)) return { kind: 'heading', text };
		return { kind: 'paragraph', text };
	});
	for (const b of blocks) if (b.kind === 'caption') b.text = b.text.replace(/^Ảnh\s*:\s*/u, '');
	return { title, titleRecased, titlePrinted, author, publisher, published, blocks, removed };
}

/** Escapes what Markdown would read as syntax, so the rendered text is the text. */
function escapeInline(text: string): string {
	return text.replace(/([\\*_`[\]<>])/g, '\\$1');
}
function escapeBlockStart(text: string): string {
	if (/^\d+[.)]\s/.test(text)) return text.replace(/^(\d+)([.)])/, '$1\\$2');
	return text.replace(/^(#{1,6}\s|>|[-+]\s|=+\s*$|-+\s*$)/, (m) => '\\' + m);
}

/** The Markdown of one block: paragraph, `_Ảnh: …_` caption or `## ` heading. */
export function blockToMarkdown(block: Block): string {
	if (block.kind === 'caption') return `_Ảnh: ${escapeInline(block.text)}_`;
	if (block.kind === 'heading') return `## ${escapeInline(block.text)}`;
	return escapeBlockStart(escapeInline(block.text));
}

/** The plain text a block renders to (what quotes are checked against). */
export function blockText(block: Block): string {
	return block.kind === 'caption' ? `Ảnh: ${block.text}` : block.text;
}

/** The Markdown body: blocks separated by blank lines. */
export function blocksToMarkdown(blocks: readonly Block[]): string {
	return blocks.map(blockToMarkdown).join('\n\n') + '\n';
}
