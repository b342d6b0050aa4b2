/**
 * Decoding source files: UTF-8, or one of the legacy Vietnamese encodings staff still receive.
 *
 * - Windows-1258 is a real code page; iconv-lite decodes it. It writes most tone marks as separate
 *   combining characters, so the result is normalised to NFC.
 * - TCVN3 (ABC) and VNI are *font* encodings: the file holds Windows-1252 bytes and a special font
 *   draws them as Vietnamese letters. No npm package maps them reliably (iconv-lite's `tcvn` is
 *   TCVN 5712 VN1, which puts capitals in the C0/C1 ranges, not the ABC fonts' layout), so the
 *   tables below are written out here, one row per vowel in the order
 *   [no tone, sắc, huyền, hỏi, ngã, nặng]. TCVN3 has only lower-case toned letters (capitals came
 *   from a second font, `.VnTimeH`), plus Ă Â Ê Ô Ơ Ư Đ. VNI writes a base letter followed by one
 *   mark byte (`Vieät` = Việt), except i/ỵ/ơ/ư/đ, which have bytes of their own.
 *
 * Which encoding a file uses: bytes that are valid UTF-8 are UTF-8 (legacy 8-bit Vietnamese text
 * with many high bytes is practically never valid UTF-8, while a damaged UTF-8 text such as OCR
 * output may score badly as Vietnamese). Otherwise the file is decoded every legacy way and each
 * result scored for valid Vietnamese syllables (see `syllable.ts`): mojibake is not Vietnamese.
 */
import iconv from 'iconv-lite';
import { separateToneMarks } from '../text/diacritics-damage.ts';
import { syllableStats } from './syllable.ts';

export type SourceEncoding = 'utf-8' | 'windows-1258' | 'tcvn3' | 'vni';

const TONED = (vowels: string) => vowels.split(' ');

/** Unicode vowels by row, each row [no tone, sắc, huyền, hỏi, ngã, nặng]. */
const VOWEL_ROWS: Record<string, string[]> = {
	a: TONED('a á à ả ã ạ'),
	â: TONED('â ấ ầ ẩ ẫ ậ'),
	ă: TONED('ă ắ ằ ẳ ẵ ặ'),
	e: TONED('e é è ẻ ẽ ẹ'),
	ê: TONED('ê ế ề ể ễ ệ'),
	o: TONED('o ó ò ỏ õ ọ'),
	ô: TONED('ô ố ồ ổ ỗ ộ'),
	ơ: TONED('ơ ớ ờ ở ỡ ợ'),
	u: TONED('u ú ù ủ ũ ụ'),
	ư: TONED('ư ứ ừ ử ữ ự'),
	i: TONED('i í ì ỉ ĩ ị'),
	y: TONED('y ý ỳ ỷ ỹ ỵ'),
};

/** TCVN3 bytes of each lower-case row (0 = plain ASCII letter), same order as `VOWEL_ROWS`. */
const TCVN3_ROWS: Record<string, number[]> = {
	a: [0, 0xb8, 0xb5, 0xb6, 0xb7, 0xb9],
	â: [0xa9, 0xca, 0xc7, 0xc8, 0xc9, 0xcb],
	ă: [0xa8, 0xbe, 0xbb, 0xbc, 0xbd, 0xc6],
	e: [0, 0xd0, 0xcc, 0xce, 0xcf, 0xd1],
	ê: [0xaa, 0xd5, 0xd2, 0xd3, 0xd4, 0xd6],
	o: [0, 0xe3, 0xdf, 0xe1, 0xe2, 0xe4],
	ô: [0xab, 0xe8, 0xe5, 0xe6, 0xe7, 0xe9],
	ơ: [0xac, 0xed, 0xea, 0xeb, 0xec, 0xee],
	u: [0, 0xf3, 0xef, 0xf1, 0xf2, 0xf4],
	ư: [0xad, 0xf8, 0xf5, 0xf6, 0xf7, 0xf9],
	i: [0, 0xdd, 0xd7, 0xd8, 0xdc, 0xde],
	y: [0, 0xfd, 0xfa, 0xfb, 0xfc, 0xfe],
};
/** TCVN3's other letters: đ and the seven capitals the ABC fonts have. */
const TCVN3_OTHERS: Record<number, string> = { 0xae: 'đ', 0xa1: 'Ă', 0xa2: 'Â', 0xa3: 'Ê', 0xa4: 'Ô', 0xa5: 'Ơ', 0xa6: 'Ư', 0xa7: 'Đ' };

const TCVN3_DECODE = new Map<number, string>();
for (const [row, bytes] of Object.entries(TCVN3_ROWS)) {
	bytes.forEach((byte, tone) => {
		if (byte) TCVN3_DECODE.set(byte, VOWEL_ROWS[row]![tone]!);
	});
}
for (const [byte, ch] of Object.entries(TCVN3_OTHERS)) TCVN3_DECODE.set(Number(byte), ch);
const TCVN3_ENCODE = new Map([...TCVN3_DECODE].map(([b, ch]) => [ch, b]));

/** VNI spellings (as Windows-1252 characters) of each row, lower case; capitals are the same upper-cased. */
const VNI_ROWS: Record<string, string[]> = {
	a: ['a', 'aù', 'aø', 'aû', 'aõ', 'aï'],
	â: ['aâ', 'aá', 'aà', 'aå', 'aã', 'aä'],
	ă: ['aê', 'aé', 'aè', 'aú', 'aü', 'aë'],
	e: ['e', 'eù', 'eø', 'eû', 'eõ', 'eï'],
	ê: ['eâ', 'eá', 'eà', 'eå', 'eã', 'eä'],
	o: ['o', 'où', 'oø', 'oû', 'oõ', 'oï'],
	ô: ['oâ', 'oá', 'oà', 'oå', 'oã', 'oä'],
	ơ: ['ô', 'ôù', 'ôø', 'ôû', 'ôõ', 'ôï'],
	u: ['u', 'uù', 'uø', 'uû', 'uõ', 'uï'],
	ư: ['ö', 'öù', 'öø', 'öû', 'öõ', 'öï'],
	i: ['i', 'í', 'ì', 'æ', 'ó', 'ò'],
	y: ['y', 'yù', 'yø', 'yû', 'yõ', 'î'],
};

const VNI_DECODE = new Map<string, string>();
const VNI_ENCODE = new Map<string, string>();
for (const [row, spellings] of Object.entries(VNI_ROWS)) {
	spellings.forEach((vni, tone) => {
		const uni = VOWEL_ROWS[row]![tone]!;
		for (const [v, u] of [
			[vni, uni],
			[vni.toUpperCase(), uni.toUpperCase()],
		] as const) {
			if (v !== u) VNI_DECODE.set(v, u);
			VNI_ENCODE.set(u, v);
		}
	});
}
VNI_DECODE.set('ñ', 'đ').set('Ñ', 'Đ');
VNI_ENCODE.set('đ', 'ñ').set('Đ', 'Ñ');

/** Decodes TCVN3 (ABC) bytes; bytes that are not Vietnamese letters read as Windows-1252. */
export function decodeTcvn3(bytes: Uint8Array): string {
	let out = '';
	for (const byte of bytes) out += TCVN3_DECODE.get(byte) ?? iconv.decode(Buffer.from([byte]), 'windows1252');
	return out.normalize('NFC');
}

/** Encodes text as TCVN3 (ABC). Throws on a character TCVN3 cannot write (toned capitals among them). */
export function encodeTcvn3(text: string): Uint8Array {
	const bytes: number[] = [];
	for (const ch of text.normalize('NFC')) {
		const byte = TCVN3_ENCODE.get(ch);
		if (byte !== undefined) bytes.push(byte);
		else if (ch.codePointAt(0)! < 0x80) bytes.push(ch.codePointAt(0)!);
		else throw new Error(`TCVN3 không có ký tự \`${ch}\``);
	}
	return Uint8Array.from(bytes);
}

/** Decodes VNI (Windows) bytes: Windows-1252 text whose letter + mark pairs spell Vietnamese. */
export function decodeVni(bytes: Uint8Array): string {
	const latin = iconv.decode(Buffer.from(bytes), 'windows1252');
	let out = '';
	for (let i = 0; i < latin.length; ) {
		const two = VNI_DECODE.get(latin.slice(i, i + 2));
		if (two !== undefined && latin.length >= i + 2) {
			out += two;
			i += 2;
			continue;
		}
		out += VNI_DECODE.get(latin[i]!) ?? latin[i]!;
		i++;
	}
	return out.normalize('NFC');
}

/** Encodes text as VNI (Windows). Throws on a character outside Windows-1252 and Vietnamese. */
export function encodeVni(text: string): Uint8Array {
	let latin = '';
	for (const ch of text.normalize('NFC')) latin += VNI_ENCODE.get(ch) ?? ch;
	const bytes = iconv.encode(latin, 'windows1252');
	if (iconv.decode(bytes, 'windows1252') !== latin) throw new Error('VNI không viết được một ký tự của văn bản');
	return Uint8Array.from(bytes);
}

/** Encodes text as Windows-1258, tone marks as combining characters where the code page needs them. */
export function encodeWindows1258(text: string): Uint8Array {
	return Uint8Array.from(iconv.encode(separateToneMarks(text.normalize('NFC')), 'windows1258'));
}

/** Decodes bytes in a given encoding, to NFC. */
export function decodeAs(bytes: Uint8Array, encoding: SourceEncoding): string {
	switch (encoding) {
		case 'utf-8':
			return new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '').normalize('NFC');
		case 'windows-1258':
			return iconv.decode(Buffer.from(bytes), 'windows1258').normalize('NFC');
		case 'tcvn3':
			return decodeTcvn3(bytes);
		case 'vni':
			return decodeVni(bytes);
	}
}

export interface DetectedEncoding {
	encoding: SourceEncoding;
	text: string;
	/** Score of every candidate decoded: valid marked syllables minus twice the invalid marked tokens (`null`: not tried). */
	scores: Record<SourceEncoding, number | null>;
}

/** Decodes every way, scores each result for Vietnamese syllables, and returns the best. */
export function detectEncoding(bytes: Uint8Array): DetectedEncoding {
	const scores: Record<SourceEncoding, number | null> = { 'utf-8': null, 'windows-1258': null, tcvn3: null, vni: null };
	if (bytes.every((b) => b < 0x80)) {
		scores['utf-8'] = 0;
		return { encoding: 'utf-8', text: decodeAs(bytes, 'utf-8'), scores };
	}
	let utf8 = true;
	try {
		new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		utf8 = false;
	}
	const candidates: SourceEncoding[] = ['windows-1258', 'tcvn3', 'vni'];
	let best: { encoding: SourceEncoding; text: string; score: number } | null = null;
	for (const encoding of candidates) {
		const text = decodeAs(bytes, encoding);
		const stats = syllableStats(text);
		const score = stats.validMarked - 2 * stats.invalidMarked - 5 * (text.match(/\uFFFD/g)?.length ?? 0);
		scores[encoding] = score;
		// Ties go to the earlier candidate: the code page, then the font encodings.
		if (!best || score > best.score) best = { encoding, text, score };
	}
	if (utf8) {
		const text = decodeAs(bytes, 'utf-8');
		const stats = syllableStats(text);
		scores['utf-8'] = stats.validMarked - 2 * stats.invalidMarked;
		return { encoding: 'utf-8', text, scores };
	}
	return { encoding: best!.encoding, text: best!.text, scores };
}
