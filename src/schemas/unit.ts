import { z } from 'astro/zod';
import { TextSchema, YearSchema } from './common.ts';

/** Kinds of zone a board manages. */
export const ZONE_KINDS = ['KCN', 'KCX', 'KKT', 'KCNC'] as const;

/** One official name of a board and the years it is known to have been used. */
export const UnitNameSchema = () =>
	z.strictObject({
		/** The official name, as the board was called then. */
		name: TextSchema().describe('Tên chính thức của ban lúc đó.'),
		/** A short form for tables (`BQL các KCN Hải Dương`). Defaults to `name`. */
		short: TextSchema().optional().describe('Tên ngắn cho bảng (`BQL các KCN Hải Dương`).'),
		/** First year the name is known to be in use; absent when not known. */
		from: YearSchema().optional().describe('Năm đầu tiên tên này được biết là dùng.'),
		/** Last year the name is known to be in use; absent when still in use or not known. */
		to: YearSchema().optional().describe('Năm cuối cùng tên này được biết là dùng.'),
	});

/** A member board (Ban Quản lý) of one or more blocs. The file name is its id. */
export const UnitSchema = () =>
	z.strictObject({
		/** Official names over time, oldest first. */
		names: z.array(UnitNameSchema()).min(1, 'cần ít nhất một tên').describe('Các tên chính thức qua thời gian, cũ trước.'),
		/**
		 * False when no article of the archive states the board's official name: the first `names`
		 * entry is then a description (“Ban Quản lý thuộc tỉnh Gia Lai”) and pages say the name is not known.
		 */
		officialNameKnown: z.boolean().default(true).describe('`false` khi chưa bài nào nêu tên chính thức.'),
		/** Other spellings the articles use (`BQL các KCN và KCX Hà Nội`), used to find mentions in bodies. */
		variants: z.array(TextSchema()).default([]).describe('Các cách viết khác trong bài, dùng để tìm bài có nhắc đến ban.'),
		/** Province or city the board belongs to. */
		province: TextSchema().describe('Tỉnh, thành phố.'),
		/** Kinds of zone it manages. */
		zoneKinds: z.array(z.enum(ZONE_KINDS)).default([]).describe('Loại khu quản lý: KCN, KCX, KKT, KCNC.'),
		/** An editorial note shown on the board page. */
		note: TextSchema().optional().describe('Ghi chú biên tập, hiện trên trang ban quản lý.'),
	});

export type UnitData = z.output<ReturnType<typeof UnitSchema>>;
