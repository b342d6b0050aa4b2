/**
 * Slugs and ASCII folding for Vietnamese text.
 *
 * Unicode decomposes the tone and vowel marks (`ế` → `e` + U+0302 + U+0301), so stripping
 * combining marks after NFD removes them. It does not decompose `đ`/`Đ` (U+0111/U+0110): they are
 * letters of their own, so they are mapped to `d`/`D` explicitly, before anything else.
 */

/** Removes Vietnamese diacritics, keeping case: `Đắk Nông` → `Dak Nong`. Input may be NFC or NFD. */
export function foldDiacritics(text: string): string {
	return text
		.normalize('NFD')
		.replace(/đ/g, 'd')
		.replace(/Đ/g, 'D')
		.replace(/[\u0300-\u036f]/g, '')
		.normalize('NFC');
}

/**
 * An ASCII slug: folded, lower-case, words joined by single hyphens, no leading or trailing
 * hyphen. `Khối Đồng bằng sông Hồng` → `khoi-dong-bang-song-hong`.
 */
export function slugify(text: string): string {
	return foldDiacritics(text)
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
}
