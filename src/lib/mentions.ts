import { foldVietnamese } from './search-fold.ts';

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

/** Builds a matcher that finds which of the named things a text mentions, in linear time. */
export function createMentionMatcher(names: ReadonlyMap<string, readonly string[]>): (text: string) => Set<string> {
	const phrases = new Map<string, string>();
	const lengths = new Set<number>();
	for (const [id, variants] of names) {
		for (const variant of variants) {
			const tokens = canonicalName(variant);
			// A bare “bql” or a one-word name would match everywhere: too short to be evidence.
			if (tokens.length < 3) continue;
			phrases.set(tokens.join(' '), id);
			lengths.add(tokens.length);
		}
	}
	const sizes = [...lengths].sort((a, b) => b - a);
	return (text: string) => {
		const tokens = canonicalName(text);
		const found = new Set<string>();
		for (let i = 0; i < tokens.length; i++) {
			for (const size of sizes) {
				if (i + size > tokens.length) continue;
				const id = phrases.get(tokens.slice(i, i + size).join(' '));
				if (id) {
					found.add(id);
					break;
				}
			}
		}
		return found;
	};
}
