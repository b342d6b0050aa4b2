import { describe, expect, it } from 'vitest';
import { groupedPageNav, groupPages, pageLinks, pageUrl } from '../../src/lib/views/pagination.ts';

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

describe('groupPages', () => {
	const letters = (spec: Record<string, number>) => Object.entries(spec).map(([id, n]) => ({ id, label: id.toUpperCase(), items: Array.from({ length: n }, (_, i) => `${id}${i + 1}`) }));
	const shape = (pages: ReturnType<typeof groupPages<string>>['pages']) => pages.map((p) => p.map((g) => `${g.id}${g.continued ? '+' : ''}:${g.items.length}`).join(' '));

	it('keeps groups whole and starts a new page for a group that does not fit', () => {
		const { pages, startPage } = groupPages(letters({ a: 3, b: 4, c: 2, d: 5 }), 8);
		expect(shape(pages)).toEqual(['a:3 b:4', 'c:2 d:5']);
		expect([...startPage]).toEqual([['a', 1], ['b', 1], ['c', 2], ['d', 2]]);
		expect(groupPages(letters({ a: 3, b: 4 }), 8).groups).toEqual([{ id: 'a', label: 'A', count: 3 }, { id: 'b', label: 'B', count: 4 }]);
	});

	it('splits a group longer than a page and marks its later parts as continued', () => {
		const { pages, startPage } = groupPages(letters({ a: 2, b: 11, c: 1 }), 5);
		expect(shape(pages)).toEqual(['a:2', 'b:5', 'b+:5', 'b+:1 c:1']);
		expect(pages.flat().flatMap((g) => g.items)).toHaveLength(14);
		expect(startPage.get('b')).toBe(2);
	});

	it('gives an empty listing one empty page', () => {
		expect(groupPages([], 10).pages).toEqual([[]]);
	});
});

describe('groupedPageNav', () => {
	it('links each letter on the page where it starts, names the page’s letters and its neighbours', () => {
		const listing = groupPages([{ id: 'chu-a', label: 'A', items: [1, 2, 3] }, { id: 'chu-b', label: 'B', items: [4, 5] }, { id: 'chu-c', label: 'C', items: [6] }], 3);
		const second = groupedPageNav(listing, '/khoi/', 2);
		expect(second.letters.map((l) => l.url)).toEqual(['/khoi/#chu-a', '#chu-b', '#chu-c']);
		expect([second.range, second.prev, second.next, second.last]).toEqual([' – B–C (trang 2/2)', '/khoi/', undefined, 2]);
		const one = groupedPageNav(groupPages([{ id: 'chu-a', label: 'A', items: [1] }], 3), '/khoi/', 1);
		expect([one.range, one.prev, one.next]).toEqual(['', undefined, undefined]);
	});
});
