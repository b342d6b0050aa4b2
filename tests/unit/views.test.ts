import { describe, expect, it } from 'vitest';
import { buildArchive, type SourceEntry, fatalMessages } from '../../src/lib/archive/index.ts';
import { articlePage } from '../../src/lib/views/article-page.ts';
import { awardFilterNav, awardFilters } from '../../src/lib/views/award-filters.ts';
import { blocPage, unitHistory } from '../../src/lib/views/bloc-history.ts';
import { recentAwardsByYear } from '../../src/lib/views/home.ts';
import { awardIndex } from '../../src/lib/views/merge-awards.ts';
import { articleCard, awardView, unitRef } from '../../src/lib/views/refs.ts';
import { yearPages } from '../../src/lib/views/year-page.ts';
import { ArticleSchema, type ArticleData } from '../../src/schemas/article.ts';
import { BlocSchema } from '../../src/schemas/bloc.ts';
import { idReference } from '../../src/schemas/common.ts';
import { UnitSchema } from '../../src/schemas/unit.ts';

const unit = (id: string, names: Array<{ name: string; short?: string; from?: number; to?: number }>) => ({ id, file: `content/units/${id}.yaml`, data: UnitSchema().parse({ names, province: 'Tỉnh' }) });
const units = [
	unit('da-nang', [
		{ name: 'Ban Quản lý các khu công nghiệp và chế xuất Đà Nẵng', short: 'BQL các KCN và KCX Đà Nẵng', to: 2016 },
		{ name: 'Ban Quản lý Khu công nghệ cao và các khu công nghiệp Đà Nẵng', short: 'BQL KCNC và các KCN Đà Nẵng', from: 2020 },
	]),
	unit('dak-nong', [{ name: 'Ban Quản lý Khu kinh tế Đắk Nông', short: 'BQL KKT Đắk Nông' }]),
];
const blocs = [
	{ id: 'cum', file: 'content/blocs/cum.yaml', data: BlocSchema(idReference).parse({ kind: 'cum', names: [{ name: 'Cụm thi đua Duyên hải', short: 'Cụm Duyên hải' }], region: 'Duyên hải', to: 2018, members: [{ unit: 'da-nang' }, { unit: 'dak-nong', from: 2015, to: 2017 }] }) },
];
const body = 'Cụm bầu Đà Nẵng làm Cụm trưởng năm 2017. Hội nghị đề nghị Bộ tặng Cờ thi đua cho Đà Nẵng và Đắk Nông. Ba đơn vị được tặng Bằng khen.';
const article: SourceEntry<ArticleData> = {
	id: 'cum-2016',
	file: 'content/articles/cum-2016.md',
	body,
	data: ArticleSchema(idReference).parse({
		title: 'Hội nghị tổng kết năm 2016',
		bloc: 'cum',
		year: 2016,
		source: { file: 'x.txt', condition: 'clean' },
		conference: { start: '2017-02-23', end: '2017-02-24', place: 'Quảng Nam', host: ['dak-nong'], quote: 'Hội nghị đề nghị Bộ tặng Cờ thi đua' },
		elected: { chair: { unit: 'da-nang', quote: 'Cụm bầu Đà Nẵng làm Cụm trưởng năm 2017' } },
		awards: [
			{ kind: 'flag', name: 'Cờ thi đua', recipients: ['da-nang', 'dak-nong'], status: 'proposed', by: 'Bộ Kế hoạch và Đầu tư', quote: 'đề nghị Bộ tặng Cờ thi đua cho Đà Nẵng và Đắk Nông' },
			{ kind: 'merit', name: 'Bằng khen', count: 3, status: 'conferred', by: null, quote: 'Ba đơn vị được tặng Bằng khen' },
		],
	}),
};
const archive = buildArchive({ blocs, units, articles: [article] });

describe('references', () => {
	it('names a board as it was in the year asked, and by its id when the archive does not know it', () => {
		expect(fatalMessages(archive)).toEqual([]);
		expect(unitRef(archive.units, 'da-nang', 2016)).toEqual({ id: 'da-nang', url: '/ban-quan-ly/da-nang/', name: 'Ban Quản lý các khu công nghiệp và chế xuất Đà Nẵng', short: 'BQL các KCN và KCX Đà Nẵng' });
		expect(unitRef(archive.units, 'da-nang', 2021).short).toBe('BQL KCNC và các KCN Đà Nẵng');
		expect(unitRef(archive.units, 'khong-co', 2021)).toEqual({ id: 'khong-co', url: '/ban-quan-ly/khong-co/', name: 'khong-co', short: 'khong-co' });
	});

	it('turns an article into a card with its bloc, date and place', () => {
		expect(articleCard(archive, archive.articles.get('cum-2016')!)).toEqual({ id: 'cum-2016', url: '/bai-viet/cum-2016/', title: 'Hội nghị tổng kết năm 2016', blocShort: 'Cụm Duyên hải', year: 2016, when: '23–24/02/2017', place: 'Quảng Nam', draft: false });
	});

	it('resolves an award row to its bloc and its recipient, or no recipient when only a count is given', () => {
		const [flag, , merit] = awardIndex(archive).all.map((w) => awardView(archive, w));
		expect(flag!.blocRef).toEqual({ id: 'cum', url: '/khoi/cum/', name: 'Cụm thi đua Duyên hải', short: 'Cụm Duyên hải' });
		expect(flag!.recipient?.short).toBe('BQL các KCN và KCX Đà Nẵng');
		expect(merit!.recipient).toBeNull();
		expect(merit!.count).toBe(3);
		expect(merit!.sourceLinks).toEqual([{ url: merit!.cite, label: 'Bài tổng kết năm 2016 — Cụm Duyên hải' }]);
		expect(merit!.conflicts).toEqual([]);
	});
});

describe('bloc page', () => {
	const page = blocPage(archive, 'cum');

	it("keeps a member's end year unknown when its membership does not give one, even though the bloc ended in 2018", () => {
		expect(page.members.map((m) => [m.unit.id, m.from, m.to])).toEqual([
			['da-nang', null, null],
			['dak-nong', 2015, 2017],
		]);
		expect(unitHistory(archive, 'da-nang').memberships.map((m) => [m.bloc.id, m.from, m.to])).toEqual([['cum', null, null]]);
		expect(unitHistory(archive, 'dak-nong').memberships.map((m) => [m.bloc.id, m.from, m.to])).toEqual([['cum', 2015, 2017]]);
	});

	it('gives each year its chair, hosts, elections, awards and named sources', () => {
		const year = page.years.find((y) => y.year === 2016)!;
		expect(year.conferences.map((c) => [c.year, c.when, c.host.map((h) => h.short)])).toEqual([[2016, '23–24/02/2017', ['BQL KKT Đắk Nông']]]);
		expect(year.elected.map((e) => [e.role, e.year, e.unit.short])).toEqual([['chair', 2017, 'BQL các KCN và KCX Đà Nẵng']]);
		expect(year.awards.map((w) => [w.awardName, w.recipient?.id ?? null, w.count])).toEqual([
			['Cờ thi đua', 'da-nang', null],
			['Cờ thi đua', 'dak-nong', null],
			['Bằng khen', null, 3],
		]);
		expect(year.sources).toEqual([{ url: '/bai-viet/cum-2016/', label: 'Bài tổng kết năm 2016' }]);
		expect(page.articles.map((a) => a.id)).toEqual(['cum-2016']);
	});
});

describe('article page', () => {
	it('resolves the facts panel and the search date; unknowns stay null', () => {
		const view = articlePage(archive, archive.articles.get('cum-2016')!);
		expect(view.date).toBe('2017-02-23');
		expect(view.description).toBe('Hội nghị tổng kết năm 2016 của Cụm thi đua Duyên hải. Thời gian: 23–24/02/2017; địa điểm: Quảng Nam.');
		expect([view.prev, view.next]).toEqual([null, null]);
		expect(view.facts.when).toBe('23–24/02/2017');
		expect(view.facts.chair).toBeNull();
		expect(view.facts.electedChair).toEqual({ unit: unitRef(archive.units, 'da-nang', 2017), cite: archive.articles.get('cum-2016')!.electedChair!.cite });
		expect(view.facts.awards.map((a) => [a.name, a.kindLabel, a.recipients.map((r) => r.id), a.count])).toEqual([
			['Cờ thi đua', null, ['da-nang', 'dak-nong'], null],
			['Bằng khen', null, [], 3],
		]);
	});
});

describe('award lists', () => {
	it('groups the home page awards by bloc, award and sentence with named recipients', () => {
		const [year] = recentAwardsByYear(archive, 1);
		expect(year!.groups.map((g) => [g.blocRef?.short, g.awardName, g.units.map((u) => u.id), g.count])).toEqual([
			['Cụm Duyên hải', 'Cờ thi đua', ['da-nang', 'dak-nong'], null],
			['Cụm Duyên hải', 'Bằng khen', [], 3],
		]);
	});

	it('links every filter page from the navigation, years by number', () => {
		expect(awardFilterNav(awardFilters(archive))).toEqual({
			all: '/khen-thuong/',
			blocs: [{ url: '/khen-thuong/khoi/cum/', label: 'Cụm Duyên hải' }],
			years: [{ url: '/khen-thuong/nam/2016/', label: '2016' }],
			kinds: [
				{ url: '/khen-thuong/loai/co-thi-dua/', label: 'Cờ thi đua' },
				{ url: '/khen-thuong/loai/bang-khen/', label: 'Bằng khen' },
			],
		});
	});

	it("gives each year its articles, chairs and awards", () => {
		expect(yearPages(archive).map((y) => [y.year, y.url, y.articleCount, y.awardCount, y.chairs.map((c) => [c.title, c.unit.id])])).toEqual([[2016, '/nam/2016/', 1, 3, []]]);
	});
});

describe('board index', () => {
	it('files boards under their province initial, marks removed, Đ its own letter', async () => {
		const { unitsByInitial } = await import('../../src/lib/views/unit-list.ts');
		const { initialOf } = await import('../../src/lib/views/initials.ts');
		expect(['Đà Nẵng', 'Đắk Nông', 'Ấn Độ', 'an giang', 'Bắc Ninh'.normalize('NFD')].map(initialOf)).toEqual(['Đ', 'Đ', 'A', 'A', 'B']);
		expect(unitsByInitial([{ province: 'An Giang' }, { province: 'Bắc Ninh' }, { province: 'Bình Định' }, { province: 'Đà Nẵng' }]).map((g) => [g.label, g.id, g.items.length])).toEqual([
			['A', 'chu-a', 1],
			['B', 'chu-b', 2],
			['Đ', 'chu-dd', 1],
		]);
	});
});

describe('award sources and lines', () => {
	it('names sources after their articles, numbers repeated names, and words a disagreement with source numbers', async () => {
		const { mergeAwards } = await import('../../src/lib/views/merge-awards.ts');
		const { awardLines } = await import('../../src/lib/views/award-filters.ts');
		const base = archive.awards[0]!;
		const second = { ...base, sources: ['cum-2016'], cite: '/bai-viet/cum-2016/#c-2', status: 'conferred' as const };
		const twoReports = { ...base, sources: ['x-2016'] };
		const withX = { ...archive, articles: new Map([...archive.articles, ['x-2016', { ...archive.articles.get('cum-2016')!, id: 'x-2016' }]]) };
		const [merged] = mergeAwards([twoReports, second], () => 'tong-ket');
		const view = awardView(withX, merged!);
		expect(view.sourceLinks).toEqual([
			{ url: base.cite, label: 'Bài tổng kết năm 2016 — Cụm Duyên hải (1)' },
			{ url: '/bai-viet/cum-2016/#c-2', label: 'Bài tổng kết năm 2016 — Cụm Duyên hải (2)' },
		]);
		expect(view.conflicts).toEqual(['Trạng thái: đề nghị (nguồn 1); đã trao (nguồn 2)']);
		const lines = awardLines(awardIndex(archive).all.map((w) => awardView(archive, w)));
		expect(lines.map((l) => [l.bloc.short, l.url, l.awardName, l.status, l.recipients.map((r) => r!.id), l.counts, l.sources.length, l.conflicts])).toEqual([
			['Cụm Duyên hải', '/khen-thuong/khoi/cum/nam/2016/', 'Cờ thi đua', 'proposed', ['da-nang', 'dak-nong'], [], 1, false],
			['Cụm Duyên hải', '/khen-thuong/khoi/cum/nam/2016/', 'Bằng khen', 'conferred', [], [3], 1, false],
		]);
	});
});

describe('year pages', () => {
	it('shares a year’s chairs over its pages by bloc, saying which blocs each page holds', async () => {
		const { chairsOnPage } = await import('../../src/lib/views/year-page.ts');
		const chair = (bloc: string, title: string) => ({ bloc: { id: bloc, url: `/khoi/${bloc}/`, name: bloc, short: bloc }, title, unit: { id: 'u', url: '/ban-quan-ly/u/', name: 'u', short: 'u' }, cites: [] }) as unknown as Parameters<typeof chairsOnPage>[0][number];
		const chairs = ['a', 'b', 'c', 'd', 'e'].flatMap((b) => [chair(b, 'Khối trưởng'), chair(b, 'Khối phó')]);
		const pages = [1, 2, 3].map((n) => chairsOnPage(chairs, n, 3));
		expect(pages.map((p) => [...new Set(p.chairs.map((c) => c.bloc.id))])).toEqual([['a', 'b'], ['c', 'd'], ['e']]);
		expect(pages.map((p) => p.range)).toEqual(['khối 1–2 trong 5', 'khối 3–4 trong 5', 'khối 5 trong 5']);
		expect(pages.flatMap((p) => p.chairs)).toHaveLength(10);
		expect(chairsOnPage(chairs, 1, 1)).toEqual({ chairs, range: null });
	});
});

describe('bloc index', () => {
	it('files blocs under the initial of their distinctive name, not the kind word', async () => {
		const { blocSortName, blocsByName } = await import('../../src/lib/views/bloc-list.ts');
		expect(['Khối đồng bằng sông Hồng', 'Cụm Duyên hải miền Trung', 'Khối Tây Nguyên và Duyên hải miền Trung', 'Cụm vùng An Bắc', 'Khối thi đua các tỉnh Bắc Trung Bộ', 'Khối'].map(blocSortName)).toEqual(['đồng bằng sông Hồng', 'Duyên hải miền Trung', 'Tây Nguyên và Duyên hải miền Trung', 'An Bắc', 'Bắc Trung Bộ', 'Khối']);
		const groups = blocsByName(['Khối Tây Nguyên và Duyên hải miền Trung', 'Khối đồng bằng sông Hồng', 'Cụm Duyên hải miền Trung', 'Cụm vùng An Bắc'].map((short) => ({ short })));
		expect(groups.map((g) => [g.label, g.items.map((b) => b.short)])).toEqual([
			['A', ['Cụm vùng An Bắc']],
			['D', ['Cụm Duyên hải miền Trung']],
			['Đ', ['Khối đồng bằng sông Hồng']],
			['T', ['Khối Tây Nguyên và Duyên hải miền Trung']],
		]);
	});
});
