/**
 * The prose of an MDX article body, for checks that read text (spelling): every component tag
 * (`<Hinh … />`, `<BieuDoChiTieu … />`) is blanked with spaces of the same length, newlines kept,
 * so `line:column` still point into the file; the caption and description a staff member wrote
 * (`chuThich`, `moTa`) stay, to be checked like the rest of the text.
 */
const TAG = /<\/?[A-Za-z][\w.]*(?:\s+[A-Za-z][\w-]*(?:\s*=\s*(?:"[^"]*"|'[^']*'|\{[^}]*\}))?)*\s*\/?>/g;
const PROSE_ATTRIBUTE = /\b(chuThich|moTa)(\s*=\s*)(?:"([^"]*)"|'([^']*)')/g;

export function mdxProse(body: string): string {
	return body.replace(TAG, (tag) => {
		let out = tag.replace(/[^\n]/g, ' ');
		for (const m of tag.matchAll(PROSE_ATTRIBUTE)) {
			const value = m[3] ?? m[4] ?? '';
			const start = m.index + m[1]!.length + m[2]!.length + 1;
			out = out.slice(0, start) + value + out.slice(start + value.length);
		}
		return out;
	});
}
