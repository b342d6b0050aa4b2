/**
 * Which seed paragraphs the synthetic bodies may copy. A paragraph that names a person, a
 * province or a region would put that name into hundreds of synthetic articles, and a search
 * for the name would then have no single right answer among them.
 */
import { foldVietnamese } from '../text/fold.ts';

/** The names to keep out of fillers, from the seed content: people (with their last two syllables, as articles shorten them: "Vụ trưởng Bích Ngọc"), provinces, places and regions. */
export function seedNames(people: readonly string[], places: readonly string[]): string[] {
	const names = new Set<string>();
	for (const person of people) {
		const syllables = person.trim().split(/\s+/u);
		names.add(syllables.join(' '));
		if (syllables.length > 2) names.add(syllables.slice(-2).join(' '));
	}
	for (const place of places) names.add(place.trim().replace(/^(tỉnh|thành phố|TP\.?)\s+/iu, ''));
	return [...names].filter((n) => n.includes(' '));
}

/** Whether `paragraph` contains one of `names` as whole words, folded (no marks, đ as d, any case). */
export function mentionsName(paragraph: string, names: readonly string[]): boolean {
	const text = ` ${foldVietnamese(paragraph).replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
	return names.some((name) => text.includes(` ${foldVietnamese(name).replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `));
}
