import { describe, expect, it } from 'vitest';
import { buildArchive, type SourceEntry } from '../../src/lib/archive/index.ts';
import { awardPages } from '../../src/lib/views/award-pages.ts';
import { searchFacets } from '../../src/lib/search/facets.ts';
import { ArticleSchema, type ArticleData } from '../../src/schemas/article.ts';
import { BlocSchema } from '../../src/schemas/bloc.ts';
import { idReference } from '../../src/schemas/common.ts';
import { UnitSchema } from '../../src/schemas/unit.ts';

const unit = (id: string, names: Array<{ name: string; short?: string; from?: number; to?: number }>) => ({ id, file: `content/units/${id}.yaml`, data: UnitSchema().parse({ names, province: 'Tỉnh' }) });
const units = [unit('kon-tum', [{ name: 'Ban Quản lý Khu kinh tế tỉnh Kon Tum', short: 'BQL KKT Kon Tum' }]), unit('dak-nong', [{ name: 'Ban Quản lý Khu kinh tế Đắk Nông', short: 'BQL KKT Đắk Nông' }])];
const blocs = [{ id: 'tn', file: 'content/blocs/tn.yaml', data: BlocSchema(idReference).parse({ kind: 'khoi', names: [{ name: 'Khối thi đua Tây Nguyên', short: 'Khối Tây Nguyên' }], region: 'Tây Nguyên', members: [{ unit: 'kon-tum' }, { unit: 'dak-nong' }] }) }];
const body = 'Hội nghị đề nghị Bộ tặng Cờ thi đua cho Kon Tum. Năm đơn vị được tặng Bằng khen giai đoạn 2016-2020.';
const article: SourceEntry<ArticleData> = {
	id: 'tn-2022',
	file: 'content/articles/tn-2022.md',
	body,
	data: ArticleSchema(idReference).parse({
		title: 'Hội nghị tổng kết năm 2022',
		bloc: 'tn',
		year: 2022,
		source: { file: 'x.txt', condition: 'clean' },
		conference: { start: '2023-01-06' },
		awards: [
			{ kind: 'flag', name: 'Cờ thi đua', recipients: ['kon-tum'], status: 'proposed', by: 'Bộ Kế hoạch và Đầu tư', quote: 'đề nghị Bộ tặng Cờ thi đua cho Kon Tum' },
			{ kind: 'merit', name: 'Bằng khen', count: 5, status: 'conferred', by: null, period: '2016-2020', quote: 'Năm đơn vị được tặng Bằng khen giai đoạn 2016-2020' },
		],
	}),
};
const archive = buildArchive({ blocs, units, articles: [article] });

describe('award pages', () => {
	it('gives each award row a page under its bloc and year, titled without the recipient for ranking', () => {
		expect(archive.diagnostics.flatMap((f) => f.messages.filter((m) => m.fatal).map(String))).toEqual([]);
		const pages = awardPages(archive);
		expect(pages.map((p) => [p.url, p.title, p.awardTitle, p.recipient, p.statusLabel, p.kindLabel, p.date])).toEqual([
			['/khen-thuong/tn/2022/co-thi-dua-kon-tum/', 'Cờ thi đua năm 2022 · BQL KKT Kon Tum', 'Cờ thi đua năm 2022', 'BQL KKT Kon Tum', 'đề nghị', 'Cờ thi đua', '2023-01-06'],
			['/khen-thuong/tn/2022/bang-khen-5-don-vi-2016-2020/', 'Bằng khen năm 2022 (giai đoạn 2016-2020) · 5 đơn vị (bài không nêu tên)', 'Bằng khen năm 2022 (giai đoạn 2016-2020)', '5 đơn vị (bài không nêu tên)', 'đã trao', 'Bằng khen', '2023-01-06'],
		]);
		expect(pages[0]!.params).toEqual({ bloc: 'tn', year: '2022', award: 'co-thi-dua-kon-tum' });
		expect(pages[0]!.description).toBe('Cờ thi đua năm 2022 · BQL KKT Kon Tum: đề nghị, đề nghị Bộ Kế hoạch và Đầu tư tặng. Khối thi đua Tây Nguyên.');
		expect(pages[1]!.description).toBe('Bằng khen năm 2022 (giai đoạn 2016-2020) · 5 đơn vị (bài không nêu tên): đã trao. Khối thi đua Tây Nguyên.');
		expect(pages[0]!.article).toEqual({ title: 'Hội nghị tổng kết năm 2022', url: '/bai-viet/tn-2022/' });
	});
	it('keeps page keys unique when a row repeats', () => {
		const twice = { ...archive, awards: [archive.awards[0]!, archive.awards[0]!] };
		expect(awardPages(twice).map((p) => p.params.award)).toEqual(['co-thi-dua-kon-tum', 'co-thi-dua-kon-tum-2']);
	});
});

describe('search filters', () => {
	it('offers the blocs, years and award kinds of the archive, and the four result types', () => {
		expect(searchFacets(archive)).toEqual({
			blocs: [{ value: 'Khối Tây Nguyên', label: 'Khối Tây Nguyên' }],
			years: [{ value: '2022', label: '2022' }],
			types: [
				{ value: 'bài viết', label: 'Bài viết' },
				{ value: 'ban quản lý', label: 'Ban quản lý' },
				{ value: 'khối', label: 'Khối thi đua' },
				{ value: 'khen thưởng', label: 'Khen thưởng' },
			],
			awardKinds: [
				{ value: 'Cờ thi đua', label: 'Cờ thi đua' },
				{ value: 'Bằng khen', label: 'Bằng khen' },
			],
		});
	});
});
