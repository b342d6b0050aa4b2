import { describe, expect, it } from 'vitest';
import { deriveBlocs, deriveUnits, references, unitNameAt, unitShortAt } from '../../src/lib/archive/boards.ts';
import { Diagnostics } from '../../src/lib/archive/diagnostics.ts';
import { bloc, units } from '../helpers/archive-input.ts';

const run = (blocEntries: ReturnType<typeof bloc>[]) => {
	const diagnostics = new Diagnostics();
	const unitMap = deriveUnits(units);
	const refs = references(unitMap, new Set(blocEntries.map((b) => b.id)), diagnostics);
	const blocs = deriveBlocs(blocEntries, refs, diagnostics);
	return { unitMap, blocs, messages: diagnostics.list().flatMap((f) => f.messages.map((m) => [String(m), m.note, m.ruleId, m.fatal])) };
};

describe('boards and blocs phase', () => {
	it('names boards by their latest name and routes them', () => {
		const { unitMap } = run([]);
		expect([...unitMap.values()].map((u) => [u.id, u.url, u.name, u.short])).toEqual([
			// Without a `short` name the short form is the name itself.
			['a', '/ban-quan-ly/a/', 'Ban Quản lý các khu công nghiệp tỉnh An', 'Ban Quản lý các khu công nghiệp tỉnh An'],
			['b', '/ban-quan-ly/b/', 'Ban Quản lý Khu công nghệ cao và các khu công nghiệp Bình', 'Ban Quản lý Khu công nghệ cao và các khu công nghiệp Bình'],
			['c', '/ban-quan-ly/c/', 'Ban Quản lý Khu kinh tế Cần', 'Ban Quản lý Khu kinh tế Cần'],
		]);
		expect([unitNameAt(unitMap, 'b', 2016), unitNameAt(unitMap, 'b', 2021), unitNameAt(unitMap, 'zz', 2021), unitShortAt(unitMap, 'b', 2016)]).toEqual([
			'Ban Quản lý các khu công nghiệp và chế xuất Bình',
			'Ban Quản lý Khu công nghệ cao và các khu công nghiệp Bình',
			'zz',
			'Ban Quản lý các khu công nghiệp và chế xuất Bình',
		]);
	});

	it('derives successors from predecessors and keeps chair titles of the bloc kind', () => {
		const { blocs, messages } = run([bloc('old', { kind: 'cum', to: 2018 }), bloc('new', { predecessors: [{ bloc: 'old', act: 'Thông tư 07/2018/TT-BKHĐT', date: '2018-12-27' }] })]);
		expect(messages).toEqual([]);
		const old = blocs.get('old')!;
		expect([old.chairTitle, old.viceChairTitle, old.successors.map((s) => [s.bloc, s.act, s.date?.iso])]).toEqual(['Cụm trưởng', 'Cụm phó', [['new', 'Thông tư 07/2018/TT-BKHĐT', '2018-12-27']]]);
		expect(blocs.get('new')!.predecessors.map((p) => p.bloc)).toEqual(['old']);
	});

	it('reports unknown members and predecessors, and reserved ids, leaving them out', () => {
		const { blocs, messages } = run([bloc('loai', { members: [{ unit: 'a' }, { unit: 'zz' }], predecessors: [{ bloc: 'khong-co', act: 'QĐ 1' }] })]);
		expect(messages).toEqual([
			['content/blocs/loai.yaml:1:1: Mã khối `loai` trùng với một đường dẫn của trang (/khen-thuong/loai/…).', 'Đổi tên tệp, ví dụ `khoi-loai.yaml`.', 'reserved-id', true],
			['content/blocs/loai.yaml:1:1: `members[1].unit`: Ban quản lý `zz` không tồn tại.', 'Dùng mã một tệp trong content/units/ (ví dụ `a`) hoặc thêm tệp content/units/zz.yaml.', 'reference', true],
			['content/blocs/loai.yaml:1:1: `predecessors[0].bloc`: Khối thi đua `khong-co` không tồn tại.', 'Dùng mã một tệp trong content/blocs/ (`loai`) hoặc thêm tệp content/blocs/khong-co.yaml.', 'reference', true],
		]);
		expect(blocs.get('loai')!.members.map((m) => m.unit)).toEqual(['a']);
		expect(blocs.get('loai')!.predecessors).toEqual([]);
	});
});
