import { z } from 'astro/zod';
import { TextSchema, YearSchema } from './common.ts';

/** Kinds of zone a board manages. */
export const ZONE_KINDS = ['KCN', 'KCX', 'KKT', 'KCNC'] as const;

/** One official name of a board and the years it is known to have been used. */
export const UnitNameSchema = () =>
	z.object({
		/** The official name, as the board was called then. */
		name: TextSchema(),
		/** A short form for tables (`BQL các KCN Hải Dương`). Defaults to `name`. */
		short: TextSchema().optional(),
		/** First year the name is known to be in use; absent when not known. */
		from: YearSchema().optional(),
		/** Last year the name is known to be in use; absent when still in use or not known. */
		to: YearSchema().optional(),
	});

/** A member board (Ban Quản lý) of one or more blocs. The file name is its id. */
export const UnitSchema = () =>
	z.object({
		/** Official names over time, oldest first. */
		names: z.array(UnitNameSchema()).min(1, 'cần ít nhất một tên'),
		/**
		 * False when no article of the archive states the board's official name: the first `names`
		 * entry is then a description (“Ban Quản lý thuộc tỉnh Gia Lai”) and pages say the name is not known.
		 */
		officialNameKnown: z.boolean().default(true),
		/** Other spellings the articles use (`BQL các KCN và KCX Hà Nội`), used to find mentions in bodies. */
		variants: z.array(TextSchema()).default([]),
		/** Province or city the board belongs to. */
		province: TextSchema(),
		/** Kinds of zone it manages. */
		zoneKinds: z.array(z.enum(ZONE_KINDS)).default([]),
		/** An editorial note shown on the board page. */
		note: TextSchema().optional(),
	});

export type UnitData = z.output<ReturnType<typeof UnitSchema>>;
