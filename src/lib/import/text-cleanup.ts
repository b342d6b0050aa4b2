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
	/** The first line when it reads as a title (no final punctuation, not too long), else `null`. */
	title: string | null;
	/** A short unpunctuated last line (a signature such as `VTLH`), else `null`. */
	author: string | null;
	blocks: Block[];
	/** What was removed, for `source.note`: image file names, empty table markers. */
	removed: { images: string[]; tableMarkers: number };
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
	const removed = { images: [] as string[], tableMarkers: 0 };
	const items: RawItem[] = [];
	let group: Line[] = [];
	const flush = () => {
		if (group.length) items.push({ kind: 'lines', lines: group });
		group = [];
	};
	for (const rawLine of normalize(raw).split('\n')) {
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
	const first = paras[0];
	if (first && !TERMINAL.test(first.text) && wordCount(first.text) <= 40 && !first.afterImage) {
		title = first.text;
		paras.shift();
	}
	let author: string | null = null;
	const last = paras[paras.length - 1];
	if (last && paras.length > 1 && !TERMINAL.test(last.text) && wordCount(last.text) <= 8 && !last.text.startsWith('(') && !isCaptionLike(last.text)) {
		author = last.text;
		paras.pop();
	}

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
	return { title, author, blocks, removed };
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
