/**
 * File names and the commented front-matter template of a new article (`npm run new`). The
 * template is a YAML document written by the `yaml` library (./yaml.ts): every field explained in
 * plain Vietnamese, required fields marked “(bắt buộc)”, optional parts as example blocks that
 * become valid YAML when “# ” is removed in place, and the codes staff need (blocs, boards,
 * indicators, `measure`) listed from content/ at run time. Pure: data in, text out.
 */
import { FIGURE_MEASURES } from '../../schemas/article.ts';
import { writeYaml } from './yaml.ts';

/** The bloc's part of an article file name: its id without a leading `khoi-` / `cum-`. */
export function blocShortSlug(blocId: string): string {
	return blocId.replace(/^(?:khoi|cum)-(?=.)/, '');
}

/** `<year>-<bloc-short-slug>-tong-ket.md`, the archive's file name for a year-end review article. */
export function articleFileName(year: number, blocId: string, event: 'tong-ket' | 'so-ket' = 'tong-ket'): string {
	return `${year}-${blocShortSlug(blocId)}-${event}.md`;
}

/** The codes the template lists, read from content/ by the caller. */
export interface TemplateCatalog {
	blocs: ReadonlyArray<{ id: string; name: string }>;
	units: ReadonlyArray<{ id: string; name: string }>;
	indicators: ReadonlyArray<{ key: string; label: string }>;
}

/** What each `measure` code means, in plain words. */
export const MEASURE_MEANINGS: Record<(typeof FIGURE_MEASURES)[number], string> = {
	value: 'con số của chỉ tiêu (mặc định)',
	equivalent: 'cùng số đó bài ghi lại theo đơn vị khác, thường trong ngoặc (“tương đương …”)',
	plan: 'kế hoạch đặt ra cho năm',
	'percent-of-plan': 'tỷ lệ % so với kế hoạch (“đạt 108% kế hoạch”)',
	'growth-percent': 'tỷ lệ % tăng so với cùng kỳ năm trước',
	'percent-of-registered': 'vốn giải ngân bằng bao nhiêu % vốn đăng ký',
};

/** The first line of every example block; the block ends at a line holding only `#`. */
export const EXAMPLE_HEADER = 'Ví dụ';

/** An example block: a header, the YAML lines (to uncomment), and a closing bare `#`. */
function example(what: string, data: Record<string, unknown>, comments: Parameters<typeof writeYaml>[1] = []): string {
	return `${EXAMPLE_HEADER} (${what}):\n${writeYaml(data, comments)}`;
}

const QUOTE = 'Chép đúng từng chữ câu trong bài nêu việc này';

/** The whole front matter of a new article, every field explained in Vietnamese, unknowns `null`. */
export function articleTemplate(input: { bloc: string; year: number; title: string; catalog: TemplateCatalog }): string {
	const { catalog } = input;
	const firstUnit = catalog.units[0]?.id ?? 'ma-ban-quan-ly';
	const secondUnit = catalog.units[1]?.id ?? firstUnit;
	const firstIndicator = catalog.indicators[0]?.key ?? 'ma-chi-tieu';
	const role = (key: string, what: string, path: string[] = []) => {
		const data = path.reduceRight<Record<string, unknown>>((inner, k) => ({ [k]: inner }), { [key]: { unit: firstUnit, quote: QUOTE } });
		return example(`${what}; bỏ qua nếu bài không nêu`, data, [{ path: [...path, key, 'unit'], after: 'mã ban quản lý, xem danh sách ở cuối' }]);
	};
	const data = {
		title: input.title.normalize('NFC'),
		titleEditorial: false,
		bloc: input.bloc,
		year: input.year,
		event: 'tong-ket',
		conference: { start: null, end: null, place: null, host: [], uncertain: false },
		elected: { year: input.year + 1 },
		source: { publisher: null, title: null, author: null, file: null, condition: null },
		draft: true,
	};
	const list = (rows: ReadonlyArray<readonly [string, string]>) => rows.map(([code, meaning]) => `  ${code}: ${meaning}`).join('\n');
	const lists = [
		'Mã khối (bloc):',
		list(catalog.blocs.map((b) => [b.id, b.name])),
		'Mã ban quản lý (host, unit, recipients):',
		list(catalog.units.map((u) => [u.id, u.name])),
		'Mã chỉ tiêu (figures: key):',
		list(catalog.indicators.map((i) => [i.key, i.label])),
		'Mã measure (figures: measure):',
		list(FIGURE_MEASURES.map((m) => [m, MEASURE_MEANINGS[m]])),
	].join('\n');
	const text = writeYaml(data, [
		{
			path: [],
			before: [
				'Dữ kiện của bài. Cách điền:',
				'- Dòng bắt đầu bằng # là ghi chú; trang web bỏ qua.',
				'- (bắt buộc): phải điền trước khi đăng. Điều bài không nêu thì để null: không đoán.',
				`- Khối “${EXAMPLE_HEADER}”: xóa “# ” (dấu # và một dấu cách) ở đầu mỗi dòng của khối, giữ nguyên`,
				'  khoảng trắng phía trước, rồi sửa giá trị. Khối nào không dùng thì để nguyên.',
				'- Mã khối, mã ban quản lý, mã chỉ tiêu và mã measure: xem danh sách ở cuối phần này.',
			].join('\n'),
		},
		{ path: ['title'], before: 'Tiêu đề bài như đã đăng (bắt buộc). Nếu bản nguồn không có tiêu đề, tự đặt và ghi titleEditorial: true.' },
		{ path: ['titleEditorial'], before: 'true khi kho lưu trữ tự đặt tiêu đề vì bản nguồn không có.' },
		{ path: ['bloc'], before: 'Mã khối thi đua (bắt buộc): tên tệp trong content/blocs/, không có .yaml.' },
		{ path: ['year'], before: 'Năm được tổng kết (bắt buộc), không phải năm họp hội nghị.' },
		{ path: ['event'], before: 'Loại hội nghị (bắt buộc): tong-ket (tổng kết cả năm) hoặc so-ket (sơ kết giữa năm).' },
		{ path: ['conference'], before: 'Hội nghị mà bài đưa tin. Điều gì bài không nêu thì để null: không đoán.' },
		{ path: ['conference', 'start'], before: 'Ngày họp (ngày đầu): YYYY-MM-DD, YYYY-MM hoặc YYYY theo độ chính xác của bài; null nếu bài không nêu.' },
		{ path: ['conference', 'end'], before: 'Ngày cuối khi hội nghị họp nhiều ngày; null nếu họp một ngày hoặc không rõ.' },
		{ path: ['conference', 'place'], before: 'Địa điểm đúng như bài viết (ví dụ "tỉnh Hải Dương"); null nếu bài không nêu.' },
		{ path: ['conference', 'host'], before: `Các ban quản lý đăng cai, theo mã, ví dụ [${firstUnit}]. Không suy ra từ Khối trưởng.` },
		{ path: ['conference', 'uncertain'], before: 'true khi ngày hoặc địa điểm trong bài đáng ngờ; giải thích trong note.' },
		{
			path: ['conference'],
			end: [
				example('ghi chú, ví dụ khi bài không nêu ngày họp', { note: 'Bài không nêu ngày họp.' }),
				example('câu trong bài nêu ngày, nơi họp, đơn vị đăng cai', { quote: QUOTE }),
			].join('\n'),
		},
		{
			path: ['elected'],
			before: [
				role('chair', 'Khối trưởng / Cụm trưởng của năm tổng kết'),
				role('viceChair', 'Khối phó / Cụm phó của năm tổng kết'),
				'Đơn vị được bầu làm Khối trưởng, Khối phó năm sau, nếu bài nêu.',
			].join('\n'),
		},
		{ path: ['elected', 'year'], before: 'Năm nhiệm kỳ được bầu (thường là năm tổng kết + 1).' },
		{ path: ['elected'], end: [role('chair', 'Khối trưởng / Cụm trưởng được bầu cho năm sau'), role('viceChair', 'Khối phó / Cụm phó được bầu cho năm sau')].join('\n') },
		{
			path: ['source'],
			before: [
				example('hội nghị lần sau, khi bài báo trước nơi họp hoặc đơn vị đăng cai', { nextConference: { host: [secondUnit], place: 'tỉnh …', quote: QUOTE } }),
				example('khen thưởng được bình xét hoặc trao tại hội nghị; chép thêm mục “- kind: …” cho mỗi khen thưởng', {
					awards: [{ kind: 'flag', name: 'Cờ thi đua', recipients: [firstUnit], status: 'proposed', by: 'Bộ trưởng Bộ Kế hoạch và Đầu tư', quote: QUOTE }],
				}, [
					{ path: ['awards', 0, 'kind'], after: 'flag (Cờ thi đua) | merit (Bằng khen) | leading (đơn vị dẫn đầu) | other (khác)' },
					{ path: ['awards', 0, 'name'], after: 'tên như bài in' },
					{ path: ['awards', 0, 'recipients'], after: 'mã các đơn vị nhận; khi bài chỉ nêu số lượng, thay dòng này bằng count: <số>' },
					{ path: ['awards', 0, 'status'], after: 'proposed: “đề nghị … tặng”; conferred: “trao tặng”' },
					{ path: ['awards', 0, 'by'], after: 'cấp tặng hoặc được đề nghị tặng; null nếu bài không nêu' },
				]),
				example('người dự hội nghị, với chức danh lúc đó', { officials: [{ name: 'Nguyễn Văn A', title: 'Trưởng ban Ban Quản lý …', role: 'chủ trì' }] }, [
					{ path: ['officials', 0, 'role'], after: 'chủ trì, phát biểu…; xóa dòng này nếu bài không nêu' },
				]),
				example('số liệu bài nêu', { figures: [{ key: firstIndicator, scope: 'total', measure: 'value', printed: '132 dự án', quote: QUOTE }] }, [
					{ path: ['figures', 0, 'key'], after: 'mã chỉ tiêu, xem danh sách ở cuối' },
					{ path: ['figures', 0, 'scope'], after: 'total (toàn khối) | FDI | DDI' },
					{ path: ['figures', 0, 'measure'], after: 'xem danh sách mã measure ở cuối' },
					{ path: ['figures', 0, 'printed'], after: 'con số đúng như bài in' },
				]),
				'Nguồn của bài.',
			].join('\n'),
		},
		{ path: ['source', 'publisher'], before: 'Đơn vị hoặc trang web đăng bài; null nếu không rõ.' },
		{ path: ['source', 'title'], before: 'Tiêu đề gốc; null nếu bản nguồn không có tiêu đề.' },
		{ path: ['source', 'author'], before: 'Tác giả hoặc chữ ký cuối bài; null nếu không có.' },
		{ path: ['source', 'file'], before: 'Tên tệp bản nguồn trong content/sources/ (bắt buộc), ví dụ "bai-goc.txt".' },
		{
			path: ['source', 'condition'],
			before: 'Tình trạng bản nguồn (bắt buộc): clean (văn bản sạch), ocr (chữ quét từ ảnh, sai nhiều) hoặc lost-diacritics (mất hết chữ có dấu tiếng Việt).',
		},
		{ path: ['source'], end: example('kho lưu trữ đã làm gì với văn bản, ví dụ bỏ tên tệp ảnh, khôi phục dấu', { note: 'Bỏ tên tệp ảnh còn sót từ trang web.' }) },
		{ path: ['draft'], before: 'true: bài nháp, chưa đăng. Xóa dòng này (hoặc ghi false) khi đã rà soát xong.' },
		{ path: [], end: lists },
	]);
	return `---\n${text}---\n\n`;
}
