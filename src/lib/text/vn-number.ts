/**
 * Vietnamese numbers as sources print them: `.` groups thousands, `,` is the decimal mark
 * (`5.056,1` = 5056.1). Sources are not consistent (`tăng 4.86%`), so every reading says how
 * sure it is: `certain` when only one reading exists, `convention` when the Vietnamese
 * convention decided or the source broke it. Values are computed from the printed digits as
 * decimal strings, never through float arithmetic, and unreadable input is an error with a
 * Vietnamese reason and hint, never a guess.
 */

/** How sure a reading is. */
export type Confidence = 'certain' | 'convention';

/** Why a number could not be read. */
export type NumberErrorCode = 'empty' | 'not-a-number' | 'malformed' | 'english-style';

/** A number read from Vietnamese text, or why it could not be read. */
export type VnNumberResult =
	| {
			ok: true;
			/** The value (nearest double to `decimal`). */
			value: number;
			/** The exact value as a plain decimal string (`5056.1`, `123493.0`, `-4.86`). */
			decimal: string;
			/** Digits printed after the decimal mark (`123.493,0` → 1): keeps `,0` when printing back. */
			fractionDigits: number;
			/**
			 * `certain`: the only possible reading, and it follows the Vietnamese convention.
			 * `convention`: a second reading exists and the convention chose (see `alternative`), or the
			 * source used `.` as decimal mark against the convention (`4.86`). `note` explains which.
			 */
			confidence: Confidence;
			/** The other possible reading, as a decimal string, when the convention chose between two. */
			alternative?: string;
			/** Vietnamese explanation of a `convention` reading. */
			note?: string;
	  }
	| { ok: false; code: NumberErrorCode; reason: string; hint: string };

const HINT_FORMAT = 'Số viết theo quy ước Việt Nam: dấu chấm phân cách hàng nghìn, dấu phẩy thập phân (`5.056,1`, `1.095.829`, `2,48`).';
const HINT_ENGLISH =
	'Nếu nguồn in đúng như vậy, sửa văn bản bài về quy ước Việt Nam (dấu chấm hàng nghìn, dấu phẩy thập phân) và ghi chú việc sửa trong `source.note`.';

/** Shows a plain decimal string in messages without grouping and with a decimal comma (`5056.1` → `5056,1`): no point can be misread. */
function plain(decimal: string): string {
	return decimal.replace('.', ',');
}

/** Groups that can be a thousands grouping: 1–3 digits not starting with 0, then groups of exactly 3. */
function groupingProblem(groups: string[]): string | null {
	const [first = '', ...rest] = groups;
	if (first.length > 3) return `nhóm đầu \`${first}\` có ${first.length} chữ số (tối đa 3)`;
	if (first.startsWith('0')) return `nhóm đầu \`${first}\` bắt đầu bằng chữ số 0`;
	const bad = rest.find((g) => g.length !== 3);
	if (bad !== undefined) return `nhóm \`${bad}\` có ${bad.length} chữ số (phải đúng 3)`;
	return null;
}

function stripLeadingZeros(int: string): string {
	return int.replace(/^0+(?=\d)/, '');
}

function ok(sign: string, int: string, frac: string | undefined, extra: { confidence: Confidence; alternative?: string; note?: string }): VnNumberResult {
	const decimal = `${sign}${stripLeadingZeros(int)}${frac === undefined ? '' : `.${frac}`}`;
	const result: VnNumberResult = { ok: true, value: Number(decimal), decimal, fractionDigits: frac?.length ?? 0, confidence: extra.confidence };
	if (extra.alternative !== undefined) result.alternative = `${sign}${extra.alternative}`;
	if (extra.note !== undefined) result.note = extra.note;
	return result;
}

/** Reads a Vietnamese number (`5.056,1`, `1.095.829`, `2,48`, `05`), saying how sure the reading is. */
export function parseVnNumber(input: string): VnNumberResult {
	const text = input.normalize('NFC').trim();
	if (text === '') return { ok: false, code: 'empty', reason: 'Số trống.', hint: HINT_FORMAT };
	const sign = /^[-−]/.test(text) ? '-' : '';
	const body = sign ? text.slice(1) : text;
	if (!/\d/.test(body)) return { ok: false, code: 'not-a-number', reason: `\`${text}\` không phải là số.`, hint: HINT_FORMAT };
	if (!/^[\d.,]+$/.test(body)) {
		return { ok: false, code: 'malformed', reason: `\`${text}\` có ký tự không phải chữ số, dấu chấm hay dấu phẩy.`, hint: HINT_FORMAT };
	}
	if (/^[.,]|[.,]$/.test(body)) {
		return { ok: false, code: 'malformed', reason: `\`${text}\` bắt đầu hoặc kết thúc bằng dấu phân cách.`, hint: HINT_FORMAT };
	}
	if (/[.,]{2}/.test(body)) return { ok: false, code: 'malformed', reason: `\`${text}\` có hai dấu phân cách liền nhau.`, hint: HINT_FORMAT };

	const groups = body.split(/[.,]/);
	const seps = body.replace(/\d/g, '');
	const dots = seps.split('.').length - 1;
	const commas = seps.length - dots;

	if (seps.length === 0) return ok(sign, body, undefined, { confidence: 'certain' });

	if (dots > 0 && commas > 0) {
		// Vietnamese: points group the integer part, then one comma before the decimals.
		if (commas === 1 && seps.endsWith(',')) {
			const problem = groupingProblem(groups.slice(0, -1));
			if (problem === null) return ok(sign, groups.slice(0, -1).join(''), groups.at(-1), { confidence: 'certain' });
			return { ok: false, code: 'malformed', reason: `\`${text}\`: phần nguyên không chia đúng hàng nghìn, ${problem}.`, hint: HINT_FORMAT };
		}
		// English: commas group the integer part, then one point before the decimals.
		if (dots === 1 && seps.endsWith('.') && groupingProblem(groups.slice(0, -1)) === null) {
			const english = `${groups.slice(0, -1).join('')}.${groups.at(-1)}`;
			return {
				ok: false,
				code: 'english-style',
				reason: `\`${text}\` viết kiểu Anh (dấu phẩy phân cách hàng nghìn, dấu chấm thập phân), trái quy ước Việt Nam; theo kiểu Anh giá trị là ${plain(english)}.`,
				hint: HINT_ENGLISH,
			};
		}
		return {
			ok: false,
			code: 'malformed',
			reason: `\`${text}\` có cả dấu chấm và dấu phẩy nhưng không theo quy ước nào (các dấu chấm hàng nghìn rồi một dấu phẩy thập phân).`,
			hint: HINT_FORMAT,
		};
	}

	if (commas === 0) {
		if (dots > 1) {
			// Several points can only group thousands.
			const problem = groupingProblem(groups);
			if (problem === null) return ok(sign, groups.join(''), undefined, { confidence: 'certain' });
			return { ok: false, code: 'malformed', reason: `\`${text}\` có nhiều dấu chấm nên dấu chấm phải phân cách hàng nghìn, nhưng ${problem}.`, hint: HINT_FORMAT };
		}
		const [int = '', frac = ''] = groups;
		const problem = groupingProblem(groups);
		if (problem === null) {
			return ok(sign, int + frac, undefined, {
				confidence: 'convention',
				alternative: `${stripLeadingZeros(int)}.${frac}`,
				note: `Dấu chấm trong \`${text}\` được đọc là dấu phân cách hàng nghìn theo quy ước Việt Nam: giá trị ${sign}${int}${frac}. Nếu nguồn dùng dấu chấm làm dấu thập phân (kiểu Anh), giá trị là ${plain(`${sign}${int}.${frac}`)}.`,
			});
		}
		const why = frac.length !== 3 ? `sau nó có ${frac.length} chữ số` : problem;
		return ok(sign, int, frac, {
			confidence: 'convention',
			note: `Dấu chấm trong \`${text}\` được đọc là dấu thập phân (giá trị ${plain(`${sign}${stripLeadingZeros(int)}.${frac}`)}) vì nó không thể phân cách hàng nghìn: ${why}. Theo quy ước Việt Nam dấu thập phân là dấu phẩy.`,
		});
	}

	// Only commas.
	if (commas > 1) {
		if (groupingProblem(groups) === null) {
			return {
				ok: false,
				code: 'english-style',
				reason: `\`${text}\` dùng dấu phẩy phân cách hàng nghìn (kiểu Anh); theo quy ước Việt Nam số chỉ có một dấu phẩy thập phân. Theo kiểu Anh giá trị là ${groups.join('')}.`,
				hint: HINT_ENGLISH,
			};
		}
		return { ok: false, code: 'malformed', reason: `\`${text}\` có nhiều dấu phẩy; số viết theo quy ước Việt Nam chỉ có một dấu phẩy thập phân.`, hint: HINT_FORMAT };
	}
	const [int = '', frac = ''] = groups;
	if (groupingProblem(groups) === null) {
		return ok(sign, int, frac, {
			confidence: 'convention',
			alternative: int + frac,
			note: `Dấu phẩy trong \`${text}\` được đọc là dấu thập phân theo quy ước Việt Nam: giá trị ${plain(`${sign}${int}.${frac}`)}. Nếu nguồn dùng dấu phẩy phân cách hàng nghìn (kiểu Anh), giá trị là ${sign}${int}${frac}.`,
		});
	}
	return ok(sign, int, frac, { confidence: 'certain' });
}

/** Moves the decimal point of a plain decimal string by `exponent` places (right when positive), exactly. */
export function shiftDecimal(decimal: string, exponent: number): string {
	const negative = decimal.startsWith('-');
	const [int = '0', frac = ''] = (negative ? decimal.slice(1) : decimal).split('.');
	let digits = int + frac;
	let point = int.length + exponent;
	if (point < 0) {
		digits = '0'.repeat(-point) + digits;
		point = 0;
	}
	if (point > digits.length) digits += '0'.repeat(point - digits.length);
	const newInt = stripLeadingZeros(digits.slice(0, point) || '0');
	const newFrac = digits.slice(point).replace(/0+$/, '');
	const out = newFrac ? `${newInt}.${newFrac}` : newInt;
	return negative && /[1-9]/.test(out) ? `-${out}` : out;
}

/** Scale words and their powers of ten (`ngàn` and `tỉ` are spelling variants of `nghìn` and `tỷ`). */
export const SCALE_WORDS = { nghìn: 3, ngàn: 3, triệu: 6, tỷ: 9, tỉ: 9 } as const;

/** A scale word, canonical spelling. */
export type Scale = 'nghìn' | 'triệu' | 'tỷ';

const CANONICAL_SCALE: Record<keyof typeof SCALE_WORDS, Scale> = { nghìn: 'nghìn', ngàn: 'nghìn', triệu: 'triệu', tỷ: 'tỷ', tỉ: 'tỷ' };

function scaleWord(word: string | undefined): keyof typeof SCALE_WORDS | null {
	const lower = word?.toLowerCase();
	return lower !== undefined && Object.hasOwn(SCALE_WORDS, lower) ? (lower as keyof typeof SCALE_WORDS) : null;
}

/** Base units a printed value is stored in. Money stays in the currency printed: never converted. */
export type Unit = 'VND' | 'USD' | 'count' | 'ha' | 'percent';

/** What an indicator (or a percent measure) expects: `money` is VND or USD. */
export type ExpectedKind = 'money' | 'count' | 'area' | 'percent';

/** The kind each unit belongs to. */
export const UNIT_KIND: Record<Unit, ExpectedKind> = { VND: 'money', USD: 'money', count: 'count', ha: 'area', percent: 'percent' };

/** Vietnamese names of units, for messages and labels. */
export const UNIT_NAMES: Record<Unit, string> = { VND: 'tiền (VND)', USD: 'tiền (USD)', count: 'số đếm', ha: 'diện tích (ha)', percent: 'phần trăm (%)' };

/** Vietnamese names of kinds, for messages and labels. */
export const KIND_NAMES: Record<ExpectedKind, string> = { money: 'tiền (VND hoặc USD)', count: 'số đếm', area: 'diện tích (ha)', percent: 'phần trăm (%)' };

const CURRENCY_WORDS: Record<string, Unit> = { usd: 'USD', đồng: 'VND', vnđ: 'VND', vnd: 'VND' };

/** Why a printed value could not be read. */
export type PrintedErrorCode = NumberErrorCode | 'unknown-unit' | 'missing-unit' | 'kind-mismatch' | 'not-whole';

/** A printed value (`5.056,1 triệu USD`) read into a number in its base unit. */
export interface PrintedValue {
	ok: true;
	/** Value in the base unit: 5.056,1 triệu USD → 5056100000 (USD); 108% → 108 (percent). */
	value: number;
	/** The exact base value as a plain decimal string (`5056100000`). */
	decimal: string;
	unit: Unit;
	/** The scale word printed, canonical spelling, or `null`. */
	scale: Scale | null;
	/** The number as printed, before the scale (`5.056,1` → 5056.1). */
	number: number;
	/** Digits printed after the decimal mark, to print the value back the same way. */
	fractionDigits: number;
	/** The printed text after the number, for display: `triệu USD`, `tỷ đồng`, `dự án`, `%`, or `` for a bare number. */
	unitLabel: string;
	confidence: Confidence;
	/** Base value of the other possible reading, when the convention chose between two (`38.561 tỷ đồng` → 38561000000). */
	alternativeValue?: number;
	/** Vietnamese explanation of a `convention` reading. */
	note?: string;
}

/** A printed value, or why it could not be read. */
export type PrintedResult = PrintedValue | { ok: false; code: PrintedErrorCode; reason: string; hint: string; unit?: Unit };

const HINT_UNITS =
	'Ghi giá trị đúng như bài in: số, từ chỉ bậc nếu có (nghìn, triệu, tỷ), rồi đơn vị: `USD`, `đồng`/`VNĐ`, `ha`, `%`, hoặc danh từ đếm (`dự án`, `lượt`, `người`).';

const MISSING_UNIT: Record<ExpectedKind | 'unknown', string> = {
	money: 'thiếu đơn vị tiền tệ (`USD` hoặc `đồng`)',
	area: 'thiếu đơn vị `ha`',
	percent: 'thiếu dấu `%`',
	count: '',
	unknown: 'có từ chỉ bậc nhưng không có đơn vị',
};

/**
 * Reads a whole printed value: number, optional scale word (`nghìn`, `triệu`, `tỷ`), unit (`USD`,
 * `đồng`/`VNĐ`/`VND`, `ha`, `%`, or a count noun such as `dự án`; a bare number is a count). When
 * `expected` is given, the unit must fit it (money → VND or USD). Counts must be whole, which
 * also settles `1.229 dự án` as 1229 for certain.
 */
export function parsePrinted(printed: string, expected?: ExpectedKind): PrintedResult {
	const text = printed.normalize('NFC').replace(/\s+/g, ' ').trim();
	if (text === '') return { ok: false, code: 'empty', reason: 'Giá trị trống.', hint: HINT_UNITS };
	const numberText = /^[-−]?\d[\d.,]*/.exec(text)?.[0];
	if (numberText === undefined) {
		return { ok: false, code: 'not-a-number', reason: `\`${text}\` không bắt đầu bằng một số.`, hint: HINT_UNITS };
	}
	const number = parseVnNumber(numberText);
	if (!number.ok) return { ok: false, code: number.code, reason: number.reason.replace(`\`${numberText}\``, `\`${text}\``), hint: number.hint };

	const unitLabel = text.slice(numberText.length).trim();
	if (/\d/.test(unitLabel)) {
		return { ok: false, code: 'malformed', reason: `\`${text}\` có chữ số sau phần số \`${numberText}\` (khoảng trắng không phân cách hàng nghìn).`, hint: HINT_FORMAT };
	}
	const words = unitLabel === '' ? [] : unitLabel.split(' ');
	const scaleKey = scaleWord(words[0]);
	const rest = (scaleKey ? words.slice(1) : words).join(' ');
	const lower = rest.toLowerCase();

	let unit: Unit;
	if (rest === '') {
		const want = expected ?? (scaleKey ? 'unknown' : 'count');
		if (want !== 'count') return { ok: false, code: 'missing-unit', reason: `\`${text}\` ${MISSING_UNIT[want]}.`, hint: HINT_UNITS };
		unit = 'count';
	} else if (lower === '%') {
		unit = 'percent';
	} else if (Object.hasOwn(CURRENCY_WORDS, lower)) {
		unit = CURRENCY_WORDS[lower]!;
	} else if (lower === 'ha') {
		unit = 'ha';
	} else if (/^\p{L}[\p{L}\p{M}]*(?:(?:[ /-]|, )\p{L}[\p{L}\p{M}]*)*$/u.test(rest)) {
		// A count noun: words joined by spaces, hyphens, slashes or `, ` (`KCN, KCX, KKT`).
		if (scaleWord(rest.split(' ')[0]) !== null) {
			return { ok: false, code: 'unknown-unit', reason: `\`${text}\` có hai từ chỉ bậc liền nhau.`, hint: HINT_UNITS };
		}
		unit = 'count';
	} else {
		return { ok: false, code: 'unknown-unit', reason: `\`${text}\` có đơn vị \`${rest}\` không nhận ra.`, hint: HINT_UNITS };
	}
	if (unit === 'percent' && scaleKey) {
		return { ok: false, code: 'unknown-unit', reason: `\`${text}\`: phần trăm không đi kèm từ chỉ bậc \`${words[0]}\`.`, hint: HINT_UNITS };
	}
	if (expected !== undefined && UNIT_KIND[unit] !== expected) {
		return {
			ok: false,
			code: 'kind-mismatch',
			unit,
			reason: `\`${text}\` là ${UNIT_NAMES[unit]}, không phải ${KIND_NAMES[expected]}.`,
			hint: 'Kiểm tra `key` và `measure` của số liệu: chỉ tiêu tiền cần `USD` hoặc `đồng`, diện tích cần `ha`, số liệu phần trăm cần `%`.',
		};
	}

	const exponent = scaleKey ? SCALE_WORDS[scaleKey] : 0;
	const decimal = shiftDecimal(number.decimal, exponent);
	let { confidence, note } = number;
	let alternative = number.alternative === undefined ? undefined : shiftDecimal(number.alternative, exponent);
	if (unit === 'count') {
		if (decimal.includes('.')) {
			const other = alternative === undefined ? '' : ` Nếu nguồn viết kiểu Anh thì giá trị là ${plain(alternative)}.`;
			return {
				ok: false,
				code: 'not-whole',
				reason: `\`${text}\` là số đếm nhưng không nguyên (đọc theo quy ước Việt Nam là ${plain(decimal)}).${other}`,
				hint: `Số đếm phải là số nguyên. ${HINT_ENGLISH}`,
			};
		}
		// A count is whole: when the other reading is not, the reading is certain.
		if (alternative !== undefined && alternative.includes('.')) {
			confidence = 'certain';
			note = undefined;
			alternative = undefined;
		}
	}
	const result: PrintedValue = {
		ok: true,
		value: Number(decimal),
		decimal,
		unit,
		scale: scaleKey ? CANONICAL_SCALE[scaleKey] : null,
		number: number.value,
		fractionDigits: number.fractionDigits,
		unitLabel,
		confidence,
	};
	if (alternative !== undefined) result.alternativeValue = Number(alternative);
	if (note !== undefined) result.note = note;
	return result;
}

const formatters = new Map<string, Intl.NumberFormat>();

/** Formats a number the Vietnamese way with Intl (`5.056,1`); `fractionDigits` fixes the decimals shown. */
export function formatVnNumber(value: number | string, fractionDigits?: number): string {
	const id = String(fractionDigits);
	let nf = formatters.get(id);
	if (!nf) {
		nf = new Intl.NumberFormat('vi-VN', fractionDigits === undefined ? { maximumFractionDigits: 20 } : { minimumFractionDigits: fractionDigits, maximumFractionDigits: fractionDigits });
		formatters.set(id, nf);
	}
	return nf.format(typeof value === 'string' ? (value as Intl.StringNumericLiteral) : value);
}

function toDecimalString(value: number): string {
	const text = String(value);
	if (!/e/i.test(text)) return text;
	// Exponent notation (≥ 1e21 or < 1e-6): expand exactly from the shortest round-trip digits.
	const [mantissa = '0', exp = '0'] = text.split(/e/i);
	return shiftDecimal(mantissa, Number(exp));
}

/**
 * Prints a base-unit value back in the unit the article printed: (5056100000, `triệu USD`) →
 * `5.056,1 triệu USD`; (108, `%`) → `108%`; (1229, `dự án`) → `1.229 dự án`.
 */
export function formatInUnit(value: number, unitLabel: string, fractionDigits?: number): string {
	const label = unitLabel.normalize('NFC').replace(/\s+/g, ' ').trim();
	const scaleKey = scaleWord(label.split(' ')[0]);
	const number = formatVnNumber(shiftDecimal(toDecimalString(value), scaleKey ? -SCALE_WORDS[scaleKey] : 0), fractionDigits);
	if (label === '') return number;
	if (label === '%') return `${number}%`;
	return `${number} ${label}`;
}
