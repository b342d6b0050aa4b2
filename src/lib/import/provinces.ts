/**
 * Vietnam's provinces and centrally-run cities (the 63 before the 2025 mergers, as the archive's
 * years name them), with the other forms articles write. A board the archive lacks is filed under
 * its province's slug (`binh-duong`, `ba-ria-vung-tau`), as the boards in content/units/ are.
 */
import { slugify } from '../text/slug.ts';
import { shadow } from './pattern.ts';

const PROVINCES: ReadonlyArray<readonly [name: string, ...aliases: string[]]> = [
	['Hà Nội'], ['Hồ Chí Minh', 'TP.HCM', 'TPHCM', 'TP HCM'], ['Hải Phòng'], ['Đà Nẵng'], ['Cần Thơ'],
	['An Giang'], ['Bà Rịa - Vũng Tàu', 'Bà Rịa-Vũng Tàu', 'Bà Rịa Vũng Tàu', 'Vũng Tàu', 'Bà Rịa'], ['Bắc Giang'], ['Bắc Kạn'], ['Bạc Liêu'],
	['Bắc Ninh'], ['Bến Tre'], ['Bình Định'], ['Bình Dương'], ['Bình Phước'], ['Bình Thuận'], ['Cà Mau'], ['Cao Bằng'],
	['Đắk Lắk', 'Đắc Lắk', 'Đăk Lăk'], ['Đắk Nông', 'Đăk Nông'], ['Điện Biên'], ['Đồng Nai'], ['Đồng Tháp'], ['Gia Lai'], ['Hà Giang'], ['Hà Nam'],
	['Hà Tĩnh'], ['Hải Dương'], ['Hậu Giang'], ['Hòa Bình', 'Hoà Bình'], ['Hưng Yên'], ['Khánh Hòa', 'Khánh Hoà'], ['Kiên Giang'], ['Kon Tum'],
	['Lai Châu'], ['Lâm Đồng'], ['Lạng Sơn'], ['Lào Cai'], ['Long An'], ['Nam Định'], ['Nghệ An'], ['Ninh Bình'], ['Ninh Thuận'],
	['Phú Thọ'], ['Phú Yên'], ['Quảng Bình'], ['Quảng Nam'], ['Quảng Ngãi'], ['Quảng Ninh'], ['Quảng Trị'], ['Sóc Trăng'],
	['Sơn La'], ['Tây Ninh'], ['Thái Bình'], ['Thái Nguyên'], ['Thanh Hóa', 'Thanh Hoá'], ['Thừa Thiên Huế', 'Thừa Thiên - Huế', 'Huế'],
	['Tiền Giang'], ['Trà Vinh'], ['Tuyên Quang'], ['Vĩnh Long'], ['Vĩnh Phúc'], ['Yên Bái'],
];

export interface ProvinceHit {
	/** The province's name (`Bà Rịa - Vũng Tàu`). */
	name: string;
	/** The id a board of it is filed under (`ba-ria-vung-tau`). */
	id: string;
	/** Where the form was found, and the form as written. */
	index: number;
	text: string;
}

const FORMS = PROVINCES.flatMap(([name, ...aliases]) => [name, ...aliases].map((form) => ({ name, id: slugify(name), form: shadow(form, 'clean') }))).sort((a, b) => b.form.length - a.form.length);

/** Every province named in a text (whole words, longest form first, no overlaps), in text order. */
export function provincesIn(text: string): ProvinceHit[] {
	const folded = shadow(text.normalize('NFC'), 'clean');
	const hits: ProvinceHit[] = [];
	for (const f of FORMS) {
		let from = 0;
		for (;;) {
			const i = folded.indexOf(f.form, from);
			if (i < 0) break;
			from = i + 1;
			const end = i + f.form.length;
			if (/[\p{L}\p{N}]/u.test(folded[i - 1] ?? ' ') || /[\p{L}\p{N}]/u.test(folded[end] ?? ' ')) continue;
			if (hits.some((h) => i < h.index + h.text.length && end > h.index)) continue;
			hits.push({ name: f.name, id: f.id, index: i, text: text.slice(i, end) });
		}
	}
	return hits.sort((a, b) => a.index - b.index);
}
