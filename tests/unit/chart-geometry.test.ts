import { describe, expect, it } from 'vitest';
import { barChart, niceStep, niceTicks, wrapWords } from '../../src/lib/indicators/chart-geometry.ts';

describe('niceStep and niceTicks', () => {
	it('picks 1, 2, 2,5 or 5 × 10ⁿ and always starts the axis at zero', () => {
		expect([niceStep(532), niceStep(5890), niceStep(10), niceStep(0.3), niceStep(0), niceStep(Number.NaN)]).toEqual([200, 2000, 2.5, 0.1, 1, 1]);
		expect(niceTicks(0, 532)).toEqual([0, 200, 400, 600]);
		expect(niceTicks(330, 532)).toEqual([0, 200, 400, 600]);
		expect(niceTicks(0, 5890)).toEqual([0, 2000, 4000, 6000]);
		expect(niceTicks(0, 10)).toEqual([0, 2.5, 5, 7.5, 10]);
		expect(niceTicks(-5, 10)).toEqual([-5, 0, 5, 10]);
	});

	it('leaves no binary noise in fractional ticks', () => {
		expect(niceTicks(0, 0.3)).toEqual([0, 0.1, 0.2, 0.3]);
		expect(niceTicks(0, 0.7)).toEqual([0, 0.2, 0.4, 0.6, 0.8]);
	});
});

describe('wrapWords', () => {
	it('splits at the space nearest the middle, only when the text is too long', () => {
		expect(wrapWords('chưa có số liệu', 13)).toEqual(['chưa có', 'số liệu']);
		expect(wrapWords('chưa có số liệu', 20)).toEqual(['chưa có số liệu']);
		expect(wrapWords('mâu thuẫn', 5)).toEqual(['mâu', 'thuẫn']);
		expect(wrapWords('  ', 5)).toEqual([]);
		expect(wrapWords('Supercalifragilistic', 5)).toEqual(['Supercalifragilistic']);
	});
});

describe('barChart', () => {
	it('lays out Red River FDI capital 2019–2020 from zero, with vi-VN ticks and linked bars', () => {
		const g = barChart({
			years: [2019, 2020],
			points: [
				{ year: 2019, value: 5890, label: '5.890', href: '/bai-viet/a/#c-1' },
				{ year: 2020, value: 5056.1, label: '5.056,1', href: '/bai-viet/b/#c-2' },
			],
		});
		expect(g.viewBox).toBe('0 0 293 242');
		expect(g.plot).toEqual({ left: 49, top: 32, right: 281, bottom: 212 });
		expect(g.zeroY).toBe(212);
		expect(g.yTicks).toEqual([
			{ value: 0, y: 212, label: '0' },
			{ value: 2000, y: 152, label: '2.000' },
			{ value: 4000, y: 92, label: '4.000' },
			{ value: 6000, y: 32, label: '6.000' },
		]);
		expect(g.xLabels.map((l) => [l.label, l.x])).toEqual([['2019', 107], ['2020', 223]]);
		expect(g.bars).toEqual([
			{ year: 2019, value: 5890, x: 79, y: 35.3, width: 56, height: 176.7, label: '5.890', labelX: 107, labelY: 29.3, estimate: false, href: '/bai-viet/a/#c-1' },
			{ year: 2020, value: 5056.1, x: 195, y: 60.3, width: 56, height: 151.7, label: '5.056,1', labelX: 223, labelY: 54.3, estimate: false, href: '/bai-viet/b/#c-2' },
		]);
		expect(g.empty).toEqual([]);
	});

	it('bar heights are proportional to the values (the axis starts at zero)', () => {
		const g = barChart({ years: [2019, 2020], points: [{ year: 2019, value: 532, label: '532' }, { year: 2020, value: 330, label: '330' }] });
		const [a, b] = g.bars;
		expect(a!.y + a!.height).toBe(g.zeroY);
		expect(b!.y + b!.height).toBe(g.zeroY);
		expect(a!.height / b!.height).toBeCloseTo(532 / 330, 2);
		expect(a!.height).toBeCloseTo((532 / 600) * 180, 1);
	});

	it('keeps a gap year as a labelled empty slot and never bridges it; marks estimates', () => {
		const g = barChart({
			years: [2020, 2021, 2022],
			points: [
				{ year: 2020, value: 159, label: '159' },
				{ year: 2021, value: null, label: 'chưa có số liệu' },
				{ year: 2022, value: 80, label: '80 (ước)', estimate: true },
			],
		});
		expect(g.bars.map((b) => [b.year, b.estimate])).toEqual([[2020, false], [2022, true]]);
		expect(g.empty).toEqual([{ year: 2021, x: 207.4, y: 206, label: 'chưa có số liệu', lines: ['chưa có', 'số liệu'] }]);
		expect(g.xLabels.map((l) => l.label)).toEqual(['2020', '2021', '2022']);
		expect(g.bars[1]!.x).toBeGreaterThan(g.empty[0]!.x);
	});

	it('draws a year absent from the points as an empty slot with a dash', () => {
		const g = barChart({ years: [2019, 2020, 2021], points: [{ year: 2019, value: 1, label: '1' }, { year: 2021, value: 2, label: '2' }] });
		expect(g.empty.map((e) => [e.year, e.lines])).toEqual([[2020, ['—']]]);
	});

	it('draws negative values down from the zero line with the label below', () => {
		const g = barChart({ years: [2019, 2020], points: [{ year: 2019, value: -4, label: '-4' }, { year: 2020, value: 6, label: '6' }] });
		expect(g.yTicks.map((t) => t.label)).toEqual(['-5', '-2,5', '0', '2,5', '5', '7,5']);
		const [neg, pos] = g.bars;
		expect(neg!.y).toBe(g.zeroY);
		expect(neg!.labelY).toBeGreaterThan(neg!.y + neg!.height);
		expect(pos!.y + pos!.height).toBe(g.zeroY);
	});

	it('widens the slots for long labels and the left margin for long tick labels', () => {
		const narrow = barChart({ years: [2019, 2020], points: [{ year: 2019, value: 1, label: '1' }, { year: 2020, value: 2, label: '2' }] });
		const wide = barChart({ years: [2019, 2020], points: [{ year: 2019, value: 1095829, label: '1.095.829 (ước)' }, { year: 2020, value: 1148174, label: '1.148.174' }] });
		expect(wide.plot.left).toBeGreaterThan(narrow.plot.left);
		expect(wide.width - wide.plot.left).toBeGreaterThan(narrow.width - narrow.plot.left);
		expect(wide.yTicks.at(-1)!.label).toBe('1.500.000');
	});
});
