import { describe, expect, it } from 'vitest';
import { mentionsName, seedNames } from '../../src/lib/synthetic/fillers.ts';
import { placeNames } from '../../src/lib/synthetic/vietnamese.ts';
import { createRandom } from '../../src/lib/synthetic/random.ts';
import { foldVietnamese } from '../../src/lib/text/fold.ts';
import { seedFillers } from '../../scripts/generate-synthetic.ts';

describe('synthetic fillers name nobody', () => {
	it('lists people with their short names, and places without their prefixes', () => {
		expect(seedNames(['Nguyễn Thị Bích Ngọc', 'Lê Hữu Hoàng'], ['tỉnh Hải Dương', 'thành phố Nha Trang', 'Tây Nguyên', 'Huế'])).toEqual([
			'Nguyễn Thị Bích Ngọc',
			'Bích Ngọc',
			'Lê Hữu Hoàng',
			'Hữu Hoàng',
			'Hải Dương',
			'Nha Trang',
			'Tây Nguyên',
		]);
	});

	it('finds a name as whole words, in any case and without marks, and nothing else', () => {
		const names = ['Hà Nam', 'Bích Ngọc'];
		expect(mentionsName('các tỉnh liền kề (Hà Nam, Nam Định...).', names)).toBe(true);
		expect(mentionsName('VỤ TRƯỞNG BICH NGOC cho biết', names)).toBe(true);
		expect(mentionsName('trong năm 2020, hà năm', names)).toBe(true);
		expect(mentionsName('đã hoàn thành năm 2020', names)).toBe(false);
		expect(mentionsName('Chà Nam', names)).toBe(false);
	});

	it('keeps no seed paragraph that names a person or a province of the seed content', () => {
		const fillers = seedFillers();
		expect(fillers.length).toBe(25);
		for (const name of ['Bích Ngọc', 'Thu Hương', 'Hoàng Mai', 'Anh Tuấn', 'Hữu Hoàng', 'Hà Nam', 'Hà Nội', 'Tây Nguyên', 'sông Hồng', 'Duyên hải']) {
			expect(fillers.filter((p) => foldVietnamese(p).includes(foldVietnamese(name)))).toEqual([]);
		}
	});
});

describe('synthetic places', () => {
	it('never fold like a reserved place', () => {
		const free = placeNames(createRandom(1, 'p'), 2000);
		const reserved = placeNames(createRandom(1, 'p'), 2000, ['Nam Định', 'Hải Dương', 'Vân Phong']);
		expect(free.map(foldVietnamese)).toEqual(expect.arrayContaining(['nam dinh', 'hai duong', 'van phong']));
		expect(reserved.map(foldVietnamese).filter((p) => ['nam dinh', 'hai duong', 'van phong'].includes(p))).toEqual([]);
		expect(reserved).toHaveLength(2000);
	});
});
