/**
 * Folding for Vietnamese search and matching: lower case, tone and vowel marks removed, and
 * đ/Đ mapped to d explicitly, because Unicode does not decompose đ (U+0111) into d + a mark.
 */
export function foldVietnamese(text: string): string {
	return text
		.normalize('NFD')
		.replace(/\p{M}+/gu, '')
		.replace(/đ/g, 'd')
		.replace(/Đ/g, 'D')
		.toLowerCase()
		.normalize('NFC');
}
