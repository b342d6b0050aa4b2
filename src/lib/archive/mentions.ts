/**
 * Phase 7, mentions: which boards each article names, in its front matter or in its body by any
 * of their name variants (matched on canonical names: folded, abbreviations expanded).
 */
import { foldVietnamese } from '../text/fold.ts';
import type { Article, Unit } from './types.ts';

/**
 * Canonical form of a board or bloc name for matching across spellings: folded, abbreviations
 * expanded the same way (BQL = Ban Quản lý, KCN = khu công nghiệp, …), punctuation and the
 * words “tỉnh”/“thành phố” dropped, so “BQL các KCN tỉnh Hải Dương” and “Ban quản lý các khu
 * công nghiệp Hải Dương” meet.
 */
export function canonicalName(text: string): string[] {
	const folded = ` ${foldVietnamese(text).replace(/[^\p{L}\p{N}]+/gu, ' ')} `
		.replace(/ ban quan ly /g, ' bql ')
		.replace(/ khu cong nghe cao /g, ' kcnc ')
		.replace(/ khu cong nghiep /g, ' kcn ')
		.replace(/ khu che xuat /g, ' kcx ')
		.replace(/ che xuat /g, ' kcx ')
		.replace(/ cx /g, ' kcx ')
		.replace(/ khu kinh te /g, ' kkt ')
		.replace(/ (tinh|thanh pho|tp) /g, ' ');
	return folded.split(' ').filter(Boolean);
}

interface TrieNode {
	next: Map<string, TrieNode>;
	/** The id of the thing whose name ends here. */
	id?: string;
}

/** Builds a matcher that finds which of the named things a text mentions, in time linear in the text. */
export function createMentionMatcher(names: ReadonlyMap<string, readonly string[]>): (text: string) => Set<string> {
	// A token trie: walking it from each position finds the longest name starting there.
	const root: TrieNode = { next: new Map() };
	for (const [id, variants] of names) {
		for (const variant of variants) {
			const tokens = canonicalName(variant);
			// A bare “bql” or a one-word name would match everywhere: too short to be evidence.
			if (tokens.length < 3) continue;
			let node = root;
			for (const token of tokens) {
				let child = node.next.get(token);
				if (!child) node.next.set(token, (child = { next: new Map() }));
				node = child;
			}
			node.id ??= id;
		}
	}
	return (text: string) => {
		const tokens = canonicalName(text);
		const found = new Set<string>();
		for (let i = 0; i < tokens.length; i++) {
			let node: TrieNode | undefined = root;
			let longest: string | undefined;
			for (let j = i; j < tokens.length; j++) {
				node = node.next.get(tokens[j]!);
				if (!node) break;
				if (node.id) longest = node.id;
			}
			if (longest) found.add(longest);
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
