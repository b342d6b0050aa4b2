import { describe, expect, it } from 'vitest';
import { deriveArticles, quotesOf } from '../../src/lib/archive/articles.ts';
import { deriveUnits, references } from '../../src/lib/archive/boards.ts';
import { Diagnostics } from '../../src/lib/archive/diagnostics.ts';
import type { SourceEntry } from '../../src/lib/archive/index.ts';
import type { ArticleData } from '../../src/schemas/article.ts';
import { loadVocabulary } from '../../src/lib/indicators/figures.ts';
import { article, units } from '../helpers/archive-input.ts';

const vocabulary = loadVocabulary('revenue: { label: Doanh thu, kind: money, comparable: true }\nprojects-new: { label: Dự án cấp mới, kind: count, unitLabel: dự án, comparable: true }');

function run(entries: SourceEntry<ArticleData>[], extra: { sourceFiles?: Set<string> } = {}) {
	const diagnostics = new Diagnostics();
	for (const e of entries) diagnostics.add(e);
	const refs = references(deriveUnits(units), new Set(['k']), diagnostics);
	const result = deriveArticles(entries, { refs, diagnostics, vocabulary, ...extra });
	return { ...result, messages: diagnostics.list().flatMap((f) => f.messages.map((m) => `${String(m)} [${m.ruleId}, ${m.fatal ? 'error' : 'warning'}]${m.note ? ` → ${m.note}` : ''}`)) };
}

describe('articles phase', () => {
	it('collects every quote of the front matter to anchor', () => {
		const x = article('x', { year: 2019, conference: { quote: 'Q1' }, chair: { unit: 'a', quote: 'Q2' }, elected: { viceChair: { unit: 'b', quote: 'Q3' } }, awards: [{ kind: 'flag', name: 'Cờ', recipients: ['a'], status: 'proposed', by: null, quote: 'Q4' }], figures: [{ key: 'revenue', printed: '5 tỷ đồng', quote: 'Q5' }] });
		expect(quotesOf(x.data)).toEqual(['Q1', 'Q2', 'Q3', 'Q4', 'Q5']);
	});

	it('resolves references, cites facts at their sentence and keeps the figure’s scale and decimals', () => {
		const body = 'Hội nghị do An đăng cai. Doanh thu đạt 5.056,1 triệu USD. Khối đề nghị tặng Cờ thi đua cho Cần.';
		const { articles, figures, messages } = run([
			article('x', { year: 2019, conference: { host: ['a'], start: '2020-01-10' }, awards: [{ kind: 'flag', name: 'Cờ thi đua', recipients: ['c'], status: 'proposed', by: null, quote: 'đề nghị tặng Cờ thi đua cho Cần' }], figures: [{ key: 'revenue', printed: '5.056,1 triệu USD', quote: 'Doanh thu đạt 5.056,1 triệu USD' }] }, body),
		]);
		expect(messages).toEqual([]);
		const x = articles.get('x')!;
		expect([x.url, x.bloc, x.host, x.sortKey, x.electedYear, x.conferenceCite, x.awards[0]!.cite.startsWith('/bai-viet/x/#c-'), x.mentions]).toEqual(['/bai-viet/x/', 'k', ['a'], '2020-01-10', 2020, '/bai-viet/x/', true, []]);
		expect(figures.map((f) => [f.key, f.value, f.unit, f.printed, f.unitLabel, f.scale, f.fractionDigits, f.cite.startsWith('/bai-viet/x/#c-')])).toEqual([['revenue', 5056100000, 'USD', '5.056,1 triệu USD', 'triệu USD', 'triệu', 1, true]]);
	});

	it('reports each problem at its field or body line, with the fix', () => {
		const entry = {
			...article('x', { year: 2019, chair: { unit: 'zz', quote: 'Khối trưởng là Z' }, figures: [{ key: 'revenue', printed: '12 dự án', quote: 'đạt 12 dự án' }, { key: 'nope', printed: '5 dự án', quote: 'có 6 dự án' }] }, 'Mở đầu đạt 12 dự án.\n\n<b>x</b> và H\uFFFDi có 6 dự án.'),
			locate: (field: string) => ({ line: field.length, column: 3 }),
			bodyLine: 20,
		};
		const { figures, messages } = run([entry], { sourceFiles: new Set() });
		expect(figures).toEqual([]);
		expect(messages).toEqual([
			'content/articles/x.md:11:3: `source.file`: Tệp nguồn `x.txt` không có trong content/sources/. [source-file, error] → Chép văn bản gốc vào content/sources/ với đúng tên này (trang /nguon/ công bố nó), hoặc sửa `source.file`.',
			'content/articles/x.md:22:1: Văn bản có ký tự thay thế “\uFFFD”: tệp đã bị đọc sai bảng mã. [encoding, error] → Mở lại bản gốc, lưu dạng UTF-8 (hoặc dùng `npm run import`).',
			'content/articles/x.md:22:1-22:4: Không dùng HTML trong bài viết: `<b>` sẽ bị bỏ khi dựng trang. [no-raw-html, error] → Viết bằng Markdown (chú thích ảnh: `_Ảnh: …_`).',
			'content/articles/x.md:22:5-22:9: Không dùng HTML trong bài viết: `</b>` sẽ bị bỏ khi dựng trang. [no-raw-html, error] → Viết bằng Markdown (chú thích ảnh: `_Ảnh: …_`).',
			'content/articles/x.md:18:3: `figures[0].printed`: Giá trị `12 dự án` là số đếm, nhưng chỉ tiêu `revenue` cần tiền (VND hoặc USD). [kind-mismatch, error] → Kiểm tra `key` và `measure` của số liệu: chỉ tiêu tiền cần `USD` hoặc `đồng`, diện tích cần `ha`, số liệu phần trăm cần `%`.',
			'content/articles/x.md:14:3: `figures[1].key`: Chỉ tiêu `nope` không có trong content/indicators.yaml. [unknown-key, error] → Dùng một mã có sẵn (vd. `capital-new`) hoặc thêm chỉ tiêu vào content/indicators.yaml.',
			'content/articles/x.md:18:3: `figures[1].printed`: Giá trị `5 dự án` không có nguyên vẹn trong câu trích `có 6 dự án`. [printed-not-in-quote, error] → Chép `printed` nguyên văn từ câu trích, gồm cả đơn vị (vd. `5.056,1 triệu USD`).',
			'content/articles/x.md:10:3: `chair.unit`: Ban quản lý `zz` không tồn tại. [reference, error] → Dùng mã một tệp trong content/units/ (ví dụ `a`) hoặc thêm tệp content/units/zz.yaml.',
			'content/articles/x.md:11:3: `chair.quote`: Câu trích không có nguyên văn trong thân bài: ngay từ đầu đã không khớp. [quote, error] → Chép nguyên văn một câu (hoặc một đoạn câu) của thân bài vào trường `quote`.',
		]);
	});

	it('is silent on a valid article without quotes, citing the article itself', () => {
		const { articles, messages } = run([article('y', { year: 2020, chair: { unit: 'b' } })]);
		expect(messages).toEqual([]);
		expect(articles.get('y')!.chair).toEqual({ value: 'b', cite: '/bai-viet/y/' });
	});
});
