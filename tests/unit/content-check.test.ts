import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { checkContent, type ContentFile } from '../../src/lib/check/content-check.ts';

const enc = (s: string) => new TextEncoder().encode(s);
const base: ContentFile[] = [
	{ path: 'content/blocs/k.yaml', bytes: enc('kind: khoi\nnames:\n  - name: Khối thi đua K\n    short: Khối K\nregion: Vùng\nmembers:\n  - unit: a\n') },
	{ path: 'content/units/a.yaml', bytes: enc('names:\n  - name: Ban Quản lý các khu công nghiệp tỉnh An\nprovince: An\n') },
	{ path: 'content/units/b.yaml', bytes: enc('names:\n  - name: Ban Quản lý Khu kinh tế Bình\nprovince: Bình\n') },
];
const article = (name: string, frontMatter: string, body = 'Nội dung bài.\n') => ({ path: `content/articles/${name}.md`, bytes: enc(`---\n${frontMatter}---\n\n${body}`) });
const ok = 'title: Bài\nbloc: k\nyear: 2019\nconference: {}\nsource:\n  file: x.txt\n  condition: clean\n';

/** Every message as `path:line:col fatal rule reason → fix`, to compare whole lists. */
function messages(files: ContentFile[]) {
	return checkContent([...base, ...files]).flatMap((f) => f.messages.map((m) => `${f.path}:${m.line ?? ''}:${m.column ?? ''} ${m.fatal ? 'error' : 'warning'} ${m.ruleId} ${m.reason}${m.note ? ` → ${m.note}` : ''}`));
}

describe('checkContent', () => {
	it('passes a valid article silently', () => {
		expect(messages([article('a-2019', ok)])).toEqual([]);
	});

	it('reports malformed YAML with its line', () => {
		expect(messages([article('x', 'title: Bài: hai chấm\nbloc: k\n')])).toEqual([
			'content/articles/x.md:2:8 error yaml Phần dữ kiện (YAML) sai cú pháp: có dấu “:” thừa trong một giá trị (hoặc một dòng thụt lề sai). → Xem dòng được nêu: thụt lề bằng dấu cách cho thẳng hàng, và đặt giá trị có dấu “:” hoặc “,” trong ngoặc kép (`place: "Hà Nội, Bắc Ninh"`).',
		]);
	});

	it('reports an unknown bloc and board at the line of the field', () => {
		expect(messages([article('x', ok.replace('bloc: k', 'bloc: khong-co'))])).toEqual([
			'content/articles/x.md:3:7 error reference `bloc`: Khối thi đua `khong-co` không tồn tại. → Dùng mã một tệp trong content/blocs/ (`k`) hoặc thêm tệp content/blocs/khong-co.yaml.',
		]);
		const withHost = ok.replace('conference: {}', 'conference:\n  host: [a, zz]');
		expect(messages([article('x', withHost)])).toEqual([
			'content/articles/x.md:6:13 error reference `conference.host[1]`: Ban quản lý `zz` không tồn tại. → Dùng mã một tệp trong content/units/ (ví dụ `a`) hoặc thêm tệp content/units/zz.yaml.',
		]);
	});

	it('rejects an impossible date, naming the field', () => {
		expect(messages([article('x', ok.replace('conference: {}', 'conference:\n  start: 2023-02-30'))])).toEqual([
			'content/articles/x.md:6:10 error schema `conference.start`: Ngày sai: ngày `2023-02-30` không tồn tại (tháng 2/2023 có 28 ngày). Ghi YYYY, YYYY-MM hoặc YYYY-MM-DD, hoặc null nếu bài không nêu.',
		]);
	});

	it('warns, at the line of the field, when the chair who served is not the one elected', () => {
		const list = messages([
			article('y2019', ok + 'elected:\n  chair: { unit: a }\n'),
			article('y2020', ok.replace('year: 2019', 'year: 2020') + 'chair: { unit: b }\n'),
		]);
		expect(list).toEqual([
			'content/articles/y2020.md:9:8 warning elected-not-served `chair`: Khối trưởng năm 2020 của Khối K là `b`, khác `a` được bầu ở hội nghị năm trước (content/articles/y2019.md). → Không cần sửa nếu đúng như nguồn (ban được bầu xin rút, khối bầu lại): trang ghi ban đã giữ vai trò, kèm “được bầu: …” và cả hai nguồn. Ghi lý do vào `conference.note` nếu bài có nêu.',
		]);
	});

	it('fails on two articles naming different chairs for one year, naming both files', () => {
		const list = messages([article('y2020', ok.replace('year: 2019', 'year: 2020') + 'chair: { unit: a }\n'), article('y2020-so-ket', ok.replace('year: 2019', 'year: 2020\nevent: so-ket') + 'chair: { unit: b }\n')]);
		expect(list).toEqual([
			'content/articles/y2020-so-ket.md:10:8 error conflict `chair`: Các bài mâu thuẫn về Khối trưởng năm 2020 của Khối K: `a` (content/articles/y2020.md, nêu trong năm) và `b` (content/articles/y2020-so-ket.md, nêu trong năm). → Đối chiếu với nguồn rồi sửa bài sai. Kho lưu trữ không tự chọn một bên. Nếu các nguồn thật sự ghi khác nhau, ghi vào content/blocs/k.yaml: `disputes: [{ year: 2020, role: chair, note: "…" }]`.',
		]);
	});

	it('fails on an empty file and on a legacy encoding', () => {
		expect(messages([{ path: 'content/articles/empty.md', bytes: enc('  \n') }, { path: 'content/articles/legacy.md', bytes: iconv.encode(`---\n${ok}---\nHội nghị tổng kết\n`, 'windows-1258') }])).toEqual([
			'content/articles/empty.md:: error empty-file Tệp rỗng. → Xóa tệp, hoặc tạo bài bằng `npm run new` để có đủ mẫu.',
			'content/articles/legacy.md:: error encoding Tệp không phải UTF-8 (có thể là Windows-1258, TCVN3 hoặc VNI). → Chuyển sang UTF-8, hoặc dùng `npm run import -- tệp.txt` để tự nhận dạng bảng mã.',
		]);
	});

	it('reports raw HTML at its place in the file', () => {
		expect(messages([article('x', ok, 'Đoạn.\n\n<img src=x onerror="alert(1)">\n')])).toEqual([
			'content/articles/x.md:13:1 error no-raw-html Không dùng HTML trong bài viết: `<img src=x onerror="alert(1)">` sẽ bị bỏ khi dựng trang. → Viết bằng Markdown (chú thích ảnh: `_Ảnh: …_`).',
		]);
	});

	it('checks an .mdx article: components at their place in the file, its id shared with a .md of the same name, its prose spelled without the tags', () => {
		const mdx = (name: string, body: string) => ({ path: `content/articles/${name}.mdx`, bytes: enc(`---\n${ok}---\n\n${body}`) });
		expect(messages([mdx('a-2019', 'Đoạn.\n\n<Hinh chuThich="Toàn cảnh" />\n')])).toEqual([]);
		expect(messages([mdx('x', 'Đoạn.\n\n<Hinh src="../x.txt" chuThich="a" />\n\n<Foo />\n')])).toEqual([
			'content/articles/x.mdx:13:1 error mdx-component Ảnh `../x.txt` không có trong thư mục content/anh/. Chép ảnh (.jpg, .png, .webp; tên chữ thường không dấu) vào đó và ghi đúng tên tệp, hoặc bỏ `src` nếu ảnh không còn lưu giữ.',
			'content/articles/x.mdx:15:1 error mdx-component Thành phần `<Foo>` không có. Chỉ dùng `<Hinh chuThich="…" />` (ảnh và chú thích) hoặc `<BieuDoChiTieu chiTieu="…" />` (biểu đồ chỉ tiêu của khối).',
		]);
		expect(messages([mdx('y', 'Đoạn.\n\nGiá {x\n')])).toEqual([
			'content/articles/y.mdx:13:7 error mdx-syntax MDX sai cú pháp: Unexpected end of file in expression, expected a corresponding closing brace for `{`. Trong tệp .mdx, dấu `<` và `{` mở một thành phần hay biểu thức: viết `\\<`, `\\{` nếu muốn chữ thường, và đóng mọi thẻ (`<Hinh … />`).',
		]);
		expect(messages([article('z', ok), mdx('z', 'Đoạn.\n')]).map((m) => m.split(' →')[0])).toEqual(['content/articles/z.mdx:: error duplicate-id Trùng mã `z` với content/articles/z.md.']);
		const photo = [...base, mdx('v', 'Đoạn.\n\n<Hinh src="x.jpg" chuThich="a" />\n')];
		expect(checkContent(photo, { imageFiles: new Set(['x.jpg']) }).flatMap((f) => f.messages)).toEqual([]);
		expect(checkContent(photo, { imageFiles: new Set(['y.jpg']) }).flatMap((f) => f.messages.map((m) => `${f.path}:${m.line}:${m.column} ${m.ruleId}`))).toEqual(['content/articles/v.mdx:13:1 mdx-component']);
		const words: string[] = [];
		checkContent([...base, mdx('w', 'Chữ.\n\n<Hinh chuThich="Ảnh đẹp" />\n')], { spell: (text) => (words.push(text), []) });
		expect(words).toEqual(['\nChữ.\n\n                Ảnh đẹp    \n']);
	});

	it('rejects unknown fields, such as the rest of a value cut at an unquoted comma', () => {
		expect(messages([article('x', ok.replace('conference: {}', 'conference: { place: Hà Nội, Bắc Ninh }'))])).toEqual([
			'content/articles/x.md:5:13 error schema `conference`: trường lạ `Bắc Ninh`. → Nếu đây là phần sau dấu phẩy của một giá trị (`place: Hà Nội, Bắc Ninh`), đặt cả giá trị trong ngoặc kép; nếu không, sửa tên trường cho đúng hoặc xóa dòng.',
		]);
	});

	it('rejects file names that cannot be URLs, and missing front matter', () => {
		expect(messages([article('Hội-nghị', ok), { path: 'content/articles/nofm.md', bytes: enc('Chỉ có thân bài.\n') }])).toEqual([
			'content/articles/Hội-nghị.md:: error file-name Tên tệp `Hội-nghị.md` không dùng được làm đường dẫn: chỉ chữ thường không dấu, số và “-”. → Đổi tên thành `hoi-nghi.md`.',
			'content/articles/nofm.md:1:1 error front-matter Thiếu phần dữ kiện (front matter) ở đầu bài, giữa hai dòng `---`. → Tạo bài bằng `npm run new` để có đủ mẫu.',
		]);
		expect(messages([article('2022', ok)])).toEqual([
			'content/articles/2022.md:: error file-name Tên tệp `2022.md` không dùng được làm đường dẫn: chỉ gồm chữ số, trùng với đường dẫn một trang của danh sách (như /khoi/2/). → Đổi tên thành `bai-2022.md`.',
		]);
	});

	it('warns about text not in NFC and board names that match no board', () => {
		expect(messages([article('x', ok, 'Ban Quản lý Khu kinh tế Bình và Ban Quản lý các KCN tỉnh Xa Lạ dự họp.\n'.normalize('NFD'))])).toEqual([
			'content/articles/x.md:: warning nfc Văn bản chưa ở dạng Unicode NFC (dấu tách rời); trang sẽ tự chuẩn hóa. → Lưu lại ở dạng NFC để tìm kiếm và so sánh đúng.',
			'content/articles/x.md:11:33 warning unknown-board-name Tên ban quản lý `Ban Quản lý các KCN tỉnh Xa Lạ dự họp` không khớp ban nào trong content/units/. → Nếu là một ban đã có, thêm cách viết này vào `variants` của ban đó; nếu là ban mới, tạo content/units/<mã>.yaml.',
		]);
	});

	it('says the fix in Vietnamese: a tab, an empty value, a date written dd/mm/yyyy, a near-miss id', () => {
		expect(messages([article('x', 'title: Bài\nbloc: k\nyear: 2019\nconference:\n\tplace: An\nsource:\n  file: x.txt\n  condition: clean\n')])).toEqual([
			'content/articles/x.md:6:1 error yaml Phần dữ kiện (YAML) sai cú pháp: thụt lề bằng phím Tab (chỉ dùng dấu cách). → Xem dòng được nêu: thụt lề bằng dấu cách cho thẳng hàng, và đặt giá trị có dấu “:” hoặc “,” trong ngoặc kép (`place: "Hà Nội, Bắc Ninh"`).',
		]);
		expect(messages([article('x', ok.replace('title: Bài', 'title:'))])).toEqual([
			'content/articles/x.md:2:7 error schema `title`: cần chữ, nhưng đang để trống. → Ghi giá trị sau dấu “:”; nếu bài không nêu và trường không bắt buộc, xóa cả dòng.',
		]);
		expect(messages([article('x', ok.replace('conference: {}', 'conference:\n  start: 14/01/2022'))])).toEqual([
			'content/articles/x.md:6:10 error schema `conference.start`: ngày `14/01/2022` phải viết dạng YYYY-MM-DD. → Viết `2022-01-14`.',
		]);
		expect(messages([article('x', ok.replace('conference: {}', 'conference:\n  host: [aa]'))])).toEqual([
			'content/articles/x.md:6:10 error reference `conference.host[0]`: Ban quản lý `aa` không tồn tại. → Có phải `a`? Nếu không, dùng mã một tệp trong content/units/ hoặc thêm tệp content/units/aa.yaml.',
		]);
	});

	it('says where a quote stops matching the body and the nearest sentence', () => {
		const body = 'Mở đầu.\n\nHội nghị bầu Ban Quản lý các khu công nghiệp tỉnh An làm Khối trưởng năm 2020.\n';
		expect(messages([article('x', ok + 'elected:\n  chair:\n    unit: a\n    quote: Hội nghị bầu Ban Quản lý các khu công nghiệp tỉnh An làm Khối phó năm 2020\n', body)])).toEqual([
			'content/articles/x.md:12:12 error quote `elected.chair.quote`: Câu trích không có nguyên văn trong thân bài: 62/74 ký tự đầu khớp, khác từ `phó năm 2020`. → Câu gần nhất trong thân bài: “Hội nghị bầu Ban Quản lý các khu công nghiệp tỉnh An làm Khối trưởng năm 2020.”. Chép nguyên văn một câu (hoặc một đoạn câu) của thân bài vào trường `quote`.',
		]);
	});

	it('checks a conference date against its quote, in any Vietnamese spelling', () => {
		const withDate = (start: string, quote: string) => article('x', ok.replace('conference: {}', `conference:\n  start: ${start}\n  quote: ${quote}`), `Hội nghị họp ${quote.replace(/^họp /, '')}.\n`);
		expect(messages([withDate('2022-01-14', 'họp ngày 14 tháng 1 năm 2022')])).toEqual([]);
		expect(messages([withDate('2022-01-14', 'họp ngày 14-01-2022')])).toEqual([]);
		expect(messages([withDate('2022-01-15', 'họp ngày 14/1/2022')])).toEqual([
			'content/articles/x.md:6:10 error fact-not-in-quote `conference.start`: `2022-01-15` — câu trích ghi `14/1/2022` (= 2022-01-14): “họp ngày 14/1/2022”. → Sửa thành `2022-01-14` nếu câu trích đúng với bài gốc.',
		]);
		expect(messages([withDate('2022-01-15', 'họp tại tỉnh An')])).toEqual([
			'content/articles/x.md:6:10 warning fact-not-in-quote `conference.start`: `2022-01-15` — không thấy trong câu trích: “họp tại tỉnh An”. → Chọn câu trích có ghi ngày họp, hoặc để ngày là `null` nếu bài không nêu.',
		]);
	});

	it('checks boards against their quotes by any name variant', () => {
		const withChair = (unit: string, quote: string) => article('x', ok + `chair:\n  unit: ${unit}\n  quote: ${quote}\n`, `${quote}.\n`);
		expect(messages([withChair('a', 'BQL các khu công nghiệp tỉnh An là Khối trưởng')])).toEqual([]);
		expect(messages([withChair('a', 'Ban Quản lý Khu kinh tế Bình là Khối trưởng')])).toEqual([
			'content/articles/x.md:10:9 error fact-not-in-quote `chair.unit`: `a` — câu trích ghi `b` (Ban Quản lý Khu kinh tế Bình): “Ban Quản lý Khu kinh tế Bình là Khối trưởng”. → Sửa mã ban quản lý cho đúng ban mà câu trích nêu, hoặc chọn câu trích nêu đúng ban này.',
		]);
	});

	it('reports every problem of a draft as a warning', () => {
		expect(messages([article('d', `${ok}draft: true\nchair: { unit: zz }\n`), article('e', 'title: Bài\nyear: abc\ndraft: true\n')])).toEqual([
			'content/articles/d.md:10:16 warning reference `chair.unit`: Ban quản lý `zz` không tồn tại. → Dùng mã một tệp trong content/units/ (ví dụ `a`) hoặc thêm tệp content/units/zz.yaml. (Bài nháp: chưa chặn việc dựng trang; khi bỏ `draft: true` để đăng, đây là lỗi.)',
			'content/articles/e.md:2:1 warning schema `bloc`: thiếu trường bắt buộc này. → Thêm dòng cho trường này (xem docs/huong-dan/tham-chieu-du-kien.md). (Bài nháp: chưa chặn việc dựng trang; khi bỏ `draft: true` để đăng, đây là lỗi.)',
			'content/articles/e.md:3:7 warning schema `year`: cần một số, nhưng đang là chữ `abc`. → (Bài nháp: chưa chặn việc dựng trang; khi bỏ `draft: true` để đăng, đây là lỗi.)',
			'content/articles/e.md:2:1 warning schema `conference`: thiếu trường bắt buộc này. → Thêm dòng cho trường này (xem docs/huong-dan/tham-chieu-du-kien.md). (Bài nháp: chưa chặn việc dựng trang; khi bỏ `draft: true` để đăng, đây là lỗi.)',
			'content/articles/e.md:2:1 warning schema `source`: thiếu trường bắt buộc này. → Thêm dòng cho trường này (xem docs/huong-dan/tham-chieu-du-kien.md). (Bài nháp: chưa chặn việc dựng trang; khi bỏ `draft: true` để đăng, đây là lỗi.)',
		]);
	});
});
