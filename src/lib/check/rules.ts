/**
 * The checker's own rules (a file as a whole: encoding, YAML, schema, names, spelling). The
 * derivation's rules live with their phase in src/lib/archive/. Every rule's reason says what is
 * wrong; its `note` says what to do; docs/huong-dan/loi-thuong-gap.md explains each one.
 */
import type { Point } from 'unist';
import { lintRule } from '../../plugins/lint-rule.ts';

type Place = Point | undefined;

/** `encoding`: the file is not UTF-8. */
export const encodingRule = lintRule<null>({ origin: 'archive:encoding' }, (_, file) => {
	file.message('Tệp không phải UTF-8 (có thể là Windows-1258, TCVN3 hoặc VNI).').note = 'Chuyển sang UTF-8, hoặc dùng `npm run import -- tệp.txt` để tự nhận dạng bảng mã.';
});

/** `empty-file`: nothing but whitespace. */
export const emptyFileRule = lintRule<null>({ origin: 'archive:empty-file' }, (_, file) => {
	file.message('Tệp rỗng.').note = 'Xóa tệp, hoặc tạo bài bằng `npm run new` để có đủ mẫu.';
});

/** `nfc`: marks written as separate combining characters (a warning: the build normalises). */
export const nfcRule = lintRule<null>({ origin: 'archive:nfc', severity: 'warning' }, (_, file) => {
	file.message('Văn bản chưa ở dạng Unicode NFC (dấu tách rời); trang sẽ tự chuẩn hóa.').note = 'Lưu lại ở dạng NFC để tìm kiếm và so sánh đúng.';
});

/** `file-name`: a file name that cannot be a URL. */
export const fileNameRule = lintRule<{ base: string; suggestion: string }>({ origin: 'archive:file-name' }, ({ base, suggestion }, file) => {
	file.message(`Tên tệp \`${base}\` không dùng được làm đường dẫn: chỉ chữ thường không dấu, số và “-”.`).note = `Đổi tên thành \`${suggestion}\`.`;
});

/** `duplicate-id`: two files of one collection with the same id. */
export const duplicateIdRule = lintRule<{ id: string; other: string; kind: string }>({ origin: 'archive:duplicate-id' }, ({ id, other, kind }, file) => {
	file.message(`Trùng mã \`${id}\` với ${other}.`).note = `Mỗi tệp trong content/${kind}/ cần một tên riêng.`;
});

/** `front-matter`: an article without its `---` block. */
export const frontMatterRule = lintRule<null>({ origin: 'archive:front-matter' }, (_, file) => {
	file.message('Thiếu phần dữ kiện (front matter) ở đầu bài, giữa hai dòng `---`.', { place: { line: 1, column: 1 } }).note = 'Tạo bài bằng `npm run new` để có đủ mẫu.';
});

/** `yaml`: YAML that does not parse. */
export const yamlRule = lintRule<{ reason: string; place: Place }>({ origin: 'archive:yaml' }, ({ reason, place }, file) => {
	file.message(`YAML sai cú pháp: ${reason}.`, { place }).note = 'Kiểm tra dấu “:”, thụt lề và đặt chuỗi có dấu phẩy, hai chấm trong ngoặc kép.';
});

/** `schema`: a value the collection's schema refuses (the schema's message says the fix). */
export const schemaRule = lintRule<{ field: string; reason: string; place: Place }>({ origin: 'archive:schema' }, ({ field, reason, place }, file) => {
	file.message(`\`${field}\`: ${reason}`, { place });
});

/** `spelling`: a word the Vietnamese dictionary does not know (a warning). */
export const spellingRule = lintRule<{ word: string; suggestions: readonly string[]; place: Point }>({ origin: 'archive:spelling', severity: 'warning' }, ({ word, suggestions, place }, file) => {
	const message = file.message(`Có thể sai chính tả: \`${word}\`${suggestions.length ? ` (gợi ý: ${suggestions.slice(0, 3).join(', ')})` : ''}.`, { place });
	message.note = 'Nếu là tên riêng hay viết tắt đúng, thêm vào content/spelling-allow.txt.';
});

/** `unknown-board-name`: a board named in a body that matches no board (a warning). */
export const unknownBoardNameRule = lintRule<{ name: string; place: Point }>({ origin: 'archive:unknown-board-name', severity: 'warning' }, ({ name, place }, file) => {
	const message = file.message(`Tên ban quản lý \`${name}\` không khớp ban nào trong content/units/.`, { place });
	message.note = 'Nếu là một ban đã có, thêm cách viết này vào `variants` của ban đó; nếu là ban mới, tạo content/units/<mã>.yaml.';
});

