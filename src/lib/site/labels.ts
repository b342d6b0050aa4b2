/** Vietnamese labels for enumerations, in one place. */
import type { ArticleData } from '../../schemas/article.ts';

export const AWARD_KIND_LABELS: Record<ArticleData['awards'][number]['kind'], string> = {
	flag: 'Cờ thi đua',
	merit: 'Bằng khen',
	leading: 'Đơn vị dẫn đầu',
	other: 'Khen thưởng khác',
};

/** URL slugs for award kinds (ASCII, stable). */
export const AWARD_KIND_SLUGS: Record<ArticleData['awards'][number]['kind'], string> = {
	flag: 'co-thi-dua',
	merit: 'bang-khen',
	leading: 'dan-dau',
	other: 'khac',
};

export const AWARD_STATUS_LABELS = { proposed: 'đề nghị', conferred: 'đã trao' } as const;

export const CONDITION_LABELS: Record<ArticleData['source']['condition'], string> = {
	clean: 'Bản sạch',
	ocr: 'Bản nhận dạng ký tự (OCR) bị lỗi, đã khôi phục',
	'lost-diacritics': 'Bản mất dấu tiếng Việt, đã khôi phục',
};

export const EVENT_LABELS: Record<ArticleData['event'], string> = {
	'tong-ket': 'Hội nghị tổng kết',
	'so-ket': 'Hội nghị sơ kết',
};

export const UNKNOWN = 'chưa rõ';
/** Follows the count of recipients when a source gives only how many (`5 đơn vị (bài không nêu tên)`). */
export const UNNAMED_RECIPIENTS = 'đơn vị (bài không nêu tên)';
export const NO_RECORD = 'chưa có tư liệu';
