import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeTcvn3, decodeVni, detectEncoding, encodeTcvn3, encodeVni, encodeWindows1258 } from '../../src/lib/import/encoding.ts';

const SENTENCE = 'Hội nghị tổng kết công tác thi đua, khen thưởng năm 2019 của Khối thi đua được tổ chức tại tỉnh Hải Dương; Ban Quản lý các KCN tỉnh Bắc Ninh là Khối trưởng, Đắk Nông và Quảng Ngãi nhận Bằng khen.';

describe('encoding round-trips', () => {
	it('detects and decodes Windows-1258 written by iconv-lite', () => {
		const bytes = encodeWindows1258(SENTENCE);
		expect(iconv.decode(Buffer.from(bytes), 'windows1258').normalize('NFC')).toBe(SENTENCE);
		const d = detectEncoding(bytes);
		expect(d.encoding).toBe('windows-1258');
		expect(d.text).toBe(SENTENCE);
	});
	it('detects and decodes TCVN3 (ABC), which has no toned capitals', () => {
		const text = SENTENCE.replace('Đắk', 'đắk');
		const bytes = encodeTcvn3(text);
		expect([...bytes.slice(0, 4)]).toEqual([0x48, 0xe9, 0x69, 0x20]); // "Hội " : ộ = 0xE9
		const d = detectEncoding(bytes);
		expect(d.encoding).toBe('tcvn3');
		expect(d.text).toBe(text);
		expect(() => encodeTcvn3('Ấ')).toThrow('TCVN3 không có ký tự `Ấ`');
	});
	it('detects and decodes VNI, letter + mark bytes', () => {
		const bytes = encodeVni(SENTENCE);
		expect(iconv.decode(Buffer.from(bytes.slice(0, 5)), 'windows1252')).toBe('Hoäi '); // ộ = o + ä
		const d = detectEncoding(bytes);
		expect(d.encoding).toBe('vni');
		expect(d.text).toBe(SENTENCE);
		expect(decodeVni(encodeVni('TRƯỜNG ĐẠI HỌC, Ỵ, ỹ, ặ'))).toBe('TRƯỜNG ĐẠI HỌC, Ỵ, ỹ, ặ');
	});
	it('keeps UTF-8, NFC even when the file was NFD', () => {
		const d = detectEncoding(new TextEncoder().encode(SENTENCE.normalize('NFD')));
		expect(d.encoding).toBe('utf-8');
		expect(d.text).toBe(SENTENCE);
	});
	it('decodes every TCVN3 letter to a distinct Vietnamese letter', () => {
		const all = 'aáàảãạâấầẩẫậăắằẳẵặeéèẻẽẹêếềểễệoóòỏõọôốồổỗộơớờởỡợuúùủũụưứừửữựiíìỉĩịyýỳỷỹỵđĂÂÊÔƠƯĐ';
		expect(decodeTcvn3(encodeTcvn3(all))).toBe(all);
	});
});
