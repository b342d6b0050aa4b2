/** Vietnamese building blocks for synthetic content: place names, people, numbers as printed. */
import { foldVietnamese } from '../text/fold.ts';
import type { Random } from './random.ts';

/** First syllables of place names. */
const PLACE_FIRST = [
	'An', 'Bình', 'Cẩm', 'Diên', 'Đông', 'Gia', 'Hải', 'Hòa', 'Kim', 'Lạc', 'Long', 'Mỹ', 'Nam', 'Ngọc', 'Phú', 'Phước', 'Quảng', 'Sơn', 'Tam', 'Thạch',
	'Thanh', 'Thuận', 'Tiên', 'Trà', 'Trung', 'Vạn', 'Vĩnh', 'Xuân', 'Yên', 'Bảo', 'Cao', 'Đại', 'Đức', 'Hưng', 'Khánh', 'Lâm', 'Minh', 'Nghĩa', 'Quế', 'Tây',
	'Thái', 'Tịnh', 'Văn', 'Hiệp', 'Châu', 'Định', 'Hồng', 'Lộc', 'Phong', 'Tân',
];
/** Second syllables of place names. */
const PLACE_SECOND = [
	'Giang', 'Điền', 'Thạnh', 'Lợi', 'Phát', 'Xương', 'Khê', 'Lâm', 'Sơn', 'Hà', 'Thủy', 'Ninh', 'Yên', 'Định', 'Hải', 'Thành', 'Phong', 'Bình', 'Lộc', 'Tiến',
	'Trạch', 'Đà', 'Hậu', 'Mỹ', 'Vinh', 'Cường', 'Trị', 'Quang', 'Thịnh', 'Long', 'Hiệp', 'Nguyên', 'Xuyên', 'Khánh', 'Tường', 'Hưng', 'Dương', 'Đông', 'Bắc', 'Tâm',
	'Phúc', 'Thuận', 'Hội', 'Kiều', 'Hòa', 'Liên', 'Trường', 'Minh', 'Đức', 'An',
];

/**
 * `count` distinct two-syllable place names, in a random order. Names stay distinct after
 * folding (`Tân`/`Tấn` fold alike), so search and mention matching never confuse two places,
 * and none folds like a `reserved` name (the real archive's places, when real articles are
 * placed among synthetic ones).
 */
export function placeNames(random: Random, count: number, reserved: readonly string[] = []): string[] {
	const all: string[] = [];
	const seen = new Set<string>(reserved.map(foldVietnamese));
	for (const a of PLACE_FIRST) {
		for (const b of PLACE_SECOND) {
			if (foldVietnamese(a) === foldVietnamese(b)) continue;
			const name = `${a} ${b}`;
			const key = foldVietnamese(name);
			if (seen.has(key)) continue;
			seen.add(key);
			all.push(name);
		}
	}
	// Three syllables when two are not enough.
	for (let i = 0; all.length < count && i < PLACE_FIRST.length; i++) {
		for (const b of PLACE_SECOND) {
			for (const c of PLACE_SECOND) {
				const name = `${PLACE_FIRST[i]} ${b} ${c}`;
				const key = foldVietnamese(name);
				if (b === c || seen.has(key)) continue;
				seen.add(key);
				all.push(name);
			}
		}
	}
	if (all.length < count) throw new Error(`placeNames: at most ${all.length} names, ${count} asked.`);
	return random.sample(all, count);
}

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý'];
const MIDDLE_M = ['Văn', 'Hữu', 'Đức', 'Minh', 'Quốc', 'Thanh', 'Công', 'Anh'];
const MIDDLE_F = ['Thị', 'Thu', 'Ngọc', 'Thanh', 'Minh', 'Bích'];
const GIVEN_M = ['Tuấn', 'Hùng', 'Dũng', 'Mạnh', 'Sơn', 'Phong', 'Hải', 'Long', 'Thắng', 'Cường', 'Quang', 'Trung', 'Nam', 'Bình'];
const GIVEN_F = ['Hương', 'Lan', 'Hoa', 'Ngọc', 'Mai', 'Hà', 'Thủy', 'Hằng', 'Linh', 'Trang', 'Yến', 'Nga'];

/** A person: full name and the honorific the articles use (ông/bà). */
export function personName(random: Random): { name: string; honorific: 'ông' | 'bà' } {
	const female = random.chance(0.35);
	const name = `${random.pick(FAMILY)} ${random.pick(female ? MIDDLE_F : MIDDLE_M)} ${random.pick(female ? GIVEN_F : GIVEN_M)}`;
	return { name, honorific: female ? 'bà' : 'ông' };
}

/** Groups an integer's digits by thousands with `.`: 1148174 → `1.148.174`. */
function groupThousands(int: number): string {
	return String(int).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/**
 * A number printed the Vietnamese way (`5.056,1`): `.` groups thousands, `,` is the decimal mark.
 * Always prints `decimals` digits after the comma, so readings are unambiguous.
 */
export function formatVn(value: number, decimals: number): string {
	const fixed = value.toFixed(decimals);
	const [int, frac] = fixed.split('.');
	return frac ? `${groupThousands(Number(int))},${frac}` : groupThousands(Number(int));
}

/** `d/m/yyyy` as Vietnamese articles print dates. */
export function formatDayMonth(day: number, month: number, year: number): string {
	return `${day}/${month}/${year}`;
}

/** `yyyy-mm-dd` (or `yyyy-mm`) as the front matter stores partial dates. */
export function isoDate(year: number, month: number, day?: number): string {
	const mm = String(month).padStart(2, '0');
	return day === undefined ? `${year}-${mm}` : `${year}-${mm}-${String(day).padStart(2, '0')}`;
}
