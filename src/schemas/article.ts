import { z } from 'astro/zod';
import { isOrderedRange } from '../lib/text/partial-date.ts';
import { PartialDateSchema, QuoteSchema, TextSchema, YearSchema, type RefFactory } from './common.ts';

/** A board in a role (chair, vice-chair), with the sentence that says so. */
export const RoleSchema = (ref: RefFactory) =>
	z
		.strictObject({
			unit: ref('units').describe('Mã ban quản lý (tên tệp trong content/units/, ví dụ `hai-duong`).'),
			/** The body sentence that states the role, copied exactly. */
			quote: QuoteSchema().describe('Câu trong thân bài nêu vai trò này của đơn vị, chép nguyên văn. Trang sẽ dẫn về đúng câu đó.'),
		})
		.nullable()
		.prefault(null);

/** The conference the article reports. Every field may be unknown (`null`): never guess. */
export const ConferenceSchema = (ref: RefFactory) =>
	z.strictObject({
		/** First day, as precise as the source: `2020-01-03`, `2020-01`, `2020`, or `null`. */
		start: PartialDateSchema().describe('Ngày bắt đầu hội nghị, chính xác đến mức nguồn nêu: `2020-01-03`, `2020-01`, `2020`, hoặc `null` nếu bài không nêu.'),
		/** Last day when the conference spans days; `null` for one day or unknown. */
		end: PartialDateSchema().describe('Ngày kết thúc khi hội nghị kéo dài nhiều ngày; `null` nếu họp một ngày hoặc chưa rõ.'),
		/** Place as the source names it (`tỉnh Hải Dương`), or `null`. */
		place: TextSchema().nullable().prefault(null).describe('Địa điểm như bài viết (`tỉnh Hải Dương`), hoặc `null` nếu bài không nêu.'),
		/** Boards that hosted (đăng cai / tổ chức). Not the chair, unless the source says both. */
		host: z.array(ref('units')).default([]).describe('Các ban quản lý đăng cai/tổ chức (mã). Không phải Khối trưởng, trừ khi bài nói cả hai.'),
		/** True when the source's date or place is doubtful (explained in `note`). */
		uncertain: z.boolean().default(false).describe('`true` khi ngày hoặc nơi họp còn nghi vấn (giải thích ở `note`).'),
		note: TextSchema().optional().describe('Ghi chú biên tập về hội nghị (ví dụ vì sao ngày hoặc nơi họp còn nghi vấn).'),
		/** The sentence giving date, place and host. */
		quote: QuoteSchema().describe('Câu trong thân bài nêu ngày, nơi họp hoặc đơn vị đăng cai, chép nguyên văn. Trang sẽ dẫn về đúng câu đó.'),
	});

/** Kinds of award: Cờ thi đua, Bằng khen, leading-unit recognition (dẫn đầu), anything else. */
export const AWARD_KINDS = ['flag', 'merit', 'leading', 'other'] as const;

/** An award voted or conferred at the conference. */
export const AwardSchema = (ref: RefFactory) =>
	z
		.strictObject({
			/** `flag` Cờ thi đua, `merit` Bằng khen, `leading` đơn vị dẫn đầu, `other`. */
			kind: z.enum(AWARD_KINDS).describe('Hình thức: `flag` Cờ thi đua, `merit` Bằng khen, `leading` đơn vị dẫn đầu, `other` khác.'),
			/** The award's name as printed (`Cờ thi đua`, `Bằng khen`). */
			name: TextSchema().describe('Tên khen thưởng như bài viết (`Cờ thi đua`, `Bằng khen`).'),
			/** Boards named as recipients. */
			recipients: z.array(ref('units')).default([]).describe('Các ban quản lý được khen (mã).'),
			/** How many recipients, when the source gives a number but no names. */
			count: z.number().int().positive().optional().describe('Số đơn vị khi bài chỉ nêu số lượng, không nêu tên.'),
			/** `proposed` (đề nghị … tặng, suy tôn … đề nghị) or `conferred` (trao tặng). */
			status: z.enum(['proposed', 'conferred']).describe('`proposed` khi khối đề nghị/suy tôn (đề nghị … tặng); `conferred` khi bài nêu việc trao tặng.'),
			/** Who confers it, or was asked to (`Bộ trưởng Bộ Kế hoạch và Đầu tư`). */
			by: TextSchema().nullable().prefault(null).describe('Cấp tặng hoặc cấp được đề nghị tặng (`Bộ trưởng Bộ Kế hoạch và Đầu tư`), hoặc `null`.'),
			/** The period the achievement covers when it is not the reviewed year (`2016–2020`). */
			period: TextSchema().optional().describe('Giai đoạn thành tích khi khác năm tổng kết (`2016–2020`).'),
			quote: QuoteSchema().describe('Câu trong thân bài nêu khen thưởng này, chép nguyên văn. Trang sẽ dẫn về đúng câu đó.'),
		})
		.refine((a) => a.recipients.length > 0 || a.count !== undefined, {
			message: 'Giải thưởng cần `recipients` (mã ban quản lý) hoặc `count` khi bài chỉ nêu số lượng.',
		});

/** A person present, with the title they held then. */
export const OfficialSchema = () =>
	z.strictObject({
		name: TextSchema().describe('Họ và tên người dự, như bài viết.'),
		/** Title at the time, as the article gives it. */
		title: TextSchema().describe('Chức danh của người dự lúc đó, như bài viết (`Phó Vụ trưởng Vụ Thi đua - Khen thưởng`).'),
		/** What they did at the conference (`chủ trì`, `phát biểu`), if stated. */
		role: TextSchema().optional().describe('Vai trò tại hội nghị (`chủ trì`, `phát biểu`), nếu bài nêu.'),
	});

/** Where the text came from and in what state. */
export const SourceSchema = () =>
	z.strictObject({
		/** Publisher or website, when known. */
		publisher: TextSchema().nullable().prefault(null).describe('Nơi đăng bài, nếu biết.'),
		/** The original title; `null` when the source has none. */
		title: TextSchema().nullable().prefault(null).describe('Tiêu đề gốc của bản nguồn; `null` khi bản nguồn không có tiêu đề.'),
		/** Author or signature as printed. */
		author: TextSchema().nullable().prefault(null).describe('Tác giả hoặc ký tên cuối bài.'),
		/** The original file name, kept in `content/sources/` and published as plain text. */
		file: TextSchema().describe('Tên tệp nguồn gốc trong content/sources/ (được công bố nguyên vẹn tại /nguon/).'),
		/** `clean`, `ocr` (OCR-damaged) or `lost-diacritics` (characters above U+00FF lost). */
		condition: z.enum(['clean', 'ocr', 'lost-diacritics']).describe('Tình trạng văn bản nguồn: `clean` (sạch), `ocr` (OCR lỗi), `lost-diacritics` (mất dấu).'),
		/** What the archive did to the text (restoration, removed page leftovers). */
		note: TextSchema().optional().describe('Kho lưu trữ đã làm gì với văn bản (khôi phục dấu, bỏ phần thừa của trang web).'),
	});

/** What a figure measures relative to its indicator. */
export const FIGURE_MEASURES = ['value', 'equivalent', 'plan', 'percent-of-plan', 'growth-percent', 'percent-of-registered'] as const;

/** A figure the article states, typed as printed. Parsed and checked against the body by the build. */
export const FigureSchema = () =>
	z.strictObject({
		/** Indicator key from `content/indicators.yaml`. */
		key: TextSchema().describe('Mã chỉ tiêu trong content/indicators.yaml.'),
		/** `total` (whole bloc), `FDI` or `DDI`. */
		scope: z.enum(['total', 'FDI', 'DDI']).default('total').describe('Phạm vi: `total` (toàn khối), `FDI`, `DDI`.'),
		/**
		 * `value` (the figure itself), `equivalent` (the same amount restated by the source in another
		 * currency or rounding), `plan` (the year's target), `percent-of-plan`, `growth-percent` (against
		 * the same period a year earlier), `percent-of-registered` (disbursed as a share of registered).
		 */
		measure: z.enum(FIGURE_MEASURES).default('value').describe('Loại số: `value` (giá trị), `equivalent` (quy đổi do bài nêu), `plan` (kế hoạch), `percent-of-plan`, `growth-percent`, `percent-of-registered`.'),
		/** The value exactly as printed (`5.056,1 triệu USD`, `108%`). */
		printed: TextSchema().describe('Con số đúng như bài in (`5.056,1 triệu USD`).'),
		/** The body text that states it, copied exactly; must contain `printed`. */
		quote: TextSchema().describe('Câu trong thân bài chứa con số (`printed`), chép nguyên văn. Trang sẽ dẫn về đúng câu đó.'),
		/** For stocks (“tính đến ngày 15/12/2019”): the date the figure stands at. */
		asOf: PartialDateSchema().describe('Với số lũy kế: ngày tính đến (`2019-12-15`).'),
		/** Set when the source qualifies the figure as an estimate (`ước đạt`). */
		estimate: z.boolean().default(false).describe('`true` khi bài ghi là ước tính (“ước đạt”).'),
		note: TextSchema().optional().describe('Ghi chú biên tập về con số này.'),
	});

/** A conference article. The file name (without `.md`) is its id and URL slug. */
export const ArticleSchema = (ref: RefFactory) =>
	z
		.strictObject({
			/** Title as published; for a source without one, an editorial title. */
			title: TextSchema().describe('Tiêu đề bài như đã đăng; khi nguồn không có tiêu đề, tiêu đề do kho lưu trữ đặt (ghi `titleEditorial: true`).'),
			/** True when the archive wrote the title because the source had none. */
			titleEditorial: z.boolean().default(false).describe('`true` khi nguồn không có tiêu đề và tiêu đề do kho lưu trữ đặt.'),
			bloc: ref('blocs').describe('Mã khối thi đua (tên tệp trong content/blocs/).'),
			/** The year the conference reviewed (năm tổng kết), not the year it met. */
			year: YearSchema().describe('Năm được tổng kết (không phải năm họp).'),
			/** `tong-ket` (year-end review) or `so-ket` (mid-year review). */
			event: z.enum(['tong-ket', 'so-ket']).default('tong-ket').describe('`tong-ket` (tổng kết năm) hoặc `so-ket` (sơ kết).'),
			conference: ConferenceSchema(ref).describe('Hội nghị: thời gian, địa điểm, đơn vị đăng cai. Điều bài không nêu để `null`.'),
			/** Chair (Khối trưởng / Cụm trưởng) of the reviewed year, if the article states it. */
			chair: RoleSchema(ref).describe('Khối trưởng/Cụm trưởng của năm tổng kết, nếu bài nêu rõ; không suy từ đơn vị đăng cai.'),
			/** Vice-chair (Khối phó / Cụm phó) of the reviewed year, if stated. */
			viceChair: RoleSchema(ref).describe('Khối phó/Cụm phó của năm tổng kết, nếu bài nêu rõ.'),
			/** Who was elected to lead the next year, if stated. */
			elected: z
				.strictObject({
					/** The year they were elected for; defaults to the reviewed year + 1. */
					year: YearSchema().optional().describe('Năm nhiệm kỳ được bầu; mặc định là năm tổng kết + 1.'),
					chair: RoleSchema(ref).describe('Đơn vị được bầu làm Khối trưởng/Cụm trưởng năm sau.'),
					viceChair: RoleSchema(ref).describe('Đơn vị được bầu làm Khối phó/Cụm phó năm sau.'),
				})
				.prefault({})
				.describe('Đơn vị được bầu cho năm sau, nếu bài nêu.'),
			/** The next conference, when the article announces its host or place. */
			nextConference: z
				.strictObject({
					host: z.array(ref('units')).default([]).describe('Các ban quản lý sẽ đăng cai hội nghị lần sau (mã), như bài báo trước.'),
					place: TextSchema().nullable().prefault(null).describe('Nơi họp hội nghị lần sau như bài viết, hoặc `null` nếu bài không nêu.'),
					quote: QuoteSchema().describe('Câu trong thân bài báo trước hội nghị lần sau, chép nguyên văn. Trang sẽ dẫn về đúng câu đó.'),
				})
				.optional()
				.describe('Hội nghị năm sau, khi bài báo trước nơi họp hoặc đơn vị đăng cai.'),
			awards: z.array(AwardSchema(ref)).default([]).describe('Khen thưởng được đề nghị hoặc trao tại hội nghị.'),
			officials: z.array(OfficialSchema()).default([]).describe('Đại biểu dự, với chức danh lúc đó.'),
			source: SourceSchema().describe('Nguồn của bài và tình trạng văn bản.'),
			/** Figures the article states about the bloc (see `content/indicators.yaml`). */
			figures: z.array(FigureSchema()).default([]).describe('Các con số bài nêu về toàn khối và phần FDI/DDI.'),
			/** Drafts are checked but not published. */
			draft: z.boolean().default(false).describe('`true`: bài nháp, được kiểm tra nhưng chưa đăng.'),
		})
		.superRefine((article, ctx) => {
			const { start, end } = article.conference;
			if (end && !start) {
				ctx.addIssue({ code: 'custom', path: ['conference', 'start'], message: 'Có ngày kết thúc mà không có ngày bắt đầu.' });
			}
			if (start && end && !isOrderedRange(start, end)) {
				ctx.addIssue({ code: 'custom', path: ['conference', 'end'], message: `Ngày kết thúc \`${end.iso}\` trước ngày bắt đầu \`${start.iso}\`.` });
			}
		});

export type ArticleData = z.output<ReturnType<typeof ArticleSchema>>;
