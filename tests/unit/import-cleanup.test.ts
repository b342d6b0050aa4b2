import { describe, expect, it } from 'vitest';
import { blocksToMarkdown, cleanupText } from '../../src/lib/import/text-cleanup.ts';

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
