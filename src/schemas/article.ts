import { z } from 'astro/zod';
import { isOrderedRange } from '../lib/partial-date.ts';
import { PartialDateSchema, QuoteSchema, TextSchema, YearSchema, type RefFactory } from './common.ts';

/** A board in a role (chair, vice-chair), with the sentence that says so. */
export const RoleSchema = (ref: RefFactory) =>
	z
		.object({
			unit: ref('units'),
			/** The body sentence that states the role, copied exactly. */
			quote: QuoteSchema(),
		})
		.nullable()
		.prefault(null);

/** The conference the article reports. Every field may be unknown (`null`): never guess. */
export const ConferenceSchema = (ref: RefFactory) =>
	z.object({
		/** First day, as precise as the source: `2020-01-03`, `2020-01`, `2020`, or `null`. */
		start: PartialDateSchema(),
		/** Last day when the conference spans days; `null` for one day or unknown. */
		end: PartialDateSchema(),
		/** Place as the source names it (`tỉnh Hải Dương`), or `null`. */
		place: TextSchema().nullable().prefault(null),
		/** Boards that hosted (đăng cai / tổ chức). Not the chair, unless the source says both. */
		host: z.array(ref('units')).default([]),
		/** True when the source's date or place is doubtful (explained in `note`). */
		uncertain: z.boolean().default(false),
		note: TextSchema().optional(),
		/** The sentence giving date, place and host. */
		quote: QuoteSchema(),
	});

/** Kinds of award: Cờ thi đua, Bằng khen, leading-unit recognition (dẫn đầu), anything else. */
export const AWARD_KINDS = ['flag', 'merit', 'leading', 'other'] as const;

/** An award voted or conferred at the conference. */
export const AwardSchema = (ref: RefFactory) =>
	z
		.object({
			/** `flag` Cờ thi đua, `merit` Bằng khen, `leading` đơn vị dẫn đầu, `other`. */
			kind: z.enum(AWARD_KINDS),
			/** The award's name as printed (`Cờ thi đua`, `Bằng khen`). */
			name: TextSchema(),
			/** Boards named as recipients. */
			recipients: z.array(ref('units')).default([]),
			/** How many recipients, when the source gives a number but no names. */
			count: z.number().int().positive().optional(),
			/** `proposed` (đề nghị … tặng, suy tôn … đề nghị) or `conferred` (trao tặng). */
			status: z.enum(['proposed', 'conferred']),
			/** Who confers it, or was asked to (`Bộ trưởng Bộ Kế hoạch và Đầu tư`). */
			by: TextSchema().nullable().prefault(null),
			/** The period the achievement covers when it is not the reviewed year (`2016–2020`). */
			period: TextSchema().optional(),
			quote: QuoteSchema(),
		})
		.refine((a) => a.recipients.length > 0 || a.count !== undefined, {
			message: 'Giải thưởng cần `recipients` (mã ban quản lý) hoặc `count` khi bài chỉ nêu số lượng.',
		});

/** A person present, with the title they held then. */
export const OfficialSchema = () =>
	z.object({
		name: TextSchema(),
		/** Title at the time, as the article gives it. */
		title: TextSchema(),
		/** What they did at the conference (`chủ trì`, `phát biểu`), if stated. */
		role: TextSchema().optional(),
	});

/** Where the text came from and in what state. */
export const SourceSchema = () =>
	z.object({
		/** Publisher or website, when known. */
		publisher: TextSchema().nullable().prefault(null),
		/** The original title; `null` when the source has none. */
		title: TextSchema().nullable().prefault(null),
		/** Author or signature as printed. */
		author: TextSchema().nullable().prefault(null),
		/** The original file name, kept in `content/sources/` and published as plain text. */
		file: TextSchema(),
		/** `clean`, `ocr` (OCR-damaged) or `lost-diacritics` (characters above U+00FF lost). */
		condition: z.enum(['clean', 'ocr', 'lost-diacritics']),
		/** What the archive did to the text (restoration, removed page leftovers). */
		note: TextSchema().optional(),
	});

/** What a figure measures relative to its indicator. */
export const FIGURE_MEASURES = ['value', 'equivalent', 'plan', 'percent-of-plan', 'growth-percent', 'percent-of-registered'] as const;

/** A figure the article states, typed as printed. Parsed and checked against the body by the build. */
export const FigureSchema = () =>
	z.object({
		/** Indicator key from `content/indicators.yaml`. */
		key: TextSchema(),
		/** `total` (whole bloc), `FDI` or `DDI`. */
		scope: z.enum(['total', 'FDI', 'DDI']).default('total'),
		/**
		 * `value` (the figure itself), `equivalent` (the same amount restated by the source in another
		 * currency or rounding), `plan` (the year's target), `percent-of-plan`, `growth-percent` (against
		 * the same period a year earlier), `percent-of-registered` (disbursed as a share of registered).
		 */
		measure: z.enum(FIGURE_MEASURES).default('value'),
		/** The value exactly as printed (`5.056,1 triệu USD`, `108%`). */
		printed: TextSchema(),
		/** The body text that states it, copied exactly; must contain `printed`. */
		quote: TextSchema(),
		/** For stocks (“tính đến ngày 15/12/2019”): the date the figure stands at. */
		asOf: PartialDateSchema(),
		/** Set when the source qualifies the figure as an estimate (`ước đạt`). */
		estimate: z.boolean().default(false),
		note: TextSchema().optional(),
	});

/** A conference article. The file name (without `.md`) is its id and URL slug. */
export const ArticleSchema = (ref: RefFactory) =>
	z
		.object({
			/** Title as published; for a source without one, an editorial title. */
			title: TextSchema(),
			/** True when the archive wrote the title because the source had none. */
			titleEditorial: z.boolean().default(false),
			bloc: ref('blocs'),
			/** The year the conference reviewed (năm tổng kết), not the year it met. */
			year: YearSchema(),
			/** `tong-ket` (year-end review) or `so-ket` (mid-year review). */
			event: z.enum(['tong-ket', 'so-ket']).default('tong-ket'),
			conference: ConferenceSchema(ref),
			/** Chair (Khối trưởng / Cụm trưởng) of the reviewed year, if the article states it. */
			chair: RoleSchema(ref),
			/** Vice-chair (Khối phó / Cụm phó) of the reviewed year, if stated. */
			viceChair: RoleSchema(ref),
			/** Who was elected to lead the next year, if stated. */
			elected: z
				.object({
					/** The year they were elected for; defaults to the reviewed year + 1. */
					year: YearSchema().optional(),
					chair: RoleSchema(ref),
					viceChair: RoleSchema(ref),
				})
				.prefault({}),
			/** The next conference, when the article announces its host or place. */
			nextConference: z
				.object({
					host: z.array(ref('units')).default([]),
					place: TextSchema().nullable().prefault(null),
					quote: QuoteSchema(),
				})
				.optional(),
			awards: z.array(AwardSchema(ref)).default([]),
			officials: z.array(OfficialSchema()).default([]),
			source: SourceSchema(),
			/** Figures the article states about the bloc (see `content/indicators.yaml`). */
			figures: z.array(FigureSchema()).default([]),
			/** Drafts are checked but not published. */
			draft: z.boolean().default(false),
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
