/**
 * Recognising member boards (Ban Quản lý) in article text by their names and variants from
 * `content/units/*.yaml`. Names are compared in a canonical form: NFC, folded, lower case,
 * abbreviations expanded (`BQL` = `Ban Quản lý`, `KCN` = `khu công nghiệp`, …), parenthesised
 * abbreviations dropped, and the words that articles add or omit freely dropped (`tỉnh`,
 * `thành phố`, `các`, `khu`, `và`). Equal canonical forms are an exact match; otherwise the
 * closest name within a small edit distance is a fuzzy match, accepted only when the board's
 * province appears in the phrase. For stripped text (`lost-diacritics`) the names are damaged the
 * same way before comparing.
 */
import { damagedForms } from '../text/diacritics-damage.ts';
import { anyKw, shadow, type ShadowText, type TextMode } from './pattern.ts';

/** What the matcher needs of a unit entry. */
export interface UnitRecord {
	id: string;
	/** Official names, short names and variants. */
	names: string[];
	province: string;
}

/** Builds a `UnitRecord` from a parsed `content/units/<id>.yaml`. */
export function unitRecord(id: string, data: { names?: { name: string; short?: string }[]; variants?: string[]; province?: string }): UnitRecord {
	const names = [...(data.names ?? []).flatMap((n) => [n.name, n.short ?? n.name]), ...(data.variants ?? [])];
	return { id, names: [...new Set(names.map((n) => n.normalize('NFC')))], province: (data.province ?? '').normalize('NFC') };
}

const ABBREVIATIONS: Record<string, string> = {
	bql: 'ban quản lý',
	kcn: 'khu công nghiệp',
	kcx: 'khu chế xuất',
	kkt: 'khu kinh tế',
	kcnc: 'khu công nghệ cao',
	cx: 'chế xuất',
	tp: 'thành phố',
};
const OPTIONAL_WORDS = ['tỉnh', 'thành phố', 'các', 'khu', 'và', 'tp'];

function fold(text: string, mode: TextMode): string {
	return shadow(text, mode)
		.replace(/[^a-z0-9\s]/g, ' ')
		.replace(/\s+/g, ' ')
		.trim();
}

/**
 * Drops the optional words from a lower-case name. In clean text they are compared with their
 * marks (`tỉnh` is not `Tĩnh`); in damaged text only folded, so the last word (the province: `Hà
 * Tĩnh`) is never dropped.
 */
function stripOptional(lower: string, mode: TextMode): string {
	const words = lower.split(' ').filter(Boolean);
	const optional = new Set<string>();
	for (const phrase of OPTIONAL_WORDS) {
		const forms = mode === 'clean' ? [phrase] : [fold(phrase, 'clean'), ...(mode === 'lost-diacritics' ? [...damagedForms(phrase)].map((d) => fold(d, 'clean')) : [])];
		for (const f of forms) if (f) optional.add(f);
	}
	const key = (w: string) => (mode === 'clean' ? w : fold(w, mode));
	const out: string[] = [];
	for (let i = 0; i < words.length; i++) {
		const two = i + 1 < words.length ? `${key(words[i]!)} ${key(words[i + 1]!)}` : null;
		if (two && optional.has(two) && i + 1 < words.length - 1) {
			i++;
			continue;
		}
		if (optional.has(key(words[i]!)) && i < words.length - 1) continue;
		out.push(words[i]!);
	}
	return out.join(' ');
}

function expand(text: string): string {
	return text
		.replace(/\([^()]*\)/g, ' ')
		.replace(/[\p{L}\p{N}]+/gu, (w) => ABBREVIATIONS[w.toLowerCase()] ?? w);
}

/** The canonical form of a board name as it appears in text of the given condition. */
export function canonicalBoardName(text: string, mode: TextMode): string {
	const lower = expand(text.normalize('NFC'))
		.toLowerCase()
		.replace(/[^\p{L}\p{M}\p{N}\s&¢€]/gu, ' ')
		.replace(/\s+/g, ' ')
		.trim();
	return fold(stripOptional(lower, mode), mode);
}

/** Canonical forms of a name from the unit entries: in stripped text, the forms the damage leaves. */
function canonicalNameForms(name: string, mode: TextMode): string[] {
	if (mode !== 'lost-diacritics') return [canonicalBoardName(name, mode === 'ocr' ? 'clean' : mode)];
	return [...damagedForms(expand(name))].map((d) => canonicalBoardName(d, mode));
}

export interface BoardIndex {
	mode: TextMode;
	entries: { id: string; canon: string; name: string }[];
	exact: Map<string, Set<string>>;
	provinces: { id: string; forms: string[] }[];
}

/** Prepares the unit names for matching text of one condition. */
export function buildBoardIndex(units: readonly UnitRecord[], mode: TextMode): BoardIndex {
	const entries: BoardIndex['entries'] = [];
	const exact = new Map<string, Set<string>>();
	for (const unit of units) {
		for (const name of unit.names) {
			for (const canon of canonicalNameForms(name, mode)) {
				if (!canon) continue;
				entries.push({ id: unit.id, canon, name });
				if (!exact.has(canon)) exact.set(canon, new Set());
				exact.get(canon)!.add(unit.id);
			}
		}
	}
	const provinces = units.map((u) => ({
		id: u.id,
		forms: [...(mode === 'lost-diacritics' ? damagedForms(u.province) : new Set([u.province]))].map((p) => fold(p, 'clean')).filter((p) => p.length >= 3),
	}));
	return { mode, entries, exact, provinces };
}

/** Edit distance (insertions, deletions, substitutions). */
export function levenshtein(a: string, b: string): number {
	if (a === b) return 0;
	let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const cur = [i];
		for (let j = 1; j <= b.length; j++) {
			cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
		}
		prev = cur;
	}
	return prev[b.length]!;
}

/** Smallest edit distance between `needle` and any substring of `hay`. */
function approxContains(hay: string, needle: string): number {
	let prev = new Array<number>(hay.length + 1).fill(0);
	for (let i = 1; i <= needle.length; i++) {
		const cur = [i];
		for (let j = 1; j <= hay.length; j++) {
			cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (needle[i - 1] === hay[j - 1] ? 0 : 1));
		}
		prev = cur;
	}
	return Math.min(...prev);
}

export interface BoardMatch {
	id: string;
	/** `exact`: equal canonical names; `fuzzy`: close name, province present; `province`: only the province identifies it. */
	via: 'exact' | 'fuzzy' | 'province';
	/** Edit distance over length, 0 for exact. */
	distance: number;
	/** The name from the unit entry that matched. */
	name: string | null;
}

/** Thresholds: largest relative edit distance accepted, per condition. */
export const FUZZY_MAX: Record<TextMode, number> = { clean: 0.15, 'lost-diacritics': 0.15, ocr: 0.25 };

/** Boards whose province occurs in the phrase: approximately (for fuzzy names) or as whole words. */
function provinceIds(canon: string, index: BoardIndex, wholeWords = false): Set<string> {
	const ids = new Set<string>();
	for (const p of index.provinces) {
		const found = wholeWords
			? p.forms.some((f) => ` ${canon} `.includes(` ${f} `))
			: p.forms.some((f) => approxContains(canon, f) <= (f.length <= 7 ? (index.mode === 'ocr' ? 1 : 0) : index.mode === 'ocr' ? 2 : 1));
		if (found) ids.add(p.id);
	}
	return ids;
}

/** Matches one phrase that names a board (`Ban Quản lý các KCN tỉnh Hải Dương`) against the index. */
export function matchBoardName(phrase: string, index: BoardIndex): BoardMatch | null {
	return matchCanonical(canonicalBoardName(phrase, index.mode), index, true);
}

function matchCanonical(canon: string, index: BoardIndex, allowProvince: boolean): BoardMatch | null {
	if (!canon) return null;
	const exact = index.exact.get(canon);
	if (exact && exact.size === 1) {
		const id = [...exact][0]!;
		return { id, via: 'exact', distance: 0, name: index.entries.find((e) => e.id === id && e.canon === canon)!.name };
	}
	if (exact && exact.size > 1) return null;
	const inProvince = provinceIds(canon, index);
	let best: { id: string; d: number; name: string } | null = null;
	let second = Infinity;
	for (const e of index.entries) {
		if (Math.abs(e.canon.length - canon.length) > e.canon.length * FUZZY_MAX[index.mode]) continue;
		const d = levenshtein(canon, e.canon) / Math.max(canon.length, e.canon.length);
		if (!best || d < best.d) {
			if (best && best.id !== e.id) second = Math.min(second, best.d);
			best = { id: e.id, d, name: e.name };
		} else if (e.id !== best.id) second = Math.min(second, d);
	}
	if (best && best.d <= FUZZY_MAX[index.mode] && inProvince.has(best.id) && second - best.d >= 0.04) {
		return { id: best.id, via: 'fuzzy', distance: best.d, name: best.name };
	}
	const byProvince = allowProvince && /^ban qu[a-z]*n l[a-z]* /.test(canon) ? provinceIds(canon, index, true) : new Set<string>();
	if (byProvince.size === 1) return { id: [...byProvince][0]!, via: 'province', distance: 1, name: null };
	return null;
}

export interface BoardMention extends BoardMatch {
	start: number;
	end: number;
	/** The text as printed. */
	text: string;
}

const HARD_STOP = /[;.()\[\]:"“”,–]|\s-|-\s|-$/;

/**
 * Finds the boards named in `text` between `from` and `to`: at every `Ban Quản lý` / `BQL`, the
 * longest run of following words that names a board exactly, else the closest fuzzy match.
 */
export function findBoardMentions(text: ShadowText, index: BoardIndex, from = 0, to = text.text.length): BoardMention[] {
	const mentions: BoardMention[] = [];
	const starts = text.all(anyKw(['ban quản lý', 'BQL'], text.mode), from, to).map((m) => m.index);
	for (const [k, start] of starts.entries()) {
		const limit = Math.min(to, starts[k + 1] ?? to, start + 200);
		const words: { end: number }[] = [];
		const wordRe = /\S+/g;
		wordRe.lastIndex = start;
		let m: RegExpExecArray | null;
		const segment = text.text.slice(0, limit);
		while ((m = wordRe.exec(segment)) && words.length < 16) {
			// A dash inside a name (`Chân Mây - Lăng Cô`, `Bà Rịa - Vũng Tàu`) continues it; before a role it ends it.
			if (/^[-–]$/.test(m[0]) && /^\s+\p{Lu}/u.test(segment.slice(m.index + 1)) && !/^\s+(?:Khối|Cụm|Trưởng|Phó|Khoi|Cum|Truong|Pho)\b/u.test(segment.slice(m.index + 1))) {
				continue;
			}
			const stop = m[0].search(HARD_STOP);
			if (stop === 0) break;
			words.push({ end: stop > 0 ? m.index + stop : m.index + m[0].length });
			if (stop > 0) break;
		}
		// A name never ends on a word articles add or drop freely (`… Bắc Ninh và`).
		const clean = index.mode === 'clean';
		const optional = new Set(OPTIONAL_WORDS.map((w) => (clean ? w : fold(w, 'clean'))));
		const endsWell = (n: number) => {
			const last = (text.text.slice(start, words[n - 1]!.end).split(/\s+/).pop() ?? '').normalize('NFC').toLowerCase();
			return !optional.has(clean ? last : fold(last, text.mode));
		};
		let found: BoardMention | null = null;
		for (let n = words.length; n >= 2 && !found; n--) {
			if (!endsWell(n)) continue;
			const phrase = text.text.slice(start, words[n - 1]!.end);
			const canon = canonicalBoardName(phrase, index.mode);
			const ids = index.exact.get(canon);
			if (ids && ids.size === 1) {
				const id = [...ids][0]!;
				found = { id, via: 'exact', distance: 0, name: index.entries.find((e) => e.id === id && e.canon === canon)!.name, start, end: words[n - 1]!.end, text: phrase };
			}
		}
		if (!found) {
			let best: BoardMention | null = null;
			for (let n = words.length; n >= 2; n--) {
				if (!endsWell(n)) continue;
				const phrase = text.text.slice(start, words[n - 1]!.end);
				const match = matchCanonical(canonicalBoardName(phrase, index.mode), index, n === words.length);
				if (match && (!best || match.distance < best.distance)) best = { ...match, start, end: words[n - 1]!.end, text: phrase };
			}
			found = best;
		}
		// A board known only by its province ends at the province: `… tỉnh Phú Yên` of `… tỉnh Phú Yên làm Khối trưởng`.
		if (found && found.via === 'province') {
			const shadowed = text.shadow.slice(found.start, found.end).replace(/[^a-z0-9]/g, ' ');
			const forms = index.provinces.filter((p) => p.id === found!.id).flatMap((p) => p.forms);
			const cut = Math.max(...forms.map((f) => {
				const at = shadowed.lastIndexOf(f);
				return at < 0 ? -1 : at + f.length;
			}));
			if (cut > 0) found = { ...found, end: found.start + cut, text: text.text.slice(found.start, found.start + cut) };
		}
		if (found) mentions.push(found);
	}
	return mentions;
}
