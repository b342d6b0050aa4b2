/**
 * Pre-filling an article's front matter from its raw text. Everything found here is a proposal for
 * a person to check: each finding carries a `review` note (written as `# KIỂM TRA: …` in the draft)
 * saying where it came from and what is uncertain. What the text does not state stays `null`.
 *
 * Patterns are Vietnamese phrases compiled by `kw()` for the text's condition (see `pattern.ts`),
 * matched on the folded shadow, and every quote is cut from the cleaned block text, so it is an
 * exact substring of a body paragraph.
 */
import { slugify } from '../text/slug.ts';
import type { Vocabulary } from '../indicators/figures.ts';
import { buildBoardIndex, canonicalBoardName, findBoardMentions, levenshtein, type BoardIndex, type BoardMention, type UnitRecord } from './board-match.ts';
import { detectDamage } from './damage.ts';
import { findDatePhrases } from './date-phrase.ts';
import { parsePartialDate } from '../text/partial-date.ts';
import { discoverBoards } from './new-boards.ts';
import { provincesIn } from './provinces.ts';
import { anyKw, kw, shadow, ShadowText, type TextMode } from './pattern.ts';
import { blockText, cleanupText, type Block, type CleanedText } from './text-cleanup.ts';

/** What the extractor needs of a bloc entry. */
export interface BlocRecord {
	id: string;
	kind: 'khoi' | 'cum';
	/** Official names, short names and variants. */
	names: string[];
	region: string;
	from?: number;
	to?: number;
}

/** Builds a `BlocRecord` from a parsed `content/blocs/<id>.yaml`. */
export function blocRecord(
	id: string,
	data: { kind?: string; names?: { name: string; short?: string }[]; variants?: string[]; region?: string; from?: number; to?: number },
): BlocRecord {
	const names = [...(data.names ?? []).flatMap((n) => [n.name, n.short ?? n.name]), ...(data.variants ?? [])];
	return { id, kind: data.kind === 'cum' ? 'cum' : 'khoi', names: [...new Set(names)], region: data.region ?? '', from: data.from, to: data.to };
}

export interface Finding<T> {
	value: T;
	/** Why and how sure, for the `# KIỂM TRA:` comment. */
	review: string;
}

export interface RoleFinding {
	unit: string;
	quote: string;
	review: string;
}

export interface DraftBloc {
	id: string;
	kind: 'khoi' | 'cum';
	name: string;
	short: string;
	region: string | null;
	/** The member boards the article names, with the role it states (`Khối trưởng`), ids as in `unit`. */
	members: Array<{ unit: string; role: string | null }>;
}

/** A board the article names that the archive lacks: a draft for `content/units/_draft-<id>.yaml`. */
export interface DraftUnit {
	id: string;
	/** The name as written. */
	name: string;
	province: string;
	/** Other forms of the name seen in the article. */
	variants: string[];
}

/** An existing article, to recognise a second report of the same conference. */
export interface ArticleRecord {
	id: string;
	bloc: string;
	year: number;
	event: 'tong-ket' | 'so-ket';
	/** `conference.start` as written (`2021-01-15`), or null. */
	start: string | null;
}

export interface AwardFinding {
	kind: 'flag' | 'merit' | 'leading' | 'other';
	name: string;
	recipients: string[];
	/** Recipients named in the text that match no board of the archive. */
	unmatched: string[];
	count: number | null;
	status: 'proposed' | 'conferred';
	by: string | null;
	quote: string;
	review: string;
}

export interface OfficialFinding {
	name: string;
	title: string;
	review: string;
}

export interface FigureFinding {
	key: string | null;
	scope: 'total' | 'FDI' | 'DDI';
	measure: 'value' | 'equivalent' | 'plan' | 'percent-of-plan' | 'growth-percent' | 'percent-of-registered';
	printed: string;
	quote: string;
	asOf: string | null;
	estimate: boolean;
	review: string;
}

export interface Extraction {
	condition: TextMode;
	damageReasons: string[];
	cleaned: CleanedText;
	title: string | null;
	bloc: Finding<string> | null;
	draftBloc: DraftBloc | null;
	year: Finding<number> | null;
	event: 'tong-ket' | 'so-ket';
	conference: {
		start: Finding<string> | null;
		end: Finding<string> | null;
		place: Finding<string> | null;
		host: Finding<string[]> | null;
		quote: string | null;
	};
	chair: RoleFinding | null;
	viceChair: RoleFinding | null;
	elected: { year: number | null; chair: RoleFinding | null; viceChair: RoleFinding | null };
	nextConference: { host: string[]; place: string | null; quote: string; review: string } | null;
	awards: AwardFinding[];
	officials: OfficialFinding[];
	figures: FigureFinding[];
	/** The page's publication date from its time stamp (`2020-01-14`), never the conference's. */
	published: string | null;
	/** An existing article reporting the same conference (same bloc, year and date). */
	duplicateOf: { id: string; review: string } | null;
	/** Boards named that the archive lacks, drafted for content/units/. */
	draftUnits: DraftUnit[];
}

export interface ExtractContext {
	units: readonly UnitRecord[];
	blocs: readonly BlocRecord[];
	/** The indicator vocabulary: figures are keyed by its `cues`. */
	vocabulary: Vocabulary;
	/** The archive's articles, to recognise a second report of a conference it holds. */
	articles?: readonly ArticleRecord[];
}

/** A mention cut at a dash inside a province's name (`… tỉnh Bà Rịa - Vũng Tàu`) runs to its end. */
function overDash(text: string, m: BoardMention): BoardMention {
	const tail = /^\s[-–]\s(?:\p{Lu}[\p{L}\p{M}]*)(?:\s\p{Lu}[\p{L}\p{M}]*){0,2}/u.exec(text.slice(m.end));
	if (!tail) return m;
	const longer = text.slice(m.start, m.end + tail[0].length);
	const hit = provincesIn(longer).pop();
	if (!hit || hit.index + hit.text.length <= m.end - m.start) return m;
	const end = m.start + hit.index + hit.text.length;
	return { ...m, end, text: text.slice(m.start, end) };
}

/** One block of the body, with its shadow, sentences and board mentions. */
interface Doc {
	block: Block;
	text: ShadowText;
	sentences: { start: number; end: number }[];
	mentions: BoardMention[];
}

function sentencesOf(text: string): { start: number; end: number }[] {
	const out: { start: number; end: number }[] = [];
	let start = 0;
	for (const m of text.matchAll(/(?:[.!?…]|\.\/\.)["”’)]*(?=\s+["“(]?[\p{Lu}\d])/gu)) {
		// Not after a one-letter initial or common abbreviation (TP. Hồ Chí Minh).
		const before = text.slice(Math.max(0, m.index - 3), m.index);
		if (/(?:^|\s)(?:TP|Tp|ThS|TS|PGS|GS|\p{Lu})$/u.test(before)) continue;
		const end = m.index + m[0].length;
		out.push({ start, end });
		start = end;
		while (start < text.length && /\s/.test(text[start]!)) start++;
	}
	if (start < text.length) out.push({ start, end: text.length });
	return out;
}

/** Trims a range to its text without surrounding spaces and a final period. */
function trimRange(text: string, start: number, end: number): [number, number] {
	while (start < end && /[\s,;:]/.test(text[start]!)) start++;
	while (end > start && /[\s.,;:]/.test(text[end - 1]!)) end--;
	return [start, end];
}

const cutQuote = (doc: Doc, start: number, end: number) => {
	const [s, e] = trimRange(doc.text.text, start, end);
	return doc.text.text.slice(s, e);
};

function sentenceAt(doc: Doc, index: number) {
	return doc.sentences.find((s) => index >= s.start && index < s.end) ?? { start: 0, end: doc.block.text.length };
}

/** Start of the clause (after the last `;` of the sentence) that contains `index`. */
function clauseStart(doc: Doc, index: number): number {
	const sentence = sentenceAt(doc, index);
	const semi = doc.block.text.lastIndexOf(';', index - 1);
	return semi >= sentence.start ? semi + 1 : sentence.start;
}
function clauseEnd(doc: Doc, index: number): number {
	const sentence = sentenceAt(doc, index);
	const semi = doc.block.text.indexOf(';', index);
	return semi >= 0 && semi < sentence.end ? semi : sentence.end;
}

// ————————————————————————————————————————————————————————————— bloc

const BLOC_STOP_WORDS = ['đã', 'tổ chức', 'năm', 'sẽ', 'trong', 'với', 'là', 'tại', 'đăng cai', 'gồm', 'viết tắt', 'gọi tắt', 'được', 'theo', 'cho', 'nói', 'đạt', 'hoàn thành', 'luôn', 'tiếp tục', 'cùng', 'trên'];
const ZONE_ABBR = /^(?:KCN|KCX|KKT|KCNC|CX|khu)$/u;

/** Phrases that name a bloc in full: `Khối thi đua Ban Quản lý … các tỉnh đồng bằng sông Hồng`. */
function blocPhrases(doc: { text: ShadowText }): { start: number; end: number; text: string }[] {
	const st = doc.text;
	const mode = st.mode;
	const phrases: { start: number; end: number; text: string }[] = [];
	const stop = new RegExp(`^(?:${anyKw(BLOC_STOP_WORDS, mode)})`);
	for (const m of st.all(anyKw(['khối thi đua', 'cụm thi đua'], mode))) {
		const start = m.index;
		let end = start + m[0].length;
		let pos = end;
		let words = 0;
		for (;;) {
			const rest = st.text.slice(pos);
			const token = /^(\s*)(,\s*)?(\([^()]{1,12}\)|[^\s,;.()]+)/u.exec(rest);
			if (!token || words > 30) break;
			const word = token[3]!;
			const at = pos + token[1]!.length + (token[2]?.length ?? 0);
			if (token[2] && !ZONE_ABBR.test(word.replace(/[()]/g, ''))) break;
			if (word.startsWith('(') && !/^\([\p{Lu}]{2,5}\)$/u.test(word)) break;
			if (stop.test(st.shadow.slice(at))) break;
			if (/^(?:-|–)$/.test(word)) break;
			// `và` only continues a name before a zone word or a capitalised region.
			if (/^(?:và|va)$/u.test(word)) {
				const next = /^\s*(\S+)/u.exec(st.text.slice(at + word.length))?.[1] ?? '';
				if (!ZONE_ABBR.test(next) && !/^\p{Lu}/u.test(next) && !/^(?:duyên|duyen|miền|mien)$/u.test(next)) break;
			}
			pos = at + word.length;
			end = pos;
			words++;
		}
		const text = st.text.slice(start, end);
		if (words >= 3) phrases.push({ start, end, text });
	}
	return phrases;
}

/** The regions blocs are named after, longest form first, with the id a bloc of it is filed under. */
const REGIONS: ReadonlyArray<{ name: string; forms: string[] }> = [
	{ name: 'Tây Nguyên và duyên hải miền Trung', forms: ['Tây Nguyên và duyên hải miền Trung', 'Tây Nguyên và Duyên hải miền Trung'] },
	{ name: 'Trung du và miền núi phía Bắc', forms: ['trung du và miền núi phía Bắc', 'trung du miền núi phía Bắc', 'miền núi phía Bắc'] },
	{ name: 'Đồng bằng sông Cửu Long', forms: ['đồng bằng sông Cửu Long'] },
	{ name: 'Đồng bằng sông Hồng', forms: ['đồng bằng sông Hồng'] },
	{ name: 'Duyên hải Nam Trung Bộ', forms: ['duyên hải Nam Trung Bộ'] },
	{ name: 'Duyên hải miền Trung', forms: ['duyên hải miền Trung'] },
	{ name: 'Bắc Trung Bộ', forms: ['Bắc Trung Bộ'] },
	{ name: 'Nam Trung Bộ', forms: ['Nam Trung Bộ'] },
	{ name: 'Đông Nam Bộ', forms: ['Đông Nam Bộ'] },
	{ name: 'Tây Nam Bộ', forms: ['Tây Nam Bộ'] },
	{ name: 'Tây Nguyên', forms: ['Tây Nguyên'] },
];

/** The first region named in a text, by its folded form. */
function regionIn(text: string): { name: string; id: string } | null {
	const folded = ` ${shadow(text, 'clean').replace(/[^a-z0-9]+/g, ' ')} `;
	let best: { name: string; id: string; at: number; length: number } | null = null;
	for (const r of REGIONS) {
		for (const f of r.forms) {
			const form = ` ${shadow(f, 'clean').replace(/[^a-z0-9]+/g, ' ')} `;
			const at = folded.indexOf(form);
			if (at >= 0 && (!best || at < best.at || (at === best.at && form.length > best.length))) best = { name: r.name, id: slugify(r.name.replace(/\s+và\s+/u, ' ')), at, length: form.length };
		}
	}
	return best && { name: best.name, id: best.id };
}

function regionOf(phrase: string): string | null {
	const m = /(?:các\s+tỉnh|tỉnh|khu vực|vùng|các\s+cac\s+tinh)\s+(.+)$/iu.exec(phrase) ?? /\b(?:KKT|KCNC|KCX|KCN)\s+(?!và\b)(\p{Lu}.+)$/u.exec(phrase);
	return m ? m[1]!.trim() : null;
}

function detectBloc(docs: Doc[], title: ShadowText | null, blocs: readonly BlocRecord[], year: number | null, mode: TextMode): { bloc: Finding<string> | null; draft: DraftBloc | null } {
	const phrases = [...(title ? blocPhrases({ text: title }) : []), ...docs.flatMap((d) => blocPhrases(d))];
	const score = new Map<string, number>();
	const canonBloc = blocs.map((b) => ({
		b,
		names: b.names.map((n) => canonicalBoardName(n, mode === 'ocr' ? 'clean' : mode)),
		region: canonicalBoardName(b.region, mode === 'ocr' ? 'clean' : mode),
	}));
	for (const p of phrases) {
		const canon = canonicalBoardName(p.text, mode);
		const kind = /^c/.test(canon) ? 'cum' : 'khoi';
		for (const { b, names, region } of canonBloc) {
			let s = 0;
			if (names.includes(canon)) s = 3;
			else if (names.some((n) => levenshtein(n, canon) / Math.max(n.length, canon.length) <= 0.15)) s = 2.5;
			else if (region && canon.includes(region)) s = b.kind === kind ? 2 : 0.5;
			if (s && year !== null) {
				if ((b.from !== undefined && year < b.from) || (b.to !== undefined && year > b.to)) s -= 1;
			}
			if (s > 0) score.set(b.id, (score.get(b.id) ?? 0) + s);
		}
	}
	const ranked = [...score].sort((a, b) => b[1] - a[1]);
	if (ranked.length && ranked[0]![1] >= 2) {
		const [id, s] = ranked[0]!;
		const runnerUp = ranked[1];
		const review = runnerUp && runnerUp[1] > s / 2 ? `khớp tên khối trong bài; cũng gần với \`${runnerUp[0]}\`` : 'khớp tên khối trong bài';
		return { bloc: { value: id, review }, draft: null };
	}
	if (!phrases.length) return { bloc: null, draft: null };
	// A bloc the archive does not have yet: an id from its region and number (`tay-nam-bo-1`), and an
	// entry from its longest name in the text.
	const longest = [...phrases].sort((a, b) => b.text.length - a.text.length)[0]!;
	const all = [title?.text ?? '', ...docs.map((d) => d.text.text)].join('\n');
	const region = regionIn(phrases.map((p) => p.text).join('\n')) ?? regionIn(all);
	const number = /(?:khối|cụm)\s+thi\s+đua\s+số\s+(\d{1,2})\b/iu.exec(all)?.[1] ?? null;
	const kind = /^c/i.test(canonicalBoardName(longest.text, mode)) ? 'cum' : 'khoi';
	const id = region ? `${region.id}${number ? `-${Number(number)}` : ''}` : slugify(longest.text.replace(/^\S+\s+thi\s+\S+\s*/u, '')) || 'khoi-moi';
	const short = `${kind === 'cum' ? 'Cụm' : 'Khối'}${number ? ` số ${Number(number)}` : ''} ${region?.name ?? ''}`.trim();
	return {
		bloc: { value: id, review: `khối chưa có trong kho; hoàn thiện content/blocs/_draft-${id}.yaml rồi đổi tên thành ${id}.yaml` },
		draft: { id, kind, name: longest.text, short, region: region?.name ?? null, members: [] },
	};
}

// ————————————————————————————————————————————————————————————— year

function detectYear(docs: { text: ShadowText }[], mode: TextMode): { year: Finding<number> | null; event: 'tong-ket' | 'so-ket' } {
	const votes = new Map<string, number>();
	const future = kw('sẽ', mode);
	for (const { text } of docs) {
		for (const [event, phrase] of [
			['tong-ket', 'tổng kết'],
			['so-ket', 'sơ kết'],
		] as const) {
			const re = `${kw(phrase, mode)}[^.;]{0,100}?${kw('năm', mode)}\\s*(\\d{4})(?!\\d)`;
			for (const m of text.all(re)) {
				const sentenceStart = Math.max(text.shadow.lastIndexOf('.', m.index), 0);
				if (new RegExp(future).test(text.shadow.slice(sentenceStart, m.index + m[0].length))) continue;
				const key = `${event}:${m[1]}`;
				votes.set(key, (votes.get(key) ?? 0) + 1);
			}
		}
	}
	const ranked = [...votes].sort((a, b) => b[1] - a[1]);
	if (ranked.length) {
		const [key, n] = ranked[0]!;
		const [event, y] = key.split(':') as ['tong-ket' | 'so-ket', string];
		const others = ranked.slice(1).map(([k]) => k.split(':')[1]);
		const review = `từ “${event === 'tong-ket' ? 'tổng kết' : 'sơ kết'} … năm ${y}” (${n} lần)` + (others.length ? `; bài cũng nêu năm ${[...new Set(others)].join(', ')}` : '');
		return { year: { value: Number(y), review }, event };
	}
	for (const { text } of docs) {
		const m = text.first(`${kw('giao ước thi đua', mode)}[^.;]{0,40}?${kw('năm', mode)}\\s*(\\d{4})(?!\\d)`);
		if (m) return { year: { value: Number(m[1]) - 1, review: `suy ra từ “giao ước thi đua năm ${m[1]}”: bài không ghi năm tổng kết` }, event: 'tong-ket' };
	}
	return { year: null, event: 'tong-ket' };
}

// ————————————————————————————————————————————————————————————— conference

const PLACE_ADMIN = ['tỉnh', 'thành phố', 'TP', 'huyện', 'thị xã', 'quận', 'thị trấn'];
const NOT_PLACE = ['hội', 'thông', 'nghị', 'văn', 'quyết', 'khối', 'cụm', 'ban', 'bộ', 'vụ', 'công', 'kế', 'hướng', 'chương', 'đại', 'lễ', 'phiên', 'buổi', 'điều', 'luật', 'báo'];

/** Places introduced by `tại` in a range: `tại tỉnh Hải Dương`, `tại thành phố Nha Trang`, `tại Hà Nội và Bắc Ninh`. */
function placesIn(doc: Doc, from: number, to: number): { start: number; end: number; text: string }[] {
	const st = doc.text;
	const out: { start: number; end: number; text: string }[] = [];
	const admin = new RegExp(`^${anyKw(PLACE_ADMIN, st.mode)}\\.?\\s+`);
	const notPlace = new Set(NOT_PLACE.map((w) => new ShadowText(w, 'clean').shadow));
	for (const m of st.all(kw('tại', st.mode), from, to)) {
		let pos = m.index + m[0].length;
		while (/\s/.test(st.text[pos] ?? '')) pos++;
		const start = pos;
		const adm = admin.exec(st.shadow.slice(pos));
		if (adm) pos += adm[0].length;
		let end = -1;
		let words = 0;
		for (;;) {
			const w = /^\p{Lu}[\p{L}\p{M}]*/u.exec(st.text.slice(pos));
			if (!w) break;
			if (words === 0 && notPlace.has(st.shadow.slice(pos, pos + w[0].length))) break;
			pos += w[0].length;
			end = pos;
			words++;
			const join = /^\s+(?:va\s+)?/.exec(st.shadow.slice(pos));
			if (!join || !/^\p{Lu}/u.test(st.text.slice(pos + join[0].length))) break;
			pos += join[0].length;
		}
		if (end > start && words >= 1 && words <= 8) out.push({ start, end, text: st.text.slice(start, end) });
	}
	return out;
}

/** The place a board gives when the conference is held at it: `tại (trụ sở) Ban Quản lý … tỉnh X` is `tỉnh X`. */
function boardPlace(doc: Doc, from: number, to: number): { text: string; review: string } | null {
	for (const m of doc.text.all(`${kw('tại', doc.text.mode)}\\s+(?:${kw('trụ sở', doc.text.mode)}\\s+)?`, from, to)) {
		const board = doc.mentions.find((x) => x.start === m.index + m[0].length);
		if (!board) continue;
		const hit = provincesIn(board.text).pop();
		if (!hit) continue;
		const admin = /(?:tỉnh|thành phố|TP\.?)\s*$/u.exec(board.text.slice(0, hit.index));
		const text = admin ? `${admin[0].trim()} ${hit.text}`.replace(/^TP\.?\s/u, 'thành phố ') : hit.text;
		return { text, review: `tỉnh, thành phố của ban quản lý nơi họp (“${cutQuote(doc, m.index, board.end)}”); không suy ra đơn vị đăng cai` };
	}
	return null;
}

function detectConference(docs: Doc[], year: number | null, mode: TextMode, event: 'tong-ket' | 'so-ket' = 'tong-ket') {
	const paras = docs.filter((d) => d.block.kind === 'paragraph');
	let best: { doc: Doc; start: string; end: string | null; index: number; score: number; review?: string } | null = null;
	const eventCue = anyKw(['hội nghị', 'tổ chức', 'đăng cai', 'diễn ra'], mode);
	const futureCue = kw('sẽ', mode);
	const stockCue = new RegExp(`(?:${anyKw(['tính đến', 'đến ngày', 'lũy kế', 'luỹ kế', 'đến hết'], mode)})\\s*(?:${kw('ngày', mode)})?\\s*$`);
	for (const doc of paras) {
		for (const d of findDatePhrases(doc.text.shadow)) {
			const sentence = sentenceAt(doc, d.index);
			const cs = clauseStart(doc, d.index);
			const ce = clauseEnd(doc, d.index);
			const before = doc.text.shadow.slice(Math.max(cs, d.index - 40), d.index);
			let score = 0;
			if (doc.text.has(eventCue, cs, sentence.end)) score += 3;
			if (new RegExp(`${kw('ngày', mode)}\\s*$`).test(before)) score += 1;
			if (/(?:so|số)\s*\S+\s+(?:ngay|ngày)\s*$/.test(before) || /\d+\/[a-z0-9-]+\s+(?:ngay|ngày)\s*$/.test(before)) score -= 5;
			if (stockCue.test(before)) score -= 5;
			if (doc.text.has(futureCue, cs, ce)) score -= 5;
			const y = Number(d.start.slice(0, 4));
			if (year !== null && y !== year && y !== year + 1) score -= 3;
			if (!best || score > best.score) best = { doc, start: d.start, end: d.end, index: d.index, score };
		}
	}
	// A date without its year (`Ngày 24/02, tại …`) in the sentence of the conference: the year follows
	// from the reviewed year and the event (a year-end review meets from December to spring), never
	// from the page's stamp, and the draft says it was inferred.
	if ((!best || best.score < 3) && year !== null) {
		for (const doc of paras) {
			for (const m of doc.text.all(`${kw('ngày', mode)}\\s*(\\d{1,2})\\s*[/-]\\s*(\\d{1,2})(?![\\d/-])`)) {
				const sentence = sentenceAt(doc, m.index);
				if (!doc.text.has(eventCue, sentence.start, sentence.end) || doc.text.has(futureCue, sentence.start, sentence.end)) continue;
				const [day, month] = [Number(m[1]), Number(m[2])];
				const y = event === 'so-ket' || month >= 11 ? year : year + 1;
				const iso = `${y}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
				if (!parsePartialDate(iso).ok) continue;
				best = { doc, start: iso, end: null, index: m.index, score: 3, review: `bài không ghi năm (“${m[0].trim()}”): năm ${y} suy ra từ năm tổng kết ${year}; không lấy từ ngày đăng trang` };
				break;
			}
			if (best && best.score >= 3) break;
		}
	}
	if (!best || best.score < 3) return { start: null, end: null, place: null, quote: null, doc: null as Doc | null, index: -1 };
	const { doc } = best;
	const sentence = sentenceAt(doc, best.index);
	const cs = clauseStart(doc, best.index);
	const places = placesIn(doc, cs, sentence.end);
	let place: { text: string; review: string } | null = places.sort((a, b) => Math.abs(a.start - best!.index) - Math.abs(b.start - best!.index)).map((p) => ({ text: p.text, review: 'địa điểm theo “tại …” trong câu trích' }))[0] ?? null;
	// `tại trụ sở Ban Quản lý … tỉnh X`, `tổ chức tại Ban Quản lý Khu kinh tế X`: the board's province.
	place ??= boardPlace(doc, cs, sentence.end);
	// The place may follow in the next sentence: `Hội nghị diễn ra tại thành phố Hồ Chí Minh.`
	for (const next of doc.sentences.filter((x) => x.start >= sentence.end)) {
		if (place) break;
		if (!doc.text.has(kw('hội nghị', mode), next.start, next.end) || !doc.text.has(anyKw(['tổ chức tại', 'diễn ra tại', 'họp tại', 'được tổ chức'], mode), next.start, next.end)) continue;
		const p = placesIn(doc, next.start, next.end)[0];
		place = p ? { text: p.text, review: 'địa điểm theo “tại …” trong câu sau câu nêu ngày họp' } : boardPlace(doc, next.start, next.end);
	}
	return {
		start: { value: best.start, review: best.review ?? 'ngày hội nghị theo câu trích; kiểm tra đây là ngày họp, không phải ngày văn bản' },
		end: best.end ? { value: best.end, review: 'ngày cuối của hội nghị nhiều ngày' } : null,
		place: place ? { value: place.text, review: place.review } : null,
		quote: cutQuote(doc, cs, sentence.end),
		doc,
		index: best.index,
	};
}

function detectHost(docs: Doc[], conf: { doc: Doc | null; index: number }, mode: TextMode) {
	const future = kw('sẽ', mode);
	for (const doc of docs.filter((d) => d.block.kind === 'paragraph')) {
		for (const m of doc.text.all(kw('đăng cai', mode))) {
			const cs = clauseStart(doc, m.index);
			if (doc.text.has(future, cs, m.index)) continue;
			const hosts = doc.mentions.filter((x) => x.start >= cs && x.end <= m.index);
			if (hosts.length) {
				return { host: { value: [...new Set(hosts.map((h) => h.id))], review: 'đơn vị đứng trước “đăng cai”' }, quote: cutQuote(doc, cs, clauseEnd(doc, m.index)) };
			}
		}
	}
	if (conf.doc) {
		const doc = conf.doc;
		const cs = clauseStart(doc, conf.index);
		const org = doc.text.first(`${kw('tổ chức', mode)}\\s+${kw('hội nghị', mode)}`, conf.index, sentenceAt(doc, conf.index).end);
		if (org) {
			// A board the conference was held at (`tại trụ sở Ban Quản lý …`) is a place, not a host.
			const atPlace = (x: BoardMention) => new RegExp(`${kw('tại', mode)}\\s+(?:${kw('trụ sở', mode)}\\s+)?$`).test(doc.text.shadow.slice(Math.max(0, x.start - 20), x.start));
			const hosts = doc.mentions.filter((x) => x.start >= cs && x.end <= org.index && !atPlace(x));
			if (hosts.length) return { host: { value: [...new Set(hosts.map((h) => h.id))], review: 'đơn vị “tổ chức Hội nghị” trong câu nêu ngày họp; bài không dùng chữ “đăng cai”' }, quote: null };
		}
	}
	return { host: null, quote: null };
}

function detectNextConference(docs: Doc[], mode: TextMode) {
	const re = `${kw('sẽ', mode)}[^.]{0,80}?(?:${anyKw(['đăng cai', 'tổ chức'], mode)})`;
	for (const doc of docs.filter((d) => d.block.kind === 'paragraph')) {
		for (const m of doc.text.all(re)) {
			const sentence = sentenceAt(doc, m.index);
			if (!doc.text.has(kw('hội nghị', mode), sentence.start, sentence.end)) continue;
			const host = [...new Set(doc.mentions.filter((x) => x.start >= m.index && x.start < sentence.end).map((x) => x.id))];
			if (!host.length) continue;
			const place = placesIn(doc, m.index, sentence.end)[0] ?? null;
			return { host, place: place?.text ?? null, quote: cutQuote(doc, sentence.start, sentence.end), review: 'câu báo hội nghị lần sau (“sẽ … đăng cai/tổ chức”)' };
		}
	}
	return null;
}

// ————————————————————————————————————————————————————————————— roles

const CHAIR = ['khối trưởng', 'cụm trưởng', 'trưởng khối', 'trưởng cụm'];
const VICE = ['khối phó', 'cụm phó', 'phó khối', 'phó cụm'];
const ELECTION = ['bầu ban', 'bầu BQL', 'tín nhiệm', 'tiếp nhận nhiệm vụ', 'nhận nhiệm vụ', 'được chọn', 'lựa chọn', 'suy tôn', 'thống nhất chọn', 'nhất trí chọn', 'chọn ban', 'được bầu làm', 'nhất trí bầu', 'đã bầu'];

interface RoleHit {
	role: 'chair' | 'vice';
	elected: boolean;
	year: number | null;
	unit: string;
	quote: string;
}

export function detectRoles(docs: Doc[], year: number | null, mode: TextMode): RoleHit[] {
	const hits: RoleHit[] = [];
	const roleRe = `(?:${anyKw(CHAIR, mode)})|(?:${anyKw(VICE, mode)})`;
	const chairRe = new RegExp(`^${anyKw(CHAIR, mode)}`);
	const electionRe = anyKw(ELECTION, mode);
	const yearRe = `${kw('năm', mode)}\\s*(\\d{4})(?!\\d)`;
	const personRe = new RegExp(`(?:${anyKw(['ông', 'bà'], mode)})\\s+[^;,.]{2,40}?\\s*[-–]\\s*$`);
	const titleRe = new RegExp(`(?:${anyKw(['trưởng ban', 'phó trưởng ban', 'trưởng', 'giám đốc', 'phó giám đốc'], mode)})\\s*$`);
	for (const doc of docs) {
		const all = doc.text.all(roleRe);
		for (const [k, m] of all.entries()) {
			const role = chairRe.test(m[0]) ? 'chair' : 'vice';
			const sentence = sentenceAt(doc, m.index);
			const cs = clauseStart(doc, m.index);
			const kwEnd = m.index + m[0].length;
			const nextRole = all[k + 1]?.index ?? Infinity;
			const nextMention = doc.mentions.find((x) => x.start >= kwEnd)?.start ?? Infinity;
			const verb = doc.text.first(anyKw(['tổ chức', 'đăng cai', 'phối hợp', 'đã', 'chủ trì', 'phát biểu', 'trình bày', 'đọc', 'cho biết'], mode), kwEnd, sentence.end)?.index ?? Infinity;
			const yearLimit = Math.min(sentence.end, nextRole, nextMention, verb, kwEnd + 200);
			const ym = doc.text.first(yearRe, kwEnd, yearLimit);
			const y = ym ? Number(ym[1]) : null;
			const marker = doc.text.has(electionRe, sentence.start, m.index);
			// Which board: the one in apposition just before, a person's board after, or the nearest before.
			let unit: BoardMention | undefined = [...doc.mentions]
				.reverse()
				.find((x) => {
					const gap = doc.text.shadow.slice(x.end, m.index);
					return x.end <= m.index && ((gap.length <= 8 && /^\s*(?:[-–,]\s*|\s(?:la|lam)\s+)?$/.test(gap)) || /^\s*\(\s*$/.test(gap) || /^\s+(?:giu vai tro|duoc bau lam|duoc bau la|duoc chon lam|duoc chon la)\s+$/.test(gap));
				});
			let quoteStart = unit?.start ?? m.index;
			let quoteEnd = Math.max(ym ? ym.index + ym[0].length : kwEnd, unit?.end ?? 0);
			if (!unit) {
				const person = personRe.exec(doc.text.shadow.slice(Math.max(sentence.start, m.index - 60), m.index));
				if (person) {
					const after = doc.mentions.find((x) => x.start > kwEnd && x.start < Math.min(sentence.end, nextRole) && titleRe.test(doc.text.shadow.slice(Math.max(kwEnd, x.start - 25), x.start)));
					if (after) {
						unit = after;
						quoteStart = Math.max(sentence.start, m.index - 60) + person.index;
						quoteEnd = after.end;
					}
				}
			}
			if (!unit) {
				const near = [...doc.mentions].reverse().find((x) => x.end <= m.index && x.start >= cs && m.index - x.end <= 40);
				if (near && doc.text.has(electionRe, near.end, m.index)) {
					unit = near;
					quoteStart = near.start;
				}
			}
			if (!unit) continue;
			let elected: boolean;
			if (year !== null && y === year + 1) elected = true;
			else if (year !== null && y === year) elected = false;
			else if (y !== null && year !== null) continue;
			else elected = marker;
			hits.push({ role, elected, year: y, unit: unit.id, quote: cutQuote(doc, quoteStart, quoteEnd) });
		}
	}
	return hits;
}

// ————————————————————————————————————————————————————————————— awards

const AWARD_NAMES: { kind: AwardFinding['kind']; phrase: string }[] = [
	{ kind: 'flag', phrase: 'cờ thi đua' },
	{ kind: 'merit', phrase: 'bằng khen' },
	{ kind: 'leading', phrase: 'đơn vị dẫn đầu' },
	{ kind: 'leading', phrase: 'dẫn đầu' },
];
const PROPOSED = ['đề nghị', 'đề xuất', 'suy tôn', 'bình xét', 'bình bầu', 'nhất trí', 'thống nhất', 'xét tặng'];
const CONFERRED = ['trao tặng', 'trao', 'đón nhận', 'nhận'];

function detectAwards(docs: Doc[], mode: TextMode): AwardFinding[] {
	const awards: AwardFinding[] = [];
	const namesRe = AWARD_NAMES.map((a) => ({ ...a, re: kw(a.phrase, mode) }));
	const proposedRe = anyKw(PROPOSED, mode);
	const conferredRe = anyKw(CONFERRED, mode);
	for (const doc of docs.filter((d) => d.block.kind === 'paragraph')) {
		for (const sentence of doc.sentences) {
			const found: { kind: AwardFinding['kind']; start: number; end: number }[] = [];
			for (const a of namesRe) {
				for (const m of doc.text.all(a.re, sentence.start, sentence.end)) {
					if (found.some((f) => m.index < f.end && m.index + m[0].length > f.start)) continue;
					found.push({ kind: a.kind, start: m.index, end: m.index + m[0].length });
				}
			}
			if (!found.length) continue;
			found.sort((a, b) => a.start - b.start);
			// Award names joined only by `và` / `,` are one award (`cờ thi đua và bằng khen`).
			const groups: { kind: AwardFinding['kind']; start: number; end: number }[] = [];
			for (const f of found) {
				const last = groups[groups.length - 1];
				if (last && /^\s*(?:,|và|va)\s*$/u.test(doc.text.text.slice(last.end, f.start))) {
					last.end = f.end;
					last.kind = last.kind === f.kind ? f.kind : 'other';
				} else groups.push({ ...f });
			}
			const proposed = doc.text.has(proposedRe, sentence.start, sentence.end);
			const conferred = doc.text.has(conferredRe, sentence.start, sentence.end);
			if (!proposed && !conferred) continue;
			groups.forEach((g, i) => {
				const segEnd = groups[i + 1]?.start ?? sentence.end;
				let recipients = doc.mentions.filter((x) => x.start >= g.end && x.end <= segEnd);
				// `suy tôn Ban Quản lý A và Ban Quản lý B, đề nghị … tặng Cờ thi đua`: the boards named before.
				if (!recipients.length && i === 0) {
					const cue = doc.text.first(anyKw(['suy tôn', 'bình chọn', 'bình xét', 'biểu dương'], mode), sentence.start, g.start);
					if (cue) recipients = doc.mentions.filter((x) => x.start > cue.index && x.end <= g.start);
				}
				// Boards named before a `dẫn đầu` award are not its recipients unless listed after `gồm`.
				const countM = new RegExp(`(\\d+)\\s+(?:${anyKw(['đơn vị', 'tập thể', 'ban quản lý'], mode)})`).exec(doc.text.shadow.slice(Math.max(sentence.start, g.start - 30), segEnd));
				const status: AwardFinding['status'] = proposed ? 'proposed' : 'conferred';
				let by: string | null = null;
				if (proposed) {
					const b = new RegExp(`${kw('đề nghị', mode)}\\s+(.{3,80}?)\\s+(?:${anyKw(['tặng', 'khen thưởng', 'xét tặng'], mode)})`).exec(doc.text.shadow.slice(sentence.start, segEnd));
					if (b) by = doc.text.text.slice(sentence.start + b.index + b[0].indexOf(b[1]!), sentence.start + b.index + b[0].indexOf(b[1]!) + b[1]!.length);
				} else {
					const b = new RegExp(`${kw('của', mode)}\\s+(${kw('bộ', mode)}.{3,60}?)\\s+${kw('cho', mode)}`).exec(doc.text.shadow.slice(g.end, segEnd));
					if (b) by = doc.text.text.slice(g.end + b.index + b[0].indexOf(b[1]!), g.end + b.index + b[0].indexOf(b[1]!) + b[1]!.length);
				}
				const printed = doc.text.text.slice(g.start, g.end);
				const name = printed.charAt(0).toUpperCase() + printed.slice(1);
				const notes = [status === 'proposed' ? 'đề nghị (chưa phải trao tặng)' : 'trao tặng tại hội nghị'];
				if (!proposed && !doc.text.has(kw('trao tặng', mode), sentence.start, sentence.end)) notes.push('không có chữ “trao tặng”: xem lại trạng thái');
				if (g.kind === 'other') notes.push('bài gộp nhiều hình thức khen thưởng');
				const count = !recipients.length && countM ? Number(countM[1]) : null;
				if (!recipients.length && count === null) notes.push('chưa nhận ra đơn vị nhận: điền `recipients` hoặc `count`');
				const fuzzy = recipients.filter((r) => r.via !== 'exact');
				if (fuzzy.length) notes.push(`khớp gần đúng: ${fuzzy.map((r) => `“${r.text}” → ${r.id}`).join('; ')}`);
				awards.push({
					kind: g.kind,
					name,
					recipients: [...new Set(recipients.map((r) => r.id))],
					unmatched: [],
					count,
					status,
					by,
					quote: cutQuote(doc, sentence.start, Math.min(segEnd, clauseEnd(doc, g.end))),
					review: notes.join('; '),
				});
			});
		}
	}
	return awards;
}

// ————————————————————————————————————————————————————————————— officials

const TITLE_STOPS = [
	'đã', 'dự', 'chủ trì', 'đồng chủ trì', 'phát biểu', 'cho biết', 'cho rằng', 'khẳng định', 'nhấn mạnh', 'trình bày', 'đọc', 'ghi nhận', 'đánh giá', 'tham dự',
	'cùng', 'trao', 'trao tặng', 'đề nghị', 'yêu cầu', 'biểu dương', 'tiếp nhận', 'nêu', 'thay mặt', 'chúc mừng', 'ký', 'với sự', 'tặng', 'lưu ý', 'tiếp tục',
];

function detectOfficials(docs: Doc[], mode: TextMode): OfficialFinding[] {
	const out = new Map<string, OfficialFinding>();
	const stop = new RegExp(`^\\s*(?:${anyKw(TITLE_STOPS, mode)})`);
	for (const doc of docs) {
		const st = doc.text;
		for (const m of st.all(anyKw(['ông', 'bà'], mode))) {
			const after = m.index + m[0].length;
			// `ông Nguyễn Văn A - Trưởng ban …`, or `ông Nguyễn Văn A, Trưởng ban …` when a title follows the comma.
			const name = /^\s+((?:\p{Lu}[\p{L}\p{M}]*\s+){1,4}\p{Lu}[\p{L}\p{M}]*)\s*(?:[-–]|,(?=\s*(?:Phó\s+)?(?:Trưởng|Vụ\s+trưởng|Cục\s+trưởng|Giám\s+đốc|Chủ\s+tịch|Bí\s+thư|Thứ\s+trưởng|Bộ\s+trưởng|Chánh|Tổng\s+cục\s+trưởng)))\s*/u.exec(st.text.slice(after));
			if (!name) continue;
			const titleStart = after + name[0].length;
			let depth = 0;
			let end = titleStart;
			for (let i = titleStart; i < Math.min(st.text.length, titleStart + 200); i++) {
				const ch = st.text[i]!;
				if (ch === '(') depth++;
				if (ch === ')') {
					if (depth === 0) break;
					depth--;
				}
				if (depth === 0 && (ch === ';' || (ch === '.' && /\s/.test(st.text[i + 1] ?? ' ')))) break;
				if (depth === 0 && ch === ',' && new RegExp(`^,\\s*(?:${anyKw(['ông', 'bà'], mode)})\\s`).test(st.shadow.slice(i))) break;
				if (depth === 0 && /\s/.test(ch) && stop.test(st.shadow.slice(i))) break;
				end = i + 1;
			}
			const title = st.text.slice(titleStart, end).trim().replace(/[,\s]+$/, '');
			if (!title) continue;
			const person = name[1]!.trim();
			const key = new ShadowText(person, 'clean').shadow;
			// OCR spells one name several ways (`Pham Minh Phwong`, `Pham Minh Phuong`): keep the first.
			if ([...out.keys()].some((k) => levenshtein(k, key) <= (mode === 'ocr' ? 3 : 0))) continue;
			if (!out.has(key)) out.set(key, { name: person, title, review: doc.block.kind === 'caption' ? 'từ chú thích ảnh; chức danh như bài ghi' : 'chức danh như bài ghi lúc đó' });
		}
	}
	return [...out.values()];
}

// ————————————————————————————————————————————————————————————— figures

const NUMBER = String.raw`(?<![\d.,/])(\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?)`;
const UNITS: { kind: 'money' | 'percent' | 'area' | 'count'; phrase: string; label?: string }[] = [
	{ kind: 'money', phrase: 'nghìn tỷ đồng' },
	{ kind: 'money', phrase: 'triệu USD' },
	{ kind: 'money', phrase: 'tỷ USD' },
	{ kind: 'money', phrase: 'nghìn USD' },
	{ kind: 'money', phrase: 'tỷ đồng' },
	{ kind: 'money', phrase: 'triệu đồng' },
	{ kind: 'area', phrase: 'ha' },
	{ kind: 'count', phrase: 'lượt dự án', label: 'lượt' },
	{ kind: 'count', phrase: 'lượt', label: 'lượt' },
	{ kind: 'count', phrase: 'dự án', label: 'dự án' },
	{ kind: 'count', phrase: 'người lao động', label: 'người lao động' },
	{ kind: 'count', phrase: 'lao động', label: 'lao động' },
	{ kind: 'count', phrase: 'người', label: 'người' },
	{ kind: 'count', phrase: 'công chức', label: 'công chức' },
	{ kind: 'count', phrase: 'khu', label: 'khu' },
];

/** How a number is tied to an indicator: the `cues` of `content/indicators.yaml`. */
interface KeyRule {
	key: string;
	/** Unit kinds it applies to. */
	kinds: ('money' | 'count' | 'area')[];
	/** Cue phrases before the number (in the clause). */
	before?: readonly string[];
	/** Cue phrases right after the number. */
	after?: readonly string[];
	/** For counts: the unit labels it applies to. */
	labels?: readonly string[];
}

/** The vocabulary's indicators that have cues, in file order. */
export function keyRules(vocabulary: Vocabulary): KeyRule[] {
	const rules: KeyRule[] = [];
	for (const indicator of vocabulary.values()) {
		if (!indicator.cues || indicator.kind === 'percent') continue;
		const { before, after, nouns } = indicator.cues;
		rules.push({ key: indicator.key, kinds: [indicator.kind], before, after, labels: nouns });
	}
	return rules;
}

function detectFigures(docs: Doc[], mode: TextMode, rules: readonly KeyRule[]): FigureFinding[] {
	const figures: FigureFinding[] = [];
	const unitRe = UNITS.map((u) => ({ ...u, re: new RegExp(`^\\s*(${kw(u.phrase, mode).replace('(?<![a-z0-9])', '')})`) }));
	const zoneRe = /^\s*((?:KCNC|KCN|KCX|KKT)(?:\s*,\s*(?:KCNC|KCN|KCX|KKT))*)(?![\p{L}\d])/u;
	const scopeFdi = anyKw(['FDI', 'nước ngoài'], mode);
	const scopeDdi = anyKw(['DDI', 'trong nước'], mode);
	for (const doc of docs.filter((d) => d.block.kind === 'paragraph')) {
		const st = doc.text;
		type Raw = { start: number; numEnd: number; end: number; kind: 'money' | 'percent' | 'area' | 'count'; label: string };
		const raws: Raw[] = [];
		for (const m of st.text.matchAll(new RegExp(NUMBER, 'g'))) {
			const numEnd = m.index + m[0].length;
			const rest = st.shadow.slice(numEnd);
			if (/^\s*%/.test(rest)) {
				raws.push({ start: m.index, numEnd, end: numEnd + rest.indexOf('%') + 1, kind: 'percent', label: '%' });
				continue;
			}
			const zone = zoneRe.exec(st.text.slice(numEnd));
			if (zone) {
				raws.push({ start: m.index, numEnd, end: numEnd + zone[0].length, kind: 'count', label: zone[1]!.includes(',') ? 'zone' : zone[1]! });
				continue;
			}
			const unit = unitRe.find((u) => u.re.test(rest));
			if (!unit) continue;
			const um = unit.re.exec(rest)!;
			raws.push({ start: m.index, numEnd, end: numEnd + um[0].length, kind: unit.kind, label: unit.label ?? unit.phrase });
		}
		const keyed: (FigureFinding & { start: number; end: number })[] = [];
		for (const [i, r] of raws.entries()) {
			const cs = clauseStart(doc, r.start);
			const ce = clauseEnd(doc, r.start);
			const prevInClause = [...keyed].reverse().find((k) => k.start >= cs);
			const nextStart = raws[i + 1]?.start ?? ce;
			const beforeText = st.shadow.slice(cs, r.start);
			const afterLimit = Math.min(ce, nextStart, r.end + 60);
			const afterText = st.shadow.slice(r.end, afterLimit);
			const afterToAnd = afterText.split(/\s(?:va|và)\s|,|;/)[0] ?? '';
			const printed = st.text.slice(r.start, r.end);
			const notes: string[] = [];
			if (/^\d+\.\d{1,2}$|^\d+\.\d{4,}$/.test(printed.split(/\s|%/)[0]!)) notes.push('dấu “.” không theo quy ước (phần thập phân?): kiểm tra số');
			const estimate = new RegExp(`${kw('ước', mode)}\\s*(?:${kw('đạt', mode)})?\\s*$`).test(beforeText);
			const asOfM = new RegExp(`(?:${anyKw(['tính đến', 'đến', 'lũy kế đến', 'luỹ kế đến'], mode)})\\s*(?:${kw('ngày', mode)})?\\s*(\\d{1,2})/(\\d{1,2})/(\\d{4})`).exec(beforeText);
			const asOf = asOfM ? `${asOfM[3]}-${asOfM[2]!.padStart(2, '0')}-${asOfM[1]!.padStart(2, '0')}` : null;
			let scope: FigureFinding['scope'] = 'total';
			const fdiAfter = new RegExp(scopeFdi).test(afterToAnd);
			const ddiAfter = new RegExp(scopeDdi).test(afterToAnd);
			if (fdiAfter !== ddiAfter) scope = fdiAfter ? 'FDI' : 'DDI';
			else {
				const f = [...beforeText.matchAll(new RegExp(scopeFdi, 'g'))].pop()?.index ?? -1;
				const d = [...beforeText.matchAll(new RegExp(scopeDdi, 'g'))].pop()?.index ?? -1;
				if (f >= 0 || d >= 0) scope = f > d ? 'FDI' : 'DDI';
			}
			let key: string | null = null;
			let measure: FigureFinding['measure'] = 'value';
			if (r.kind === 'percent') {
				if (!prevInClause || !prevInClause.key) continue; // a share of nothing the archive tracks
				key = prevInClause.key;
				scope = prevInClause.scope;
				const near = st.shadow.slice(Math.max(cs, r.start - 20), afterLimit);
				if (new RegExp(anyKw(['kế hoạch', 'KH'], mode)).test(near)) measure = 'percent-of-plan';
				else if (new RegExp(anyKw(['cùng kỳ', 'năm trước'], mode)).test(near)) measure = 'growth-percent';
				else if (new RegExp(anyKw(['đăng ký', 'vốn đăng ký'], mode)).test(afterText)) measure = 'percent-of-registered';
				else notes.push('chưa rõ tỷ lệ so với gì: chọn `measure`');
			} else if (r.kind === 'money' && prevInClause?.key && prevInClause.measure === 'value' && new RegExp(`^\\s*,?\\s*\\(\\s*(?:${kw('tương đương', mode)})?\\s*$`).test(st.shadow.slice(prevInClause.end, r.start))) {
				key = prevInClause.key;
				scope = prevInClause.scope;
				measure = /\(\s*$/.test(st.shadow.slice(prevInClause.end, r.start)) && new RegExp(`(?:${anyKw(['kế hoạch', 'KH'], mode)})\\s*\\(\\s*$`).test(st.shadow.slice(cs, r.start)) ? 'plan' : 'equivalent';
			} else if (r.kind === 'money' && prevInClause?.key && new RegExp(`(?:${anyKw(['kế hoạch', 'KH'], mode)})\\s*\\(\\s*$`).test(st.shadow.slice(cs, r.start))) {
				key = prevInClause.key;
				scope = prevInClause.scope;
				measure = 'plan';
			} else {
				// A cue right after the number wins outright (the nearest one); otherwise the cue that stands
				// closest before the number; a rule with nouns only (zone counts by their unit) is the fallback.
				let bestAfter = Infinity;
				let bestPos = -Infinity;
				let bestStart = Infinity;
				for (const rule of rules) {
					if (r.kind === 'area' || !rule.kinds.includes(r.kind)) continue;
					if (rule.labels && !rule.labels.includes(r.label)) continue;
					const after = rule.after ? new RegExp(anyKw(rule.after, mode)).exec(afterText) : null;
					if (after) {
						if (after.index < bestAfter) {
							bestAfter = after.index;
							key = rule.key;
						}
						continue;
					}
					if (bestAfter < Infinity) continue;
					let pos = -Infinity;
					let start = Infinity;
					if (rule.before) {
						const last = [...beforeText.matchAll(new RegExp(anyKw(rule.before, mode), 'g'))].pop();
						if (last) [pos, start] = [last.index + last[0].length, last.index];
					}
					if (!rule.before && !rule.after) pos = -1;
					// Of two cues ending at the same place, the longer wins (`xuất nhập khẩu` over `nhập khẩu`).
					if (pos > bestPos || (pos === bestPos && pos > -Infinity && start < bestStart)) {
						bestPos = pos;
						bestStart = start;
						key = rule.key;
					}
				}
				// A head count at a date is a stock (all workers), not the year's new jobs.
				if (key === 'jobs-new' && asOf) key = 'workers-total';
				if (r.kind === 'area') {
					const zone = [...keyed].reverse().find((k) => k.start >= cs && k.key?.startsWith('zones-') && !k.key.endsWith('-area'));
					key = zone?.key ? `${zone.key}-area` : null;
					if (zone) scope = zone.scope;
				}
				if (!key) notes.push('chưa rõ chỉ tiêu: điền `key` theo content/indicators.yaml');
			}
			if (estimate) notes.push('bài ghi “ước đạt”');
			const finding = {
				key,
				scope,
				measure,
				printed,
				quote: cutQuote(doc, cs, ce),
				asOf,
				estimate,
				review: notes.length ? notes.join('; ') : 'chỉ tiêu đoán theo từ đứng trước số: kiểm tra `key`, `scope`, `measure`',
				start: r.start,
				end: r.end,
			};
			keyed.push(finding);
		}
		for (const { start: _s, end: _e, ...f } of keyed) figures.push(f);
	}
	return figures;
}

// ————————————————————————————————————————————————————————————— entry point

/** Extracts a draft's front-matter findings from a decoded source text. */
export function extractArticle(raw: string, ctx: ExtractContext): Extraction {
	const cleaned = cleanupText(raw);
	const bodyText = cleaned.blocks.map(blockText).join('\n\n');
	const damage = detectDamage(bodyText);
	const mode = damage.condition;
	let index: BoardIndex = buildBoardIndex(ctx.units, mode);
	// Boards the archive lacks, named with their province: matched under a draft id (clean text only).
	const discovered = mode === 'clean' ? discoverBoards([cleaned.title ?? '', ...cleaned.blocks.map(blockText)], ctx.units, index) : { records: [], drafts: [] };
	if (discovered.records.length) index = buildBoardIndex([...ctx.units, ...discovered.records], mode);
	const docs: Doc[] = cleaned.blocks.map((block) => {
		const text = new ShadowText(blockText(block), mode);
		return { block, text, sentences: sentencesOf(text.text), mentions: findBoardMentions(text, index).map((m) => overDash(text.text, m)) };
	});
	const titleText = cleaned.title ? new ShadowText(cleaned.title, mode) : null;
	const { year, event } = detectYear([...(titleText ? [{ text: titleText }] : []), ...docs], mode);
	const { bloc, draft } = detectBloc(docs, titleText, ctx.blocs, year?.value ?? null, mode);
	const conf = detectConference(docs, year?.value ?? null, mode, event);
	const host = detectHost(docs, conf, mode);
	const roles = detectRoles(docs, year?.value ?? null, mode);
	const pick = (role: 'chair' | 'vice', elected: boolean): RoleFinding | null => {
		const hits = roles.filter((h) => h.role === role && h.elected === elected);
		if (!hits.length) return null;
		const ids = [...new Set(hits.map((h) => h.unit))];
		const what = `${role === 'chair' ? 'Khối/Cụm trưởng' : 'Khối/Cụm phó'}${elected ? ' được bầu cho năm sau' : ' của năm tổng kết'}`;
		return { unit: hits[0]!.unit, quote: hits[0]!.quote, review: ids.length > 1 ? `${what}; bài nêu nhiều đơn vị: ${ids.join(', ')}` : what };
	};
	const electedYears = roles.filter((r) => r.elected && r.year !== null).map((r) => r.year!);
	const chair = pick('chair', false);
	const viceChair = pick('vice', false);
	const elected = { year: electedYears[0] ?? null, chair: pick('chair', true), viceChair: pick('vice', true) };
	const awards = detectAwards(docs, mode);
	// A second report of a conference the archive holds: same bloc, year, event and day.
	const same = bloc && year && conf.start ? (ctx.articles ?? []).find((a) => a.bloc === bloc.value && a.year === year.value && a.event === event && a.start === conf.start!.value) : undefined;
	const duplicateOf = same ? { id: same.id, review: `cùng hội nghị với bài ${same.id} (cùng khối, năm và ngày họp): đây là bản tin thứ hai về hội nghị đó` } : null;
	if (draft) {
		const y = year?.value;
		const word = draft.kind === 'cum' ? 'Cụm' : 'Khối';
		const members = new Map<string, string | null>();
		const add = (unit: string | undefined, role: string | null) => {
			if (!unit) return;
			if (!members.has(unit) || (role && !members.get(unit))) members.set(unit, role);
		};
		add(chair?.unit, `${word} trưởng${y ? ` năm ${y}` : ''}`);
		add(viceChair?.unit, `${word} phó${y ? ` năm ${y}` : ''}`);
		for (const d of docs) {
			// A list of members: `Khối thi đua gồm 6 thành viên: Ban Quản lý … (Khối trưởng), …`.
			for (const g of d.text.all(kw('gồm', mode))) {
				const sentence = sentenceAt(d, g.index);
				if (!d.text.has(anyKw(['khối', 'cụm', 'thành viên', 'đơn vị'], mode), sentence.start, g.index)) continue;
				for (const x of d.mentions.filter((x) => x.start > g.index && x.start < sentence.end)) {
					const role = /^\s*\(([^()]{3,30})\)/u.exec(d.text.text.slice(x.end))?.[1] ?? null;
					add(x.id, role && y ? `${role} năm ${y}` : role);
				}
			}
		}
		for (const h of host.host?.value ?? []) add(h, null);
		add(elected.chair?.unit, `được bầu ${word} trưởng${elected.year ?? (y ? y + 1 : '') ? ` năm ${elected.year ?? y! + 1}` : ''}`);
		add(elected.viceChair?.unit, `được bầu ${word} phó${elected.year ?? (y ? y + 1 : '') ? ` năm ${elected.year ?? y! + 1}` : ''}`);
		for (const a of awards) for (const r of a.recipients) add(r, null);
		draft.members = [...members].map(([unit, role]) => ({ unit, role }));
	}
	return {
		condition: mode,
		damageReasons: damage.reasons,
		cleaned,
		title: cleaned.title,
		bloc,
		draftBloc: draft,
		year,
		event,
		conference: { start: conf.start, end: conf.end, place: conf.place, host: host.host, quote: conf.quote ?? host.quote },
		chair,
		viceChair,
		elected,
		nextConference: detectNextConference(docs, mode),
		awards,
		officials: detectOfficials(docs, mode),
		figures: detectFigures(docs, mode, keyRules(ctx.vocabulary)),
		published: cleaned.published,
		duplicateOf,
		draftUnits: discovered.drafts,
	};
}
