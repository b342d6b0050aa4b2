/**
 * File names and the commented front-matter template of a new article (`npm run new`), and the
 * YAML scalar writer shared with the importer's drafts. Pure: text in, text out.
 */

/** A YAML scalar: `null`, numbers and ids bare, other text double-quoted (JSON strings are valid YAML). */
export function yamlScalar(value: string | number | boolean | null): string {
	if (value === null) return 'null';
	if (typeof value !== 'string') return String(value);
	if (/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value) && !/^(?:null|true|false|yes|no|on|off|~|\d+)$/i.test(value)) return value;
	if (/^\d{4}(?:-\d{2}){0,2}$/.test(value)) return value;
	return JSON.stringify(value.normalize('NFC'));
}

/** The bloc's part of an article file name: its id without a leading `khoi-` / `cum-`. */
export function blocShortSlug(blocId: string): string {
	return blocId.replace(/^(?:khoi|cum)-(?=.)/, '');
}

/** `<year>-<bloc-short-slug>-tong-ket.md`, the archive's file name for a year-end review article. */
export function articleFileName(year: number, blocId: string, event: 'tong-ket' | 'so-ket' = 'tong-ket'): string {
	return `${year}-${blocShortSlug(blocId)}-${event}.md`;
}

/** The whole front matter of a new article, every field explained in Vietnamese, unknowns `null`. */
export function articleTemplate(input: { bloc: string; year: number; title: string }): string {
	const q = yamlScalar;
	return `---
# Tiêu đề bài như đã đăng. Nếu bản nguồn không có tiêu đề, tự đặt và ghi titleEditorial: true.
title: ${q(input.title.normalize('NFC'))}
# true khi kho lưu trữ tự đặt tiêu đề vì bản nguồn không có.
titleEditorial: false
# Mã khối thi đua: tên tệp trong content/blocs/ (không có .yaml).
bloc: ${q(input.bloc)}
# Năm được tổng kết (năm tổng kết), không phải năm họp hội nghị.
year: ${input.year}
# tong-ket (tổng kết cả năm) hoặc so-ket (sơ kết giữa năm).
event: tong-ket
# Hội nghị mà bài đưa tin. Điều gì bài không nêu thì để null: không đoán.
conference:
  # Ngày đầu: YYYY-MM-DD, YYYY-MM hoặc YYYY theo độ chính xác của bài; null nếu bài không nêu.
  start: null
  # Ngày cuối khi hội nghị họp nhiều ngày; null nếu họp một ngày hoặc không rõ.
  end: null
  # Địa điểm đúng như bài viết (ví dụ "tỉnh Hải Dương"); null nếu bài không nêu.
  place: null
  # Các ban quản lý đăng cai (mã trong content/units/). Không suy ra từ Khối trưởng.
  host: []
  # true khi ngày hoặc địa điểm trong bài đáng ngờ; giải thích trong note.
  uncertain: false
  # Ghi chú (tùy chọn), ví dụ: "Bài không nêu ngày họp."
  # note: ""
  # Câu trong thân bài nêu ngày, nơi họp, đơn vị đăng cai, chép đúng từng chữ (tùy chọn).
  # quote: ""
# Khối trưởng / Cụm trưởng của năm tổng kết: { unit: <mã ban quản lý>, quote: "<câu trích>" }, hoặc null.
chair: null
# Khối phó / Cụm phó của năm tổng kết: { unit: <mã>, quote: "<câu trích>" }, hoặc null.
viceChair: null
# Đơn vị được bầu làm Khối trưởng, Khối phó năm sau, nếu bài nêu.
elected:
  # Năm nhiệm kỳ được bầu (mặc định là năm tổng kết + 1).
  # year: ${input.year + 1}
  # Khối trưởng năm sau: { unit: <mã>, quote: "<câu trích>" }, hoặc null.
  chair: null
  # Khối phó năm sau: { unit: <mã>, quote: "<câu trích>" }, hoặc null.
  viceChair: null
# Hội nghị lần sau, khi bài báo trước nơi họp hoặc đơn vị đăng cai (tùy chọn):
# nextConference: { host: [<mã>], place: "<nơi họp>", quote: "<câu trích>" }
# Khen thưởng được bình xét hoặc trao tại hội nghị. Mỗi mục:
#   - kind: flag (Cờ thi đua) | merit (Bằng khen) | leading (đơn vị dẫn đầu) | other
#     name: "Cờ thi đua"          # tên như bài in
#     recipients: [<mã>, <mã>]    # đơn vị nhận; hoặc count: <số> khi bài chỉ nêu số lượng
#     status: proposed            # proposed: "đề nghị … tặng"; conferred: "trao tặng"
#     by: "Bộ Kế hoạch và Đầu tư" # người/cơ quan tặng hoặc được đề nghị tặng; null nếu không rõ
#     quote: "<câu trích>"
awards: []
# Người dự hội nghị, với chức danh lúc đó. Mỗi mục: { name: "<họ tên>", title: "<chức danh>", role: "<chủ trì / phát biểu>" }
officials: []
# Số liệu bài nêu (chỉ tiêu trong content/indicators.yaml). Mỗi mục:
#   - key: projects-new           # mã chỉ tiêu
#     scope: total                # total | FDI | DDI
#     measure: value              # value | equivalent | plan | percent-of-plan | growth-percent | percent-of-registered
#     printed: "132 dự án"        # con số đúng như bài in
#     quote: "<câu trích chứa con số>"
#     asOf: null                  # ngày số liệu khi là số lũy kế, "tính đến ngày …"
#     estimate: false             # true khi bài ghi "ước đạt"
figures: []
# Nguồn của bài.
source:
  # Đơn vị hoặc trang web đăng bài; null nếu không rõ.
  publisher: null
  # Tiêu đề gốc; null nếu bản nguồn không có tiêu đề.
  title: null
  # Tác giả hoặc chữ ký cuối bài; null nếu không có.
  author: null
  # Tên tệp bản nguồn trong content/sources/ (bắt buộc).
  file: null
  # Tình trạng bản nguồn (bắt buộc): clean | ocr (lỗi nhận dạng chữ) | lost-diacritics (mất ký tự trên U+00FF).
  condition: null
  # Kho lưu trữ đã làm gì với văn bản (tùy chọn), ví dụ bỏ tên tệp ảnh, khôi phục dấu.
  # note: ""
# true: bài được kiểm tra nhưng chưa đăng. Đổi thành false khi đã rà soát xong.
draft: true
---

`;
}
