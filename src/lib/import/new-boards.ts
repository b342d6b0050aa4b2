/**
 * Boards an article names that the archive does not hold yet. At every `Ban Quản lý` / `BQL`, the
 * name runs to the province that ends it (`Ban Quản lý các KCN tỉnh Bình Dương`, `Ban Quản lý Khu
 * kinh tế Chân Mây - Lăng Cô tỉnh Thừa Thiên Huế`); a name the archive's boards do not match is a
 * new board, filed under its province's slug, the way content/units/ files boards. A name without a
 * province is left alone: nothing is guessed.
 */
import { matchBoardName, type BoardIndex, type UnitRecord } from './board-match.ts';
import type { DraftUnit } from './extract.ts';
import { provincesIn } from './provinces.ts';

const BOARD_START = /(?:Ban\s+[Qq]uản\s+lý|BQL)\s/gu;
/** Where a board's name ends at the latest: punctuation, a verb or role word, or a new clause. */
const NAME_STOP = /[;.:()[\]"“”]|,(?!\s*(?:KCN|KCX|KKT|KCNC)\b)|\s(?:là|làm|được|đã|đăng\s+cai|tổ\s+chức|chủ\s+trì|cho\s+biết|trình\s+bày|báo\s+cáo|phát\s+biểu|giữ|thay\s+mặt|nhận|với|cùng|trong|năm|gồm|đề\s+nghị|và(?!\s+(?:các|KCN|KCX|KKT|khu|công\s+nghiệp|chế\s+xuất)\s)|[-–]\s*(?=\p{Ll}|Khối|Cụm|Trưởng|Phó))(?=\s|$)/u;

/** Names of boards in a text that end with a province: `{ name, province, id }`. */
export function boardNamesWithProvince(text: string): Array<{ name: string; start: number; province: string; id: string }> {
	const out: Array<{ name: string; start: number; province: string; id: string }> = [];
	const starts = [...text.matchAll(BOARD_START)].map((m) => m.index);
	for (const [k, start] of starts.entries()) {
		// A bloc's name (`Khối thi đua Ban Quản lý các KCN …`) is not a board.
		if (/(?:thi\s+đua|Khối|Cụm)\s*$/iu.test(text.slice(Math.max(0, start - 12), start))) continue;
		const limit = Math.min(starts[k + 1] ?? text.length, start + 160);
		const window = text.slice(start, limit);
		const stop = NAME_STOP.exec(window.slice(4));
		const name = stop ? window.slice(0, 4 + stop.index) : window;
		if (/các\s+tỉnh/iu.test(name)) continue;
		const hit = provincesIn(name).pop();
		if (!hit) continue;
		out.push({ name: name.slice(0, hit.index + hit.text.length).trim(), start, province: hit.name, id: hit.id });
	}
	return out;
}

/**
 * The boards of `texts` that `index` does not match. Those whose province's id is a board the
 * archive has become extra names of it (`records`); the others become drafts, with index records.
 */
export function discoverBoards(texts: readonly string[], units: readonly UnitRecord[], index: BoardIndex): { records: UnitRecord[]; drafts: DraftUnit[] } {
	const known = new Set(units.map((u) => u.id));
	const found = new Map<string, { province: string; names: string[] }>();
	for (const text of texts) {
		for (const b of boardNamesWithProvince(text)) {
			// A match counts only with the same province: `Quảng Bình` is not a misspelt `Quảng Ninh`.
			const match = matchBoardName(b.name, index);
			const matched = match && units.find((u) => u.id === match.id);
			if (matched && provincesIn(matched.province)[0]?.id === b.id) continue;
			if (matched && !provincesIn(matched.province).length && match.via === 'exact') continue;
			const entry = found.get(b.id) ?? { province: b.province, names: [] };
			if (!entry.names.includes(b.name)) entry.names.push(b.name);
			found.set(b.id, entry);
		}
	}
	const records: UnitRecord[] = [];
	const drafts: DraftUnit[] = [];
	for (const [id, { province, names }] of found) {
		// The article may cut a name at a dash (`… tỉnh Bà Rịa - Vũng Tàu`): keep the cut form too.
		const cut = names.map((n) => n.split(/\s[-–]\s/)[0]!).filter((n) => !names.includes(n) && provincesIn(n).length);
		records.push({ id, names: [...names, ...cut], province });
		if (!known.has(id)) drafts.push({ id, name: names[0]!, province, variants: names.slice(1) });
	}
	return { records, drafts };
}
