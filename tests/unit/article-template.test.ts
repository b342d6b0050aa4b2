import { describe, expect, it } from 'vitest';
import { EXAMPLE_HEADER, articleFileName, articleTemplate } from '../../src/lib/content/article-template.ts';
import { readArticleText } from '../../src/lib/content/front-matter.ts';
import { validateDraft } from '../../src/lib/import/draft.ts';

const catalog = {
	blocs: [
		{ id: 'dong-bang-song-hong', name: 'Khối thi đua Ban Quản lý các KCN, KCX, KKT các tỉnh đồng bằng sông Hồng' },
		{ id: 'bac-trung-bo', name: 'Khối thi đua Bắc Trung Bộ' },
	],
	units: [
		{ id: 'hai-duong', name: 'Ban Quản lý các KCN tỉnh Hải Dương' },
		{ id: 'ha-nam', name: 'Ban Quản lý các KCN tỉnh Hà Nam' },
	],
	indicators: [
		{ key: 'projects-new', label: 'Dự án cấp mới' },
		{ key: 'revenue', label: 'Doanh thu' },
	],
};
const template = articleTemplate({ bloc: 'dong-bang-song-hong', year: 2021, title: 'Hội nghị tổng kết: năm 2021', catalog });
const lines = template.split('\n');

/** Example blocks as staff see them: the header line, then the `# ` lines up to the next blank line. */
function exampleBlocks(): Array<{ header: number; lines: number[] }> {
	const blocks: Array<{ header: number; lines: number[] }> = [];
	lines.forEach((line, i) => {
		if (!new RegExp(`^\\s*# ${EXAMPLE_HEADER} \\(`).test(line)) return;
		const block = { header: i, lines: [] as number[] };
		for (let j = i + 1; j < lines.length && /^\s*# /.test(lines[j]!); j++) block.lines.push(j);
		blocks.push(block);
	});
	return blocks;
}

/** Removes “# ” at the start of the given lines (after their indentation), as the template tells staff to. */
const uncomment = (indices: number[]) => lines.map((line, i) => (indices.includes(i) ? line.replace(/^(\s*)# /, '$1') : line)).join('\n');

const TO_FILL = [
	{ field: 'source.file', toFill: true },
	{ field: 'source.condition', toFill: true },
];
const issues = (text: string) => validateDraft(readArticleText(text)!.data).map(({ field, toFill }) => ({ field, toFill }));

describe('articleTemplate', () => {
	it('is a valid article once the two source fields are filled', () => {
		expect(issues(template)).toEqual(TO_FILL);
		const { data } = readArticleText(template)!;
		expect(data).toEqual({
			title: 'Hội nghị tổng kết: năm 2021',
			titleEditorial: false,
			bloc: 'dong-bang-song-hong',
			year: 2021,
			event: 'tong-ket',
			conference: { start: null, end: null, place: null, host: [], uncertain: false },
			elected: { year: 2022 },
			source: { publisher: null, title: null, author: null, file: null, condition: null },
			draft: true,
		});
		expect(articleFileName(2021, 'dong-bang-song-hong')).toBe('2021-dong-bang-song-hong-tong-ket.md');
	});

	it('has example blocks that parse and validate when uncommented in place, one by one and all together', () => {
		const blocks = exampleBlocks();
		const fields: string[] = [];
		for (const block of blocks) {
			const text = uncomment(block.lines);
			expect(issues(text), lines[block.header]).toEqual(TO_FILL);
			const before = readArticleText(template)!.data;
			const after = readArticleText(text)!.data;
			// The one field the block adds, as a path.
			const added = (a: Record<string, unknown>, b: Record<string, unknown>, prefix = ''): string[] =>
				Object.keys(b).flatMap((k) => (!(k in a) ? [`${prefix}${k}`] : typeof b[k] === 'object' && b[k] && !Array.isArray(b[k]) ? added(a[k] as Record<string, unknown>, b[k] as Record<string, unknown>, `${prefix}${k}.`) : []));
			fields.push(...added(before, after));
		}
		expect(fields).toEqual(['conference.note', 'conference.quote', 'chair', 'viceChair', 'elected.chair', 'elected.viceChair', 'nextConference', 'awards', 'officials', 'figures', 'source.note']);
		const all = uncomment(blocks.flatMap((b) => b.lines));
		expect(issues(all)).toEqual(TO_FILL);
		const data = readArticleText(all)!.data as Record<string, any>;
		expect(data.awards).toEqual([{ kind: 'flag', name: 'Cờ thi đua', recipients: ['hai-duong'], status: 'proposed', by: 'Bộ trưởng Bộ Kế hoạch và Đầu tư', quote: 'Chép đúng từng chữ câu trong bài nêu việc này' }]);
		expect(data.elected.chair).toEqual({ unit: 'hai-duong', quote: 'Chép đúng từng chữ câu trong bài nêu việc này' });
		expect(data.figures[0].key).toBe('projects-new');
	});

	it('marks the required fields in the comment above them', () => {
		const marked = lines.flatMap((line, i) => (/\(bắt buộc\)/.test(line) && !lines[i + 1]!.trim().startsWith('#') ? [lines[i + 1]!.trim().split(':')[0]] : []));
		expect(marked).toEqual(['title', 'bloc', 'year', 'event', 'file', 'condition']);
	});

	it('lists the bloc, board, indicator and measure codes with their meaning', () => {
		const end = lines.slice(lines.indexOf('# Mã khối (bloc):'), lines.lastIndexOf('---'));
		expect(end).toEqual([
			'# Mã khối (bloc):',
			'#   dong-bang-song-hong: Khối thi đua Ban Quản lý các KCN, KCX, KKT các tỉnh đồng bằng sông Hồng',
			'#   bac-trung-bo: Khối thi đua Bắc Trung Bộ',
			'# Mã ban quản lý (host, unit, recipients):',
			'#   hai-duong: Ban Quản lý các KCN tỉnh Hải Dương',
			'#   ha-nam: Ban Quản lý các KCN tỉnh Hà Nam',
			'# Mã chỉ tiêu (figures: key):',
			'#   projects-new: Dự án cấp mới',
			'#   revenue: Doanh thu',
			'# Mã measure (figures: measure):',
			'#   value: con số của chỉ tiêu (mặc định)',
			'#   equivalent: cùng số đó bài ghi lại theo đơn vị khác, thường trong ngoặc (“tương đương …”)',
			'#   plan: kế hoạch đặt ra cho năm',
			'#   percent-of-plan: tỷ lệ % so với kế hoạch (“đạt 108% kế hoạch”)',
			'#   growth-percent: tỷ lệ % tăng so với cùng kỳ năm trước',
			'#   percent-of-registered: vốn giải ngân bằng bao nhiêu % vốn đăng ký',
		]);
	});

	it('speaks plain Vietnamese: no code points, no English field jargon in the explanations', () => {
		expect(template).not.toMatch(/U\+[0-9A-F]{4}|OCR|front matter/);
		expect(template).toContain('# Tình trạng bản nguồn (bắt buộc): clean (văn bản sạch), ocr (chữ quét từ ảnh, sai nhiều) hoặc lost-diacritics (mất hết chữ có dấu tiếng Việt).');
	});
});
