import { describe, expect, it } from 'vitest';
import { pageLinks, pageUrl } from '../../src/lib/views/pagination.ts';

const bar = (current: number, last: number) => pageLinks(current, last, (n) => pageUrl('/bai-viet/', n)).map((l) => (l.kind === 'gap' ? '…' : l.current ? `[${l.n}]` : String(l.n)));

describe('pageLinks', () => {
	it('shows the first, last and two pages each side, with gaps', () => {
		expect(bar(1, 34)).toEqual(['[1]', '2', '3', '…', '34']);
		expect(bar(10, 34)).toEqual(['1', '…', '8', '9', '[10]', '11', '12', '…', '34']);
		expect(bar(34, 34)).toEqual(['1', '…', '32', '33', '[34]']);
	});

	it('shows a single left-out page instead of a gap, and one page alone', () => {
		expect(bar(5, 9)).toEqual(['1', '2', '3', '4', '[5]', '6', '7', '8', '9']);
		expect(bar(1, 1)).toEqual(['[1]']);
	});

	it('links page 1 to the listing itself', () => {
		expect(pageLinks(2, 3, (n) => pageUrl('/nam/2020/', n)).map((l) => (l.kind === 'page' ? l.url : ''))).toEqual(['/nam/2020/', '/nam/2020/2/', '/nam/2020/3/']);
	});
});
