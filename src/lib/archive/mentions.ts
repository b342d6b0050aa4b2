/**
 * Phase 7, mentions: which boards each article names, in its front matter or in its body by any
 * of their name variants (matched on canonical names: folded, abbreviations expanded).
 */
import { foldDiacritics } from '../text/fold.ts';
import type { Article, Unit } from './types.ts';

/** Word sequences written out or abbreviated, and their canonical token (`null`: dropped), tried in this order at each word. */
const CANONICAL_RULES: ReadonlyArray<readonly [readonly string[], string | null]> = [
	[['ban', 'quan', 'ly'], 'bql'],
	[['khu', 'cong', 'nghe', 'cao'], 'kcnc'],
	[['khu', 'cong', 'nghiep'], 'kcn'],
	[['khu', 'che', 'xuat'], 'kcx'],
	[['che', 'xuat'], 'kcx'],
	[['cx'], 'kcx'],
	[['khu', 'kinh', 'te'], 'kkt'],
	[['tinh'], null],
	[['thanh', 'pho'], null],
	[['tp'], null],
];

/** A canonical token, and whether the word it comes from was capitalised (abbreviations: false). */
interface CanonicalToken {
	token: string;
	capital: boolean;
}

/**
 * Canonical tokens of a board or bloc name for matching across spellings: folded, abbreviations
 * expanded the same way (BQL = Ban Quản lý, KCN = khu công nghiệp, …), punctuation and the
 * words “tỉnh”/“thành phố” dropped, so “BQL các KCN tỉnh Hải Dương” and “Ban quản lý các khu
 * công nghiệp Hải Dương” meet. Each keeps whether its word was capitalised.
 */
export function canonicalTokens(text: string): CanonicalToken[] {
	const words = foldDiacritics(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
	const lower = words.map((w) => w.toLowerCase());
	const out: CanonicalToken[] = [];
	for (let i = 0; i < words.length; ) {
		const rule = CANONICAL_RULES.find(([seq]) => seq.every((w, k) => lower[i + k] === w));
		if (rule) {
			if (rule[1] !== null) out.push({ token: rule[1], capital: false });
			i += rule[0].length;
			continue;
		}
		out.push({ token: lower[i]!, capital: words[i] !== lower[i] && words[i]![0] !== lower[i]![0] });
		i++;
	}
	return out;
}

/** The canonical tokens of a name (see `canonicalTokens`). */
export function canonicalName(text: string): string[] {
	return canonicalTokens(text).map((t) => t.token);
}

interface TrieNode {
	next: Map<string, TrieNode>;
	/** The id of the thing whose name ends here. */
	id?: string;
	/** Every name through this node capitalises the word that leads here (a proper name's syllable). */
	proper: boolean;
}

/**
 * Builds a matcher that finds which of the named things a text mentions, in time linear in the
 * text. Where names nest ("An Phát", "An Phát Lâm"), the longer is taken unless the text
 * capitalises the shorter name but not the syllable the longer adds ("An Phát làm Khối phó":
 * làm is a verb, not Lâm).
 */
export function createMentionMatcher(names: ReadonlyMap<string, readonly string[]>): (text: string) => Set<string> {
	// A token trie: walking it from each position finds the names starting there.
	const root: TrieNode = { next: new Map(), proper: false };
	for (const [id, variants] of names) {
		for (const variant of variants) {
			const tokens = canonicalTokens(variant);
			// A bare “bql” or a one-word name would match everywhere: too short to be evidence.
			if (tokens.length < 3) continue;
			let node = root;
			for (const { token, capital } of tokens) {
				let child = node.next.get(token);
				if (!child) node.next.set(token, (child = { next: new Map(), proper: capital }));
				else child.proper &&= capital;
				node = child;
			}
			node.id ??= id;
		}
	}
	return (text: string) => {
		const tokens = canonicalTokens(text);
		const found = new Set<string>();
		for (let i = 0; i < tokens.length; i++) {
			let node: TrieNode | undefined = root;
			let chosen: string | undefined;
			// Whether the text capitalises names at all here (a text in lower case says nothing), and the words since the last name found agree.
			let textCased = false;
			let caseAgrees = true;
			for (let j = i; j < tokens.length; j++) {
				node = node.next.get(tokens[j]!.token);
				if (!node) break;
				if (chosen === undefined) textCased ||= node.proper && tokens[j]!.capital;
				caseAgrees &&= !node.proper || tokens[j]!.capital;
				// The first name found is kept whatever its case; a longer one replaces it unless the text capitalises names and not the words it adds.
				if (node.id && (chosen === undefined || caseAgrees || !textCased)) {
					chosen = node.id;
					caseAgrees = true;
				}
			}
			if (chosen) found.add(chosen);
		}
		return found;
	};
}

/** Names a board is found by in a body: its official names (when known) and its variants. */
export function mentionNames(units: ReadonlyMap<string, Unit>): Map<string, string[]> {
	const names = new Map<string, string[]>();
	for (const unit of units.values()) names.set(unit.id, [...unit.data.names.filter(() => unit.data.officialNameKnown).map((n) => n.name), ...unit.data.variants]);
	return names;
}

/** Sets each article's `mentions`: boards of its front matter and boards its body names, known boards only, sorted. */
export function deriveMentions(articles: Iterable<Article>, units: ReadonlyMap<string, Unit>): void {
	const findMentions = createMentionMatcher(mentionNames(units));
	for (const a of articles) {
		const roles = [a.chair, a.viceChair, a.electedChair, a.electedViceChair].filter((r) => r !== null).map((r) => r.value);
		const stated = [...a.host, ...a.awards.flatMap((w) => w.recipients), ...roles];
		a.mentions = [...new Set([...stated, ...findMentions(a.text)])].filter((u) => units.has(u)).sort();
	}
}
