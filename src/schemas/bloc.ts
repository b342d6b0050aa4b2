import { z } from 'astro/zod';
import { PartialDateSchema, TextSchema, YearSchema, type RefFactory } from './common.ts';

/** One name of a bloc and the years it was used. */
export const BlocNameSchema = () =>
	z.object({
		/** Official name (`Khối thi đua Ban Quản lý các KCN, KCX, KKT các tỉnh đồng bằng sông Hồng`). */
		name: TextSchema(),
		/** Short name for menus and tables (`Khối đồng bằng sông Hồng`). */
		short: TextSchema(),
		from: YearSchema().optional(),
		to: YearSchema().optional(),
	});

/** A board's membership of the bloc. Absent years are not known, not “always”. */
export const MembershipSchema = (ref: RefFactory) =>
	z.object({
		unit: ref('units'),
		/** First year of membership, when known. */
		from: YearSchema().optional(),
		/** Last year of membership, when known. */
		to: YearSchema().optional(),
	});

/** The legal act that made this bloc out of an earlier one (merger, rename, split). */
export const LineageSchema = (ref: RefFactory) =>
	z.object({
		/** The earlier bloc. Its successors are derived from this field, never typed twice. */
		bloc: ref('blocs'),
		/** The act, as cited (`Thông tư 07/2018/TT-BKHĐT`). */
		act: TextSchema(),
		/** Date of the act, as precise as known. */
		date: PartialDateSchema(),
		/** What the act did (`hợp nhất`). */
		change: TextSchema().optional(),
	});

/** An emulation bloc (Khối thi đua) or cluster (Cụm thi đua). The file name is its id. */
export const BlocSchema = (ref: RefFactory) =>
	z.object({
		/** `khoi` (Khối thi đua, led by a Khối trưởng) or `cum` (Cụm thi đua, led by a Cụm trưởng). */
		kind: z.enum(['khoi', 'cum']),
		/** Names over time, oldest first. */
		names: z.array(BlocNameSchema()).min(1, 'cần ít nhất một tên'),
		/** Other forms articles use for the bloc, for import and mention search. */
		variants: z.array(TextSchema()).default([]),
		/** Region (`Đồng bằng sông Hồng`). */
		region: TextSchema(),
		/** First year the bloc worked, when known. */
		from: YearSchema().optional(),
		/** Last year, when it ended. */
		to: YearSchema().optional(),
		/** Member boards. List only boards a source names. */
		members: z.array(MembershipSchema(ref)).default([]),
		/** How many boards the bloc had, when the sources give a number but not every name. */
		memberCount: z.number().int().positive().optional(),
		/** The blocs this one was formed from, with the act. */
		predecessors: z.array(LineageSchema(ref)).default([]),
		/** An editorial note shown on the bloc page. */
		note: TextSchema().optional(),
	});

export type BlocData = z.output<ReturnType<typeof BlocSchema>>;
