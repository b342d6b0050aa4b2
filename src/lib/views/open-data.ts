/** Open-data exports: the same archive the pages show, as JSON and CSV, with documented fields. */
import { stringify } from 'csv-stringify/sync';
import type { Archive, Figure } from '../archive/index.ts';
import { nameAt } from '../text/names.ts';

/** A documented field of an export. */
export interface FieldDoc {
	name: string;
	type: string;
	description: string;
}

/** A dataset: its rows and the documentation of every field. */
export interface Dataset {
	name: string;
	title: string;
	description: string;
	fields: FieldDoc[];
	rows: Array<Record<string, unknown>>;
}

/** Builds every dataset from the archive. */
export function datasets(archive: Archive): Dataset[] {
	const blocName = (id: string, year: number) => {
		const bloc = archive.blocs.get(id);
		return bloc ? nameAt(bloc.data.names, year).name : id;
	};
	return [
		{
			name: 'articles',
			title: 'Bài viết',
			description: 'Mỗi bài viết đã đăng một dòng.',
			fields: [
				{ name: 'id', type: 'chuỗi', description: 'Mã bài, cũng là phần cuối đường dẫn; không đổi khi sửa tiêu đề.' },
				{ name: 'url', type: 'chuỗi', description: 'Đường dẫn trang bài trên trang này.' },
				{ name: 'title', type: 'chuỗi', description: 'Tiêu đề; nếu nguồn không có tiêu đề thì là tiêu đề biên tập.' },
				{ name: 'titleEditorial', type: 'true/false', description: 'true khi tiêu đề do kho lưu trữ đặt.' },
				{ name: 'bloc', type: 'chuỗi', description: 'Mã khối thi đua.' },
				{ name: 'blocName', type: 'chuỗi', description: 'Tên khối vào năm tổng kết.' },
				{ name: 'year', type: 'số', description: 'Năm được tổng kết (không phải năm họp).' },
				{ name: 'conference.start', type: 'chuỗi hoặc null', description: 'Ngày bắt đầu hội nghị: YYYY, YYYY-MM hoặc YYYY-MM-DD theo độ chính xác của nguồn; null khi chưa rõ.' },
				{ name: 'conference.end', type: 'chuỗi hoặc null', description: 'Ngày kết thúc khi hội nghị kéo dài nhiều ngày; null nếu một ngày hoặc chưa rõ.' },
				{ name: 'conference.place', type: 'chuỗi hoặc null', description: 'Địa điểm như bài viết; null khi chưa rõ.' },
				{ name: 'conference.host', type: 'danh sách mã', description: 'Các ban quản lý đăng cai (CSV: nối bằng “;”). Không phải Khối trưởng.' },
				{ name: 'conference.uncertain', type: 'true/false', description: 'true khi ngày hoặc nơi họp còn nghi vấn.' },
				{ name: 'source.file', type: 'chuỗi', description: 'Tên tệp nguồn gốc, công bố tại /nguon/.' },
				{ name: 'source.condition', type: 'chuỗi', description: '`clean` (sạch), `ocr` (OCR lỗi, đã khôi phục) hoặc `lost-diacritics` (mất dấu, đã khôi phục).' },
			],
			rows: [...archive.articleList].reverse().map((a) => ({
				id: a.id,
				url: a.url,
				title: a.title,
				titleEditorial: a.data.titleEditorial,
				bloc: a.bloc,
				blocName: blocName(a.bloc, a.year),
				year: a.year,
				conference: {
					start: a.data.conference.start?.iso ?? null,
					end: a.data.conference.end?.iso ?? null,
					place: a.data.conference.place,
					host: a.host,
					uncertain: a.data.conference.uncertain,
				},
				source: { file: a.data.source.file, condition: a.data.source.condition },
			})),
		},
		{
			name: 'chairs',
			title: 'Khối trưởng, Khối phó',
			description: 'Mỗi khối, năm và vai trò một dòng, chỉ những gì bài viết nêu.',
			fields: [
				{ name: 'bloc', type: 'chuỗi', description: 'Mã khối.' },
				{ name: 'blocName', type: 'chuỗi', description: 'Tên khối vào năm đó.' },
				{ name: 'year', type: 'số', description: 'Năm giữ vai trò.' },
				{ name: 'role', type: 'chuỗi', description: '`chair` (Khối trưởng/Cụm trưởng) hoặc `vice-chair` (Khối phó/Cụm phó).' },
				{ name: 'unit', type: 'chuỗi', description: 'Mã ban quản lý.' },
				{ name: 'unitName', type: 'chuỗi', description: 'Tên ban quản lý vào năm đó.' },
				{ name: 'sources', type: 'danh sách mã', description: 'Các bài nêu điều này (CSV: nối bằng “;”): bài năm đó, bài năm trước nêu kết quả bầu, hoặc cả hai khi khớp nhau.' },
			],
			rows: archive.chairs.map(({ cites: _c, ...row }) => row),
		},
		{
			name: 'awards',
			title: 'Khen thưởng',
			description: 'Mỗi khen thưởng và đơn vị nhận một dòng.',
			fields: [
				{ name: 'bloc', type: 'chuỗi', description: 'Mã khối.' },
				{ name: 'blocName', type: 'chuỗi', description: 'Tên khối vào năm đó.' },
				{ name: 'year', type: 'số', description: 'Năm của thành tích (năm tổng kết).' },
				{ name: 'award', type: 'chuỗi', description: '`flag` Cờ thi đua, `merit` Bằng khen, `leading` đơn vị dẫn đầu, `other` khác.' },
				{ name: 'awardName', type: 'chuỗi', description: 'Tên khen thưởng như bài viết.' },
				{ name: 'unit', type: 'chuỗi hoặc null', description: 'Mã ban quản lý; null khi bài chỉ nêu số lượng.' },
				{ name: 'unitName', type: 'chuỗi hoặc null', description: 'Tên ban quản lý vào năm đó.' },
				{ name: 'count', type: 'số hoặc null', description: 'Số đơn vị khi bài không nêu tên.' },
				{ name: 'status', type: 'chuỗi', description: '`proposed` (đề nghị) hoặc `conferred` (đã trao).' },
				{ name: 'by', type: 'chuỗi hoặc null', description: 'Cấp tặng, hoặc cấp được đề nghị tặng.' },
				{ name: 'period', type: 'chuỗi hoặc null', description: 'Giai đoạn thành tích khi khác năm tổng kết.' },
				{ name: 'sources', type: 'danh sách mã', description: 'Bài nêu khen thưởng (CSV: nối bằng “;”).' },
			],
			rows: archive.awards.map(({ cite: _c, ...row }) => row),
		},
		{
			name: 'indicators',
			title: 'Chỉ tiêu',
			description: 'Mỗi số liệu bài viết nêu một dòng, đúng như bài in; không quy đổi USD và đồng, không cộng thành tổng.',
			fields: [
				{ name: 'bloc', type: 'chuỗi', description: 'Mã khối.' },
				{ name: 'blocName', type: 'chuỗi', description: 'Tên khối vào năm đó.' },
				{ name: 'year', type: 'số', description: 'Năm được tổng kết.' },
				{ name: 'indicator', type: 'chuỗi', description: 'Mã chỉ tiêu trong content/indicators.yaml (vd. `capital-new-and-added`).' },
				{ name: 'label', type: 'chuỗi', description: 'Tên chỉ tiêu tiếng Việt.' },
				{ name: 'scope', type: 'chuỗi', description: '`total` (toàn khối), `FDI` (dự án, doanh nghiệp vốn nước ngoài) hoặc `DDI` (trong nước).' },
				{ name: 'measure', type: 'chuỗi', description: '`value` (kết quả), `plan` (kế hoạch), `percent-of-plan` (% so với kế hoạch), `growth-percent` (% tăng so với cùng kỳ), `percent-of-registered` (% so với vốn đăng ký), `equivalent` (số bài tự quy đổi hay làm tròn lại).' },
				{ name: 'value', type: 'số', description: 'Giá trị theo đơn vị gốc `unit`: đồng hay USD tính bằng đơn vị (5.056,1 triệu USD → 5056100000), không phải triệu hay tỷ; phần trăm là số phần trăm (108% → 108).' },
				{ name: 'unit', type: 'chuỗi', description: '`VND`, `USD`, `count` (số đếm), `ha` hoặc `percent`. Tiền giữ nguyên loại bài in.' },
				{ name: 'printed', type: 'chuỗi', description: 'Giá trị đúng như bài in (`5.056,1 triệu USD`, `4.86%`).' },
				{ name: 'estimate', type: 'true/false', description: 'true khi bài ghi là số ước (“ước đạt”).' },
				{ name: 'asOf', type: 'chuỗi hoặc null', description: 'Ngày số liệu lũy kế được tính đến (YYYY-MM-DD, YYYY-MM hoặc YYYY); null khi bài không nêu.' },
				{ name: 'quote', type: 'chuỗi', description: 'Câu (hoặc đoạn câu) của bài nêu số liệu.' },
				{ name: 'source.article', type: 'chuỗi', description: 'Mã bài viết (trang /bai-viet/<mã>/).' },
				{ name: 'source.anchor', type: 'chuỗi hoặc null', description: 'Mã neo của câu trong trang bài (/bai-viet/<mã>/#<neo>).' },
			],
			rows: indicatorRows(archive, blocName),
		},
	];
}

/** One export row per figure, by bloc, year and article, in front-matter order within an article. */
function indicatorRows(archive: Archive, blocName: (id: string, year: number) => string): Array<Record<string, unknown>> {
	const byPlace = (a: Figure, b: Figure) => (a.bloc < b.bloc ? -1 : a.bloc > b.bloc ? 1 : a.year - b.year || (a.articleId < b.articleId ? -1 : a.articleId > b.articleId ? 1 : 0));
	return [...archive.figures].sort(byPlace).map((f) => ({
		bloc: f.bloc,
		blocName: blocName(f.bloc, f.year),
		year: f.year,
		indicator: f.key,
		label: f.label,
		scope: f.scope,
		measure: f.measure,
		value: f.value,
		unit: f.unit,
		printed: f.printed,
		estimate: f.estimate ?? false,
		asOf: f.asOf,
		quote: f.quote,
		source: { article: f.articleId, anchor: f.cite.includes('#') ? f.cite.slice(f.cite.indexOf('#') + 1) : null },
	}));
}

/** Flattens nested objects to dotted keys and lists to `;`-joined text, for CSV. */
function flatten(row: Record<string, unknown>, prefix = ''): Record<string, string | number | boolean | null> {
	const out: Record<string, string | number | boolean | null> = {};
	for (const [key, value] of Object.entries(row)) {
		const name = prefix ? `${prefix}.${key}` : key;
		if (Array.isArray(value)) out[name] = value.join(';');
		else if (value !== null && typeof value === 'object') Object.assign(out, flatten(value as Record<string, unknown>, name));
		else out[name] = value as string | number | boolean | null;
	}
	return out;
}

/** CSV (RFC 4180, UTF-8 with BOM so spreadsheet programs read Vietnamese) with documented columns. */
export function toCsv(dataset: Dataset): string {
	const columns = dataset.fields.map((f) => f.name);
	return `\uFEFF${stringify(dataset.rows.map((r) => flatten(r)), { header: true, columns, cast: { boolean: (b) => String(b) } })}`;
}
