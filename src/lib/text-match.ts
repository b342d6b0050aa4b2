/** Whitespace- and normalisation-tolerant text matching, shared by quote checks and anchors. */

/** NFC with every run of whitespace collapsed to one space and ends trimmed. */
export function normalizeText(text: string): string {
	return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/**
 * Finds `needle` in `haystack` ignoring differences of whitespace, returning the range in the
 * original `haystack` (which must already be NFC), or `null`.
 */
export function findLoose(haystack: string, needle: string): { start: number; end: number } | null {
	const target = normalizeText(needle);
	if (!target) return null;
	// Build the collapsed haystack with a map back to original offsets.
	let collapsed = '';
	const map: number[] = [];
	let inSpace = false;
	for (let i = 0; i < haystack.length; i++) {
		const ch = haystack[i]!;
		if (/\s/.test(ch)) {
			if (!inSpace) {
				collapsed += ' ';
				map.push(i);
			}
			inSpace = true;
		} else {
			collapsed += ch;
			map.push(i);
			inSpace = false;
		}
	}
	const at = collapsed.indexOf(target);
	if (at < 0) return null;
	const start = map[at]!;
	const end = map[at + target.length - 1]! + 1;
	return { start, end };
}

/** FNV-1a 32-bit hash in base 36: short, stable ids from text. */
export function shortHash(text: string): string {
	let hash = 0x811c9dc5;
	for (const ch of text) {
		hash ^= ch.codePointAt(0)!;
		hash = Math.imul(hash, 0x01000193) >>> 0;
	}
	return hash.toString(36);
}
