/**
 * Vietnamese syllable structure, used to score decodings and to detect damaged text. A syllable
 * is an optional onset, a rhyme (medial + nucleus + coda) and at most one tone mark; syllables
 * ending in c, ch, p or t carry only the sắc or nặng tone. Spelling rules (k/c, gh/g) are not
 * checked: the aim is to tell Vietnamese from mojibake, OCR noise and stripped text, not to spell-check.
 */

const TONE = new Map([
	['\u0300', 'huyen'],
	['\u0301', 'sac'],
	['\u0303', 'nga'],
	['\u0309', 'hoi'],
	['\u0323', 'nang'],
]);
/** Circumflex, breve, horn: marks that make â ê ô ă ơ ư. */
const SHAPE = new Set(['\u0302', '\u0306', '\u031B']);

const ONSETS = ['ngh', 'ng', 'nh', 'ch', 'gh', 'gi', 'kh', 'ph', 'th', 'tr', 'qu', 'b', 'c', 'd', 'đ', 'g', 'h', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'x', ''];

const OPEN_RHYMES = [
	'a', 'ai', 'ao', 'au', 'ay', 'âu', 'ây', 'e', 'eo', 'ê', 'êu', 'i', 'ia', 'iu', 'iêu', 'o', 'oa', 'oai', 'oao', 'oay', 'oe', 'oeo', 'oi',
	'ô', 'ôi', 'ơ', 'ơi', 'u', 'ua', 'uê', 'ui', 'uy', 'uya', 'uyu', 'uơ', 'ư', 'ưa', 'ưi', 'ưu', 'ươi', 'ươu', 'uôi', 'y', 'yêu',
];
const NUCLEI = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'iê', 'yê', 'uô', 'ươ', 'oa', 'oă', 'oe', 'uâ', 'uê', 'uy', 'uyê', 'oo'];
const CODAS = ['c', 'ch', 'm', 'n', 'ng', 'nh', 'p', 't'];
const PALATAL_OK = new Set(['a', 'ê', 'i', 'oa', 'uê', 'uy']);
const VELAR_BAD = new Set(['ê', 'i', 'uê', 'uy', 'uyê']);

function buildRhymes(): Map<string, boolean> {
	/** rhyme → true when it ends in a stop (c, ch, p, t). */
	const rhymes = new Map<string, boolean>();
	for (const r of OPEN_RHYMES) rhymes.set(r, false);
	for (const n of NUCLEI) {
		for (const c of CODAS) {
			if ((c === 'ch' || c === 'nh') && !PALATAL_OK.has(n)) continue;
			if ((c === 'c' || c === 'ng') && VELAR_BAD.has(n)) continue;
			if (n === 'oo' && c !== 'c' && c !== 'ng') continue;
			if (n === 'uyê' && c !== 'n' && c !== 't') continue;
			rhymes.set(n + c, c === 'c' || c === 'ch' || c === 'p' || c === 't');
		}
	}
	// Central Highlands names keep a final k: Đắk Lắk, Đắk Nông.
	rhymes.set('ăk', true);
	return rhymes;
}
const RHYMES = buildRhymes();

/** Splits a word into its toneless letters (with â ê ô ă ơ ư đ) and its tone; `null` if it has two tones or foreign marks. */
function untone(word: string): { letters: string; tone: string | null } | null {
	let letters = '';
	let tone: string | null = null;
	for (const ch of word.toLowerCase().normalize('NFD')) {
		if (TONE.has(ch)) {
			if (tone !== null) return null;
			tone = TONE.get(ch)!;
		} else if (SHAPE.has(ch)) {
			if (!letters) return null;
			letters = letters.slice(0, -1) + (letters.slice(-1) + ch).normalize('NFC');
			if (letters.slice(-1).normalize('NFD').length !== 2) return null; // the shape mark did not compose (e.g. `k̂`)
		} else if (/\p{M}/u.test(ch)) {
			return null;
		} else {
			letters += ch;
		}
	}
	return { letters, tone };
}

/** True when `word` (one token of letters, any case, NFC or NFD) is a possible Vietnamese syllable. */
export function isVietnameseSyllable(word: string): boolean {
	const parts = untone(word);
	if (!parts || !/^[a-zăâđêôơư]+$/.test(parts.letters)) return false;
	const { letters, tone } = parts;
	for (const onset of ONSETS) {
		if (!letters.startsWith(onset)) continue;
		const rhyme = letters.slice(onset.length);
		if (onset === 'qu' && (rhyme.startsWith('u') || rhyme === '')) continue;
		if (onset === 'gi' && rhyme.startsWith('i')) continue;
		const stop = RHYMES.get(rhyme);
		if (stop === undefined) continue;
		if (stop && tone !== 'sac' && tone !== 'nang') continue;
		return true;
	}
	// `gi` + a rhyme that starts with i is written with one i: gì, gìn, giếng.
	if (letters.startsWith('gi')) {
		const stop = RHYMES.get(letters.slice(1));
		if (stop !== undefined && (!stop || tone === 'sac' || tone === 'nang')) return true;
	}
	return false;
}

/** Word tokens of a text: runs of letters and combining marks, with their offsets. */
export function wordTokens(text: string): { word: string; index: number }[] {
	return [...text.matchAll(/[\p{L}\p{M}]+/gu)].map((m) => ({ word: m[0], index: m.index }));
}

/** An abbreviation or acronym (`KCN`, `BKHĐT`): two or more letters, all upper case. */
export function isAcronym(word: string): boolean {
	return word.length >= 2 && word === word.toUpperCase() && word !== word.toLowerCase();
}

export interface SyllableStats {
	/** Word tokens counted (acronyms excluded). */
	words: number;
	/** Of those, valid Vietnamese syllables. */
	valid: number;
	/** Valid syllables with at least one non-ASCII letter: evidence for a decoding. */
	validMarked: number;
	/** Tokens with a non-ASCII letter that are not syllables: evidence against a decoding. */
	invalidMarked: number;
}

/** Counts valid and invalid syllables in a text. */
export function syllableStats(text: string): SyllableStats {
	const stats: SyllableStats = { words: 0, valid: 0, validMarked: 0, invalidMarked: 0 };
	for (const { word } of wordTokens(text)) {
		if (isAcronym(word)) continue;
		stats.words++;
		const marked = /[^\x00-\x7f]/.test(word);
		if (isVietnameseSyllable(word)) {
			stats.valid++;
			if (marked) stats.validMarked++;
		} else if (marked) {
			stats.invalidMarked++;
		}
	}
	return stats;
}
