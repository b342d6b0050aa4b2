/** ASCII slugs for Vietnamese text, from the archive's one folding (./fold.ts). */
import { foldDiacritics } from './fold.ts';

export { foldDiacritics };

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
