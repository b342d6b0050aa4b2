/**
 * Words of two syllables. Vietnamese writes words as separate syllables ("Đà Nẵng", "khối
 * trưởng", "Hải Dương"), and Pagefind matches syllables one at a time, with marks stripped: "da
 * nang" also finds "đa năng" and a page where "đà" and "nẵng" stand apart, "duong" is dương,
 * đương, đường. So the indexer adds, to each page's metadata, the adjacent syllable pairs of the
 * archive's own vocabulary joined into one folded token (`danang`, `khoitruong`, `hanam`), and
 * the search page asks for the same tokens: a page matches "ha nam" only if it says "Hà Nam".
 *
 * The vocabulary is built from the archive's pages: every pair of adjacent capitalised syllables
 * (names of boards, provinces, blocs, people: "Hà Nam", "Lê Hữu", "Hữu Hoàng", "Tây Nguyên") and
 * the domain's terms (`PAIR_TERMS`: roles, awards, events). It is published with the indexed
 * spelling of each pair (marks stripped, đ kept: `danang` → `đa nang`), which also settles
 * whether a typed `d` is `đ` without a second search.
 */
import { foldVietnamese } from '../text/fold.ts';
import { pagefindWord } from './vocabulary.ts';

/** Two-syllable terms of the domain indexed as words even in lower case: roles, awards, events. */
export const PAIR_TERMS = [
	'khối trưởng',
	'khối phó',
	'cụm trưởng',
	'cụm phó',
	'trưởng ban',
	'phó trưởng',
	'vụ trưởng',
	'bộ trưởng',
	'thi đua',
	'cờ thi',
	'bằng khen',
	'khen thưởng',
	'tổng kết',
	'sơ kết',
	'giao ước',
	'đăng cai',
	'hội nghị',
	'dẫn đầu',
	'đề nghị',
	'trao tặng',
	'đồng bằng',
	'duyên hải',
	'miền trung',
	'tây nguyên',
];
const TERM_KEYS = new Set(PAIR_TERMS.map((t) => foldVietnamese(t).replace(/\s+/g, '')));

/**
 * Capitalised words that begin the name after them rather than belong to it ("Cụm Duyên hải
 * miền Trung", "Khối Tây Nguyên", "Tại Hội nghị", "ông Lê Hữu Hoàng"): a pair starting with one
 * is not a name, or "cum duyen" would demand "Cụm" before every "Duyên hải".
 */
const NAME_LEADS = new Set(['khối', 'cụm', 'ban', 'bộ', 'vụ', 'sở', 'tỉnh', 'thành', 'khu', 'tại', 'ông', 'bà', 'phó', 'trưởng', 'ủy', 'uỷ', 'theo', 'năm', 'ngày', 'trong', 'các', 'hội', 'chủ', 'đoàn', 'về', 'với', 'của', 'và']);

/** Where the build publishes the pair vocabulary (`src/integrations/pagefind.ts`). */
export const PAIRS_PATH = 'tim-kiem/tu-ghep.json';

/**
 * Pagefind metadata keys of the joined pairs: the name of a board or bloc page (the entity
 * itself), the title, recipient and event of other pages, and the page's text.
 */
export const PAIR_META = { entity: 'từ ghép tên', title: 'từ ghép tiêu đề', body: 'từ ghép' } as const;

/** A syllable of a text: its folded form (the pair key part), its indexed spelling, whether it is capitalised, and whether a pair may continue past it. */
interface Syllable {
	fold: string;
	/** Lower case, marks kept. */
	lower: string;
	indexed: string;
	capital: boolean;
	/** Punctuation after it (or a digit, an acronym…): it cannot pair with the next. */
	stop: boolean;
}

const LETTERS_ONLY = /^[\p{L}\p{M}]+$/u;

/** What one white-space separated word of a text contributes: punctuation before it, and its syllable (null when it is not a plain syllable). */
interface WordShape {
	lead: boolean;
	syllable: Syllable | null;
}

/**
 * Word shapes by word. A text repeats a few thousand distinct words, and the index reads every
 * page's text twice (the vocabulary, then each page's pairs): folding each distinct word once
 * took the vocabulary from 2.8 s to 0.4 s at 1,000 articles (`node scripts/search-index.ts DIST --no-reconcile`).
 */
const shapes = new Map<string, WordShape>();
const MAX_SHAPES = 200_000;

function wordShape(raw: string): WordShape {
	let shape = shapes.get(raw);
	if (shape) return shape;
	const match = /^([^\p{L}\p{M}\p{N}]*)(.*?)([^\p{L}\p{M}\p{N}]*)$/su.exec(raw)!;
	const [, lead = '', core = '', trail = ''] = match;
	const plain = LETTERS_ONLY.test(core) && core !== core.toUpperCase() ? core : '';
	const syllable = plain ? { fold: foldVietnamese(plain), lower: plain.toLowerCase(), indexed: pagefindWord(plain), capital: plain[0] !== plain[0]!.toLowerCase(), stop: trail !== '' } : null;
	shape = { lead: lead !== '', syllable };
	if (shapes.size >= MAX_SHAPES) shapes.clear();
	shapes.set(raw, shape);
	return shape;
}

/** The syllables of a text, in order. A word that is not a plain syllable (a number, an acronym, a hyphenated word) breaks pairs. */
function syllables(text: string): Syllable[] {
	const out: Syllable[] = [];
	for (const raw of text.normalize('NFC').split(/\s+/u)) {
		if (!raw) continue;
		const { lead, syllable } = wordShape(raw);
		if (lead && out.length > 0) out.at(-1)!.stop = true;
		if (!syllable) {
			if (out.length > 0) out.at(-1)!.stop = true;
			continue;
		}
		out.push({ ...syllable });
	}
	return out;
}

/** The key of a pair: both syllables folded and joined (`đà`, `nẵng` → `danang`). */
export function pairKey(a: string, b: string): string {
	return `${foldVietnamese(a)}${foldVietnamese(b)}`;
}

/**
 * The pair vocabulary of many texts: each pair of adjacent capitalised syllables, and each
 * domain term, that occurs, with its most frequent indexed spelling (`danang` → `đa nang`).
 * Keys ascending.
 */
export function pairVocabulary(texts: Iterable<string>): Record<string, string> {
	const named = new Set<string>();
	const spellings = new Map<string, Map<string, number>>();
	for (const text of texts) {
		const s = syllables(text);
		for (let i = 0; i + 1 < s.length; i++) {
			if (s[i]!.stop) continue;
			const key = s[i]!.fold + s[i + 1]!.fold;
			if (s[i]!.capital && s[i + 1]!.capital && !NAME_LEADS.has(s[i]!.lower)) named.add(key);
			const spelling = `${s[i]!.indexed} ${s[i + 1]!.indexed}`;
			const counts = spellings.get(key) ?? new Map<string, number>();
			counts.set(spelling, (counts.get(spelling) ?? 0) + 1);
			spellings.set(key, counts);
		}
	}
	const vocabulary: Record<string, string> = {};
	for (const key of [...spellings.keys()].filter((k) => named.has(k) || TERM_KEYS.has(k)).sort()) {
		const counts = [...spellings.get(key)!].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
		vocabulary[key] = counts[0]![0];
	}
	return vocabulary;
}

/** The joined tokens of a text's pairs that the vocabulary holds, in order of first occurrence, each once. */
export function pairTokens(text: string, vocabulary: Readonly<Record<string, string>>): string[] {
	const s = syllables(text);
	const tokens = new Set<string>();
	for (let i = 0; i + 1 < s.length; i++) {
		if (s[i]!.stop) continue;
		const key = s[i]!.fold + s[i + 1]!.fold;
		if (Object.hasOwn(vocabulary, key)) tokens.add(key);
	}
	return [...tokens];
}

/** A query's pairs: for each word that begins a vocabulary pair with the next word, the pair's key; words are lower-case syllables as typed. */
export function queryPairs(words: readonly string[], vocabulary: Readonly<Record<string, string>>): Array<{ at: number; key: string; spelling: [string, string] }> {
	const pairs: Array<{ at: number; key: string; spelling: [string, string] }> = [];
	for (let i = 0; i + 1 < words.length; i++) {
		const key = pairKey(words[i]!, words[i + 1]!);
		const spelling = Object.hasOwn(vocabulary, key) ? vocabulary[key]!.split(' ') : null;
		if (spelling?.length === 2) pairs.push({ at: i, key, spelling: spelling as [string, string] });
	}
	return pairs;
}
