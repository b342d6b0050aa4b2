import { describe, expect, it } from 'vitest';
import { ArticleSchema } from '../../src/schemas/article.ts';
import { BlocSchema } from '../../src/schemas/bloc.ts';
import { idReference } from '../../src/schemas/common.ts';
import { UnitSchema } from '../../src/schemas/unit.ts';

const article = (extra: Record<string, unknown> = {}) => ({ title: 'Bài', bloc: 'khoi-a', year: 2019, conference: {}, source: { file: 'a.txt', condition: 'clean' }, ...extra });
/** Every issue of a parse as `path: message`; `['ok']` when it succeeds. */
const issuesOf = (r: { success: true } | { success: false; error: { issues: Array<{ path: PropertyKey[]; message: string }> } }) =>
	r.success ? ['ok'] : r.error.issues.map((i) => `${i.path.map(String).join('.')}: ${i.message}`);
const issues = (input: unknown) => {
	const r = issuesOf(ArticleSchema(idReference).safeParse(input));
	return r[0] === 'ok' ? [] : r;
};

describe('ArticleSchema', () => {
	it('fills defaults and keeps unknowns as null', () => {
		const a = ArticleSchema(idReference).parse(article());
		expect(a.conference).toEqual({ start: null, end: null, place: null, host: [], uncertain: false });
		expect([a.chair, a.viceChair, a.elected.chair, a.source.author, a.source.title]).toEqual([null, null, null, null, null]);
		expect([a.awards, a.officials, a.figures, a.draft, a.event, a.titleEditorial]).toEqual([[], [], [], false, 'tong-ket', false]);
	});

	it('reads partial dates from YAML strings, numbers and dates', () => {
		const a = ArticleSchema(idReference).parse(article({ conference: { start: new Date('2020-01-03T00:00:00Z'), end: '2020-01-04' } }));
		expect([a.conference.start?.iso, a.conference.end?.iso]).toEqual(['2020-01-03', '2020-01-04']);
		expect(ArticleSchema(idReference).parse(article({ conference: { start: 2021 } })).conference.start).toEqual({ iso: '2021', precision: 'year', year: 2021 });
	});

	it('normalises text to NFC and trims it', () => {
		const a = ArticleSchema(idReference).parse(article({ title: '  Hội nghị tổng kết  '.normalize('NFD') }));
		expect(a.title).toBe('Hội nghị tổng kết');
		expect(a.title).toBe(a.title.normalize('NFC'));
	});

	it('rejects what the archive cannot publish, with the field', () => {
		expect(issues(article({ conference: { start: '2023-02-30' } }))).toEqual(['conference.start: Ngày sai: ngày `2023-02-30` không tồn tại (tháng 2/2023 có 28 ngày). Ghi YYYY, YYYY-MM hoặc YYYY-MM-DD, hoặc null nếu bài không nêu.']);
		expect(issues(article({ conference: { start: '2020-01-04', end: '2020-01-03' } }))).toEqual(['conference.end: Ngày kết thúc `2020-01-03` trước ngày bắt đầu `2020-01-04`.']);
		expect(issues(article({ conference: { end: '2020-01-03' } }))).toEqual(['conference.start: Có ngày kết thúc mà không có ngày bắt đầu.']);
		expect(issues(article({ awards: [{ kind: 'flag', name: 'Cờ thi đua', status: 'proposed' }] }))).toEqual(['awards.0: Giải thưởng cần `recipients` (mã ban quản lý) hoặc `count` khi bài chỉ nêu số lượng.']);
		expect(issues(article({ awards: [{ kind: 'flag', name: 'Cờ', recipients: ['a'], status: 'given' }] }))).toEqual(['awards.0.status: Tùy chọn không hợp lệ: mong đợi một trong các giá trị "proposed"|"conferred"']);
		expect(issues(article({ bloc: 'Khối A' }))).toEqual(['bloc: mã phải là chữ thường không dấu, nối bằng “-”']);
		expect(issues(article({ title: '   ' }))).toEqual(['title: không được để trống']);
		expect(issues(article({ source: { file: 'a.txt', condition: 'scanned' } }))).toEqual(['source.condition: Tùy chọn không hợp lệ: mong đợi một trong các giá trị "clean"|"ocr"|"lost-diacritics"']);
		expect(issues(article())).toEqual([]);
	});
});

describe('BlocSchema and UnitSchema', () => {
	it('accept the shapes the content uses', () => {
		const bloc = BlocSchema(idReference).parse({ kind: 'cum', names: [{ name: 'Cụm thi đua X', short: 'Cụm X', to: 2018 }], region: 'Miền Trung', memberCount: 7, members: [{ unit: 'van-phong' }], predecessors: [] });
		expect(bloc.members).toEqual([{ unit: 'van-phong' }]);
		const lineage = BlocSchema(idReference).parse({ kind: 'khoi', names: [{ name: 'Khối Y', short: 'Y' }], region: 'R', predecessors: [{ bloc: 'cum-x', act: 'Thông tư số 07/2018/TT-BKHĐT', date: '2018-12-27', change: 'hợp nhất' }] });
		expect(lineage.predecessors[0]!.date).toEqual({ iso: '2018-12-27', precision: 'day', year: 2018, month: 12, day: 27 });
		const unit = UnitSchema().parse({ names: [{ name: 'Ban Quản lý thuộc tỉnh Gia Lai' }], officialNameKnown: false, province: 'Gia Lai' });
		expect([unit.officialNameKnown, unit.variants, unit.zoneKinds]).toEqual([false, [], []]);
	});

	it('reject a bloc without a name or an unknown kind, and a unit with a bad zone kind', () => {
		expect(issuesOf(BlocSchema(idReference).safeParse({ kind: 'khoi', names: [], region: 'R' }))).toEqual(['names: cần ít nhất một tên']);
		expect(issuesOf(BlocSchema(idReference).safeParse({ kind: 'vung', names: [{ name: 'A', short: 'A' }], region: 'R' }))).toEqual(['kind: Tùy chọn không hợp lệ: mong đợi một trong các giá trị "khoi"|"cum"']);
		expect(issuesOf(BlocSchema(idReference).safeParse({ kind: 'cum', names: [{ name: 'A', short: 'A' }], region: 'R' }))).toEqual(['ok']);
		expect(issuesOf(UnitSchema().safeParse({ names: [{ name: 'A' }], province: 'P', zoneKinds: ['KCX', 'CCN'] }))).toEqual(['zoneKinds.1: Tùy chọn không hợp lệ: mong đợi một trong các giá trị "KCN"|"KCX"|"KKT"|"KCNC"']);
		expect(issuesOf(UnitSchema().safeParse({ names: [{ name: 'A' }], province: 'P', zoneKinds: ['KCX', 'KCNC'] }))).toEqual(['ok']);
	});
});
