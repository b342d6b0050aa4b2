import { describe, expect, it } from 'vitest';
import { blocksToMarkdown, cleanupText, sentenceCase, stampDate } from '../../src/lib/import/text-cleanup.ts';

describe('cleanupText', () => {
	it('removes web-page leftovers and keeps captions in the archive convention', () => {
		const raw = [
			'Hội nghị tổng kết năm 2022',
			'',
			'| |',
			' ',
			'Ngày 06/01/2023, Hội nghị đã diễn ra.',
			' hinh3.jpg (694 KB)',
			'Toàn cảnh Hội nghị',
			'\u00a0',
			'1.jpg (82 KB)',
			'',
			'Đoạn thứ hai kết thúc bằng dấu chấm.',
			'',
			'Những kết quả ấn tượng',
			'',
			'(Đại diện các Ban Quản lý ký giao ước thi đua năm 2023)',
			'',
			'VTLH',
		].join('\r\n');
		const r = cleanupText(raw);
		expect(r.title).toBe('Hội nghị tổng kết năm 2022');
		expect(r.author).toBe('VTLH');
		expect(r.removed).toEqual({ images: ['hinh3.jpg (694 KB)', '1.jpg (82 KB)'], tableMarkers: 1, pageLines: [] });
		expect(r.blocks).toEqual([
			{ kind: 'paragraph', text: 'Ngày 06/01/2023, Hội nghị đã diễn ra.' },
			{ kind: 'caption', text: 'Toàn cảnh Hội nghị' },
			{ kind: 'paragraph', text: 'Đoạn thứ hai kết thúc bằng dấu chấm.' },
			{ kind: 'heading', text: 'Những kết quả ấn tượng' },
			{ kind: 'caption', text: 'Đại diện các Ban Quản lý ký giao ước thi đua năm 2023' },
		]);
		expect(blocksToMarkdown(r.blocks)).toBe(
			'Ngày 06/01/2023, Hội nghị đã diễn ra.\n\n_Ảnh: Toàn cảnh Hội nghị_\n\nĐoạn thứ hai kết thúc bằng dấu chấm.\n\n## Những kết quả ấn tượng\n\n_Ảnh: Đại diện các Ban Quản lý ký giao ước thi đua năm 2023_\n',
		);
	});
	it('joins hard-wrapped lines, and sentences cut by a stray blank line', () => {
		const line = (s: string) => s.padEnd(60, ' x').slice(0, 60);
		const raw = [
			'Tiêu đề',
			'',
			line('Dòng một của một đoạn văn được ngắt cứng theo bề rộng trang in'),
			line('dòng hai tiếp tục cùng câu văn ấy mà không có dấu chấm ở cuối'),
			'kết thúc.',
			'Đoạn mới bắt đầu sau một dòng ngắn.',
			'',
			'Ông Nguyễn Văn A- Khối trưởng Khối thi đua',
			'',
			'năm 2020 phát biểu tại Hội nghị',
			'',
			'Đoạn cuối.',
		].join('\n');
		const r = cleanupText(raw);
		expect(r.blocks.map((b) => b.kind)).toEqual(['paragraph', 'paragraph', 'caption', 'paragraph']);
		expect(r.blocks[0]!.text).toBe(`${line('Dòng một của một đoạn văn được ngắt cứng theo bề rộng trang in')} ${line('dòng hai tiếp tục cùng câu văn ấy mà không có dấu chấm ở cuối')} kết thúc.`.replace(/\s+/g, ' '));
		expect(r.blocks[2]!.text).toBe('Ông Nguyễn Văn A- Khối trưởng Khối thi đua năm 2020 phát biểu tại Hội nghị');
	});
	it('escapes what Markdown would read as syntax', () => {
		expect(blocksToMarkdown([{ kind: 'paragraph', text: '1. Số liệu *ước* đạt_' }])).toBe('1\\. Số liệu \\*ước\\* đạt\\_\n');
	});
});

describe('web-page chrome', () => {
	it('reads the date of a page stamp in the forms publishers print, and nothing else', () => {
		expect(
			['Cập nhật ngày 14/01/2020 - 15:20:31', '27-02-2018 10:15', 'Cập nhật lúc: 09:05 21/01/2022', 'Thứ bảy, 16/01/2021 - 18:42', '(Cập nhật ngày 12/01/2022 - 08:10:00)', 'Ngày đăng: 29/01/2021 | Lượt xem: 312', 'Đăng lúc 10-02-2023 16:30', 'Thứ năm, 25/01/2024 | 15:10'].map(stampDate),
		).toEqual(['2020-01-14', '2018-02-27', '2022-01-21', '2021-01-16', '2022-01-12', '2021-01-29', '2023-02-10', '2024-01-25']);
		expect(['Ngày 24/02, tại thành phố Đồng Hới, Khối thi đua tổ chức Hội nghị.', 'Hội nghị tổng kết năm 2019', '32/01/2020 10:00'].map(stampDate)).toEqual([null, null, null]);
	});

	it('takes the headline, not the stamp, breadcrumb or site label, and the byline, source and publication date', () => {
		const r = cleanupText(
			['Trang chủ > Tin tức', 'BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP CẦN THƠ', 'Cập nhật ngày 30/01/2019 - 08:00:00', 'KHỐI THI ĐUA TÂY NAM BỘ TỔNG KẾT NĂM 2018', '', '- Ngày 25/01/2019, tại thành phố Cần Thơ, Khối thi đua vùng Tây Nam Bộ tổ chức Hội nghị.', '', 'Tác giả: Thu Hà', 'Nguồn: Báo Cần Thơ', 'Chia sẻ | In bài viết', 'Tin liên quan', 'Cần Thơ thu hút đầu tư'].join('\n'),
		);
		expect([r.title, r.titleRecased, r.titlePrinted, r.author, r.publisher, r.published]).toEqual(['Khối thi đua Tây Nam Bộ tổng kết năm 2018', true, 'KHỐI THI ĐUA TÂY NAM BỘ TỔNG KẾT NĂM 2018', 'Thu Hà', 'Báo Cần Thơ', '2019-01-30']);
		expect(r.blocks).toEqual([{ kind: 'paragraph', text: 'Ngày 25/01/2019, tại thành phố Cần Thơ, Khối thi đua vùng Tây Nam Bộ tổ chức Hội nghị.' }]);
		expect(r.removed.pageLines).toEqual(['Trang chủ > Tin tức', 'BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP CẦN THƠ', 'Cập nhật ngày 30/01/2019 - 08:00:00', 'Tác giả: Thu Hà', 'Nguồn: Báo Cần Thơ', 'Chia sẻ | In bài viết', 'Tin liên quan']);
	});

	it('offers an all-caps headline in sentence case, names as the body writes them', () => {
		expect(sentenceCase('HEPZA ĐĂNG CAI HỘI NGHỊ KHỐI THI ĐUA ĐÔNG NAM BỘ', 'Ban Quản lý (HEPZA) đăng cai Hội nghị của Khối thi đua vùng Đông Nam Bộ.')).toBe('HEPZA đăng cai Hội nghị Khối thi đua Đông Nam Bộ');
	});
});

