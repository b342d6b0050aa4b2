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

/** `file-name`: a file name that cannot be a URL, or only digits (the URL of a listing's page: `/khoi/2/`). */
export const fileNameRule = lintRule<{ base: string; suggestion: string; digits?: boolean }>({ origin: 'archive:file-name' }, ({ base, suggestion, digits }, file) => {
	const reason = digits ? 'chỉ gồm chữ số, trùng với đường dẫn một trang của danh sách (như /khoi/2/)' : 'chỉ chữ thường không dấu, số và “-”';
	file.message(`Tên tệp \`${base}\` không dùng được làm đường dẫn: ${reason}.`).note = `Đổi tên thành \`${suggestion}\`.`;
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
	file.message(`Phần dữ kiện (YAML) sai cú pháp: ${reason}.`, { place }).note = 'Xem dòng được nêu: thụt lề bằng dấu cách cho thẳng hàng, và đặt giá trị có dấu “:” hoặc “,” trong ngoặc kép (`place: "Hà Nội, Bắc Ninh"`).';
});

/** `schema`: a value the collection's schema refuses (the schema's message says the fix). */
export const schemaRule = lintRule<{ field: string; reason: string; note?: string; place: Place }>({ origin: 'archive:schema' }, ({ field, reason, note, place }, file) => {
	const message = file.message(`\`${field}\`: ${reason}`, { place });
	if (note) message.note = note;
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


/** YAML parser errors in Vietnamese, by the `yaml` library's error code. */
const YAML_REASONS: Record<string, string> = {
	BLOCK_AS_IMPLICIT_KEY: 'có dấu “:” thừa trong một giá trị (hoặc một dòng thụt lề sai)',
	MULTILINE_IMPLICIT_KEY: 'một tên trường bị ngắt sang dòng sau (thiếu dấu “:” hoặc thụt lề sai)',
	DUPLICATE_KEY: 'một trường được ghi hai lần',
	TAB_AS_INDENT: 'thụt lề bằng phím Tab (chỉ dùng dấu cách)',
	BAD_INDENT: 'thụt lề không thẳng hàng, hoặc thiếu dấu đóng ngoặc',
	MISSING_CHAR: 'thiếu dấu đóng (ngoặc kép, ngoặc vuông hoặc ngoặc nhọn)',
	UNEXPECTED_TOKEN: 'có ký tự không đúng chỗ (thường do thụt lề sai, hoặc bỏ dấu “#” ở dòng đầu mà chưa bỏ ở các dòng sau)',
	BAD_DQ_ESCAPE: 'dấu “\\” trong ngoặc kép không hợp lệ',
	TAG_RESOLVE_FAILED: 'giá trị không đọc được',
};

/** A YAML error in Vietnamese (the library's English kept only for codes not translated). */
export function yamlReason(code: string, message: string): string {
	return YAML_REASONS[code] ?? message.split('\n')[0]!;
}

const TYPE_NAMES: Record<string, string> = {
	string: 'chữ',
	number: 'một số',
	int: 'một số nguyên',
	boolean: '`true` hoặc `false`',
	array: 'một danh sách (mỗi mục một dòng bắt đầu bằng `- `)',
	object: 'một nhóm trường (các dòng thụt vào bên dưới)',
	date: 'một ngày',
};

/** How a YAML value reads to staff: `để trống`, `chữ \`abc\``, `số \`12\``, `một danh sách`. */
export function describeValue(value: unknown): string {
	if (value === null || value === '') return 'đang để trống';
	if (value === undefined) return 'đang thiếu';
	if (typeof value === 'string') return `đang là chữ \`${value}\``;
	if (typeof value === 'number') return `đang là số \`${value}\``;
	if (typeof value === 'boolean') return `đang là \`${value}\``;
	if (Array.isArray(value)) return 'đang là một danh sách';
	if (value instanceof Date) return `đang là ngày \`${value.toISOString().slice(0, 10)}\``;
	return 'đang là một nhóm trường';
}

/** A schema issue (zod) as staff read it, with the fix; `raw` is the value written in the file. */
export function schemaMessage(issue: { code: string; message: string; expected?: string; values?: readonly unknown[]; keys?: readonly string[] }, raw: unknown, vnDateToIso: (s: string) => string | null): { reason: string; note?: string } {
	if (issue.code === 'invalid_type' && raw === undefined) return { reason: 'thiếu trường bắt buộc này.', note: 'Thêm dòng cho trường này (xem docs/huong-dan/tham-chieu-du-kien.md).' };
	if (issue.code === 'invalid_type') {
		const note = raw === null || raw === '' ? 'Ghi giá trị sau dấu “:”; nếu bài không nêu và trường không bắt buộc, xóa cả dòng.' : undefined;
		return { reason: `cần ${TYPE_NAMES[issue.expected ?? ''] ?? issue.expected}, nhưng ${describeValue(raw)}.`, note };
	}
	if (issue.code === 'invalid_value' && issue.values) return { reason: `phải là một trong ${issue.values.map((v) => `\`${String(v)}\``).join(', ')}, nhưng ${describeValue(raw)}.` };
	if (issue.code === 'unrecognized_keys' && issue.keys) {
		return { reason: `trường lạ ${issue.keys.map((k) => `\`${k}\``).join(', ')}.`, note: 'Nếu đây là phần sau dấu phẩy của một giá trị (`place: Hà Nội, Bắc Ninh`), đặt cả giá trị trong ngoặc kép; nếu không, sửa tên trường cho đúng hoặc xóa dòng.' };
	}
	const iso = typeof raw === 'string' && issue.message.startsWith('Ngày sai') ? vnDateToIso(raw) : null;
	if (iso) return { reason: `ngày \`${raw as string}\` phải viết dạng YYYY-MM-DD.`, note: `Viết \`${iso}\`.` };
	return { reason: issue.message };
}
