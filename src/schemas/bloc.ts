import { z } from 'astro/zod';
import { PartialDateSchema, TextSchema, YearSchema, type RefFactory } from './common.ts';

/** One name of a bloc and the years it was used. */
export const BlocNameSchema = () =>
	z.strictObject({
		/** Official name (`Khối thi đua Ban Quản lý các KCN, KCX, KKT các tỉnh đồng bằng sông Hồng`). */
		name: TextSchema().describe('Tên chính thức của khối trong những năm này.'),
		/** Short name for menus and tables (`Khối đồng bằng sông Hồng`). */
		short: TextSchema().describe('Tên ngắn cho bảng và menu.'),
		from: YearSchema().optional().describe('Năm đầu tiên khối dùng tên này (nếu biết).'),
		to: YearSchema().optional().describe('Năm cuối cùng khối dùng tên này (nếu có).'),
	});

/** A board's membership of the bloc. Absent years are not known, not “always”. */
export const MembershipSchema = (ref: RefFactory) =>
	z.strictObject({
		unit: ref('units').describe('Mã ban quản lý thành viên (tên tệp trong content/units/).'),
		/** First year of membership, when known. */
		from: YearSchema().optional().describe('Năm đầu tiên ban là thành viên (nếu biết).'),
		/** Last year of membership, when known. */
		to: YearSchema().optional().describe('Năm cuối cùng ban là thành viên (nếu biết).'),
	});

/** The legal act that made this bloc out of an earlier one (merger, rename, split). */
export const LineageSchema = (ref: RefFactory) =>
	z.strictObject({
		/** The earlier bloc. Its successors are derived from this field, never typed twice. */
		bloc: ref('blocs').describe('Mã khối tiền thân.'),
		/** The act, as cited (`Thông tư 07/2018/TT-BKHĐT`). */
		act: TextSchema().describe('Văn bản quy định thay đổi (`Thông tư số 07/2018/TT-BKHĐT`).'),
		/** Date of the act, as precise as known. */
		date: PartialDateSchema().describe('Ngày của văn bản.'),
		/** What the act did (`hợp nhất`). */
		change: TextSchema().optional().describe('Thay đổi gì (`hợp nhất`).'),
	});

/** Sources that disagree about who held a role in a year, recorded by an editor: the site shows every value, none picked. */
export const DisputeSchema = () =>
	z.strictObject({
		/** The year the role was held. */
		year: YearSchema().describe('Năm giữ vai trò.'),
		/** `chair` (Khối trưởng/Cụm trưởng) or `vice-chair` (Khối phó/Cụm phó). */
		role: z.enum(['chair', 'vice-chair']).describe('`chair` (Khối trưởng) hoặc `vice-chair` (Khối phó).'),
		/** What the editor found (which sources say what, what was checked). */
		note: TextSchema().describe('Ghi chú của biên tập viên: nguồn nào ghi gì, đã đối chiếu những gì.'),
	});

/** An emulation bloc (Khối thi đua) or cluster (Cụm thi đua). The file name is its id. */
export const BlocSchema = (ref: RefFactory) =>
	z.strictObject({
		/** `khoi` (Khối thi đua, led by a Khối trưởng) or `cum` (Cụm thi đua, led by a Cụm trưởng). */
		kind: z.enum(['khoi', 'cum']).describe('`khoi` (Khối thi đua) hoặc `cum` (Cụm thi đua).'),
		/** Names over time, oldest first. */
		names: z.array(BlocNameSchema()).min(1, 'cần ít nhất một tên').describe('Các tên qua thời gian, cũ trước.'),
		/** Other forms articles use for the bloc, for import and mention search. */
		variants: z.array(TextSchema()).default([]).describe('Các cách bài viết gọi khối, dùng khi nhập bài và tìm bài nhắc đến khối.'),
		/** Region (`Đồng bằng sông Hồng`). */
		region: TextSchema().describe('Vùng.'),
		/** First year the bloc worked, when known. */
		from: YearSchema().optional().describe('Năm khối bắt đầu hoạt động (nếu biết).'),
		/** Last year, when it ended. */
		to: YearSchema().optional().describe('Năm khối kết thúc (nếu có).'),
		/** Member boards. List only boards a source names. */
		members: z.array(MembershipSchema(ref)).default([]).describe('Các ban quản lý thành viên (chỉ những ban nguồn nêu tên).'),
		/** How many boards the bloc had, when the sources give a number but not every name. */
		memberCount: z.number().int().positive().optional().describe('Số thành viên khi nguồn nêu số mà không nêu đủ tên.'),
		/** The blocs this one was formed from, with the act. */
		predecessors: z.array(LineageSchema(ref)).default([]).describe('Các khối tiền thân và văn bản thay đổi.'),
		/** Years where the sources disagree about a chair or vice-chair, recorded after checking them. */
		disputes: z.array(DisputeSchema()).default([]).describe('Các năm mà nguồn ghi khác nhau về Khối trưởng, Khối phó (đã đối chiếu).'),
		/** An editorial note shown on the bloc page. */
		note: TextSchema().optional().describe('Ghi chú biên tập, hiện trên trang khối.'),
	});

export type BlocData = z.output<ReturnType<typeof BlocSchema>>;
