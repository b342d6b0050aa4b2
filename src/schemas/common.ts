import { z } from 'astro/zod';
import { parsePartialDate } from '../lib/text/partial-date.ts';

// Staff read schema errors: Zod's own Vietnamese messages for everything we do not word ourselves.
z.config(z.locales.vi());

/**
 * A reference to another collection's entry. `content.config.ts` passes Astro's `reference()`;
 * the staff checker passes a plain id schema and resolves ids itself. Either way, archive.ts
 * resolves every id and fails with the file and field when it does not exist.
 */
export type RefFactory = (collection: 'blocs' | 'units') => z.ZodType<{ id: string } | string>;

/** Plain-id references for use outside Astro (scripts, unit tests). */
export const idReference: RefFactory = () => z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'mã phải là chữ thường không dấu, nối bằng “-”');

/** The id a reference points at, whether it came from Astro's `reference()` or a plain id. */
export function refId(ref: { id: string } | string): string {
	return typeof ref === 'string' ? ref : ref.id;
}

/** Text stored in Unicode NFC, trimmed, never empty. */
export const TextSchema = () =>
	z
		.string()
		.transform((s) => s.normalize('NFC').trim())
		.pipe(z.string().min(1, 'không được để trống'));

/**
 * A date known to the year, month or day: `2020`, `2020-01`, `2020-01-03`, or `null` when the
 * source does not say. An impossible date (`2023-02-30`) is an error, never rounded.
 */
export const PartialDateSchema = () =>
	z
		.union([z.number().int(), z.string(), z.date()])
		.nullable()
		.prefault(null)
		.transform((value, ctx) => {
			if (value === null) return null;
			const result = parsePartialDate(value);
			if (!result.ok) {
				ctx.addIssue({ code: 'custom', message: `Ngày sai: ${result.reason}. Ghi YYYY, YYYY-MM hoặc YYYY-MM-DD, hoặc null nếu bài không nêu.` });
				return z.NEVER;
			}
			return result.date;
		});

/** A year such as 2019 (the archive covers 1990–2100). */
export const YearSchema = () => z.number().int().min(1990).max(2100);

/**
 * The sentence of the article body a fact comes from, copied exactly. The build checks that it
 * occurs in the body and anchors it so the fact can link to it.
 */
export const QuoteSchema = () => TextSchema().optional();
