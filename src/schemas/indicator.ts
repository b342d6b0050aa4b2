import { z } from 'astro/zod';

/** Kinds of indicator in `content/indicators.yaml`. */
export const INDICATOR_KINDS = ['money', 'count', 'area', 'percent'] as const;

/** An indicator kind. */
export type IndicatorKind = (typeof INDICATOR_KINDS)[number];

/** Zod error option: `thiếu trường` when absent, else `invalid`. */
const says = (invalid: string) => ({ error: (issue: { input?: unknown }) => (issue.input === undefined ? 'thiếu trường này' : invalid) });

const text = (message: string) =>
	z
		.string(says(message))
		.transform((s) => s.normalize('NFC').trim())
		.pipe(z.string().min(1, message));

const phrases = (message: string) => z.array(text(message), says('cần một danh sách cụm từ, ví dụ `[cấp mới, thu hút mới]`')).min(1, 'cần ít nhất một cụm từ');

/**
 * How the importer recognises the indicator in a sentence (`npm run import`). An indicator without
 * cues is never guessed: the draft leaves its `key` for a person to fill.
 */
export const IndicatorCuesSchema = () =>
	z.strictObject({
		/** Phrases before the number, in the same clause (`cấp mới`); the one closest to the number wins. */
		before: phrases('cần cụm từ đứng trước con số (chuỗi không rỗng)').optional(),
		/** Phrases right after the number (`còn hiệu lực`); the first one after the number wins outright. */
		after: phrases('cần cụm từ đứng sau con số (chuỗi không rỗng)').optional(),
		/**
		 * For counts: the nouns printed after the number that this indicator counts (`dự án`, `lượt`,
		 * `người lao động`, `KCN`; `zone` for a list of zone kinds such as `KCN, KCX`). Absent: any.
		 */
		nouns: phrases('cần danh từ in sau con số (chuỗi không rỗng)').optional(),
	});

/** Schema of one vocabulary entry (without its key). */
export const IndicatorSchema = () =>
	z
		.strictObject({
			/** Vietnamese label shown in tables. */
			label: text('cần nhãn tiếng Việt (chuỗi không rỗng)'),
			/** `money` (VND or USD as printed), `count`, `area` (ha) or `percent`. */
			kind: z.enum(INDICATOR_KINDS, says(`phải là một trong ${INDICATOR_KINDS.map((k) => `\`${k}\``).join(', ')}`)),
			/** For counts only: the noun printed after the number. */
			unitLabel: text('cần danh từ đơn vị (chuỗi không rỗng)').optional(),
			/** Required, so that nobody compares blocs by default. */
			comparable: z.boolean(says('cần `true` hoặc `false`')),
			/** Phrases the importer recognises the indicator by. */
			cues: IndicatorCuesSchema().optional(),
		})
		.superRefine((entry, ctx) => {
			if (entry.kind === 'count' && entry.unitLabel === undefined) {
				ctx.addIssue({ code: 'custom', path: ['unitLabel'], message: 'chỉ tiêu đếm (`kind: count`) cần danh từ đơn vị (`dự án`, `lượt`, `người`, `khu`)' });
			}
			if (entry.kind !== 'count' && entry.unitLabel !== undefined) {
				ctx.addIssue({ code: 'custom', path: ['unitLabel'], message: `chỉ dùng cho chỉ tiêu đếm; chỉ tiêu \`${entry.kind}\` lấy đơn vị từ giá trị in trong bài` });
			}
		});

/** An indicator's cue phrases for the importer. */
export type IndicatorCues = z.output<ReturnType<typeof IndicatorCuesSchema>>;
