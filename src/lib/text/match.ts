/** Whitespace- and normalisation-tolerant text matching, shared by quote checks and anchors. */

/** NFC with every run of whitespace collapsed to one space and ends trimmed. */
export function normalizeText(text: string): string {
	// The same long text (an article body) is often normalised once per quote or figure in a row.
	if (text === lastInput) return lastOutput;
	const output = text.normalize('NFC').replace(/\s+/g, ' ').trim();
	if (text.length > 256) {
		lastInput = text;
		lastOutput = output;
	}
	return output;
}
let lastInput = '';
let lastOutput = '';

/** Whitespace as `\s` matches it, by code unit (faster than a regular expression per character). */
function isSpace(code: number): boolean {
	return (code >= 9 && code <= 13) || code === 32 || code === 160 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/**
 * Finds `needle` in `haystack` ignoring differences of whitespace, returning the range in the
 * original `haystack` (which must already be NFC), or `null`.
 */
export function findLoose(haystack: string, needle: string): { start: number; end: number } | null {
	const target = normalizeText(needle);
	if (!target) return null;
	// Most calls look for a quote in a paragraph that does not hold it: reject those cheaply.
	if (!haystack.replace(/\s+/g, ' ').includes(target)) return null;
	// Build the collapsed haystack with a map back to original offsets.
	let collapsed = '';
	const map: number[] = [];
	let inSpace = false;
	for (let i = 0; i < haystack.length; i++) {
		const ch = haystack[i]!;
		if (isSpace(haystack.charCodeAt(i))) {
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
