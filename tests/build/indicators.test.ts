import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { buildSite, readBuilt, ROOT, SITE_CONTENT } from '../helpers/build-site.ts';

interface ExportRow {
	bloc: string;
	blocName: string;
	year: number;
	indicator: string;
	label: string;
	scope: 'total' | 'FDI' | 'DDI';
	measure: string;
	value: number;
	unit: string;
	printed: string;
	estimate: boolean;
	asOf: string | null;
	quote: string;
	source: { article: string; anchor: string | null };
}

let dir: string;
const page = (p: string) => readBuilt(dir, p);
/** Visible text of an HTML fragment, whitespace collapsed. */
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim();
/** The element with this id, from its opening tag to the first closing tag of that name (no nesting of the same tag). */
const element = (html: string, tag: string, id: string) => {
	const at = html.indexOf(` id="${id}"`);
	expect(at, `#${id}`).toBeGreaterThan(-1);
	const start = html.lastIndexOf(`<${tag}`, at);
	return html.slice(start, html.indexOf(`</${tag}>`, start) + tag.length + 3);
};
/** The year columns of the table captioned by `captionId`. */
const headerYears = (html: string, captionId: string) => {
	const from = html.indexOf(`id="${captionId}"`);
	expect(from, captionId).toBeGreaterThan(-1);
	const head = html.slice(html.indexOf('<thead', from), html.indexOf('</thead>', from));
	return { text: text(head), years: [...head.matchAll(/<th scope="col" class="num">(\d{4})<\/th>/g)].map((m) => Number(m[1])) };
};
const cells = (row: string) => [...row.matchAll(/<td[^>]*>([\s\S]*?)<\/td>/g)].map((m) => m[1]!);
const valueLink = (cell: string) => {
	const m = /<a class="ind-value" href="([^"]+)"[^>]*>([^<]*)<\/a>/.exec(cell);
	return m ? { href: m[1]!, text: m[2]! } : null;
};
/** A bloc's indicator page (every year, newest first, with its charts); the bloc page shows the latest years. */
const blocIndicators = (bloc: string) => page(`khoi/${bloc}/chi-tieu/index.html`);
const rowIdOf = (r: Pick<ExportRow, 'indicator' | 'scope' | 'measure' | 'unit'>) => `ct-${r.indicator}-${r.scope}-${r.measure}-${r.unit}`.toLowerCase();

/** The text of the sentence an anchor marks on an article page. */
const sentence = (href: string) => {
	const [url, anchor] = href.split('#');
	const html = page(`${url!.replace(/^\//, '')}index.html`);
	const at = html.indexOf(` id="${anchor}"`);
	expect(at, href).toBeGreaterThan(-1);
	const open = html.lastIndexOf('<', at);
	const tag = /^<(\w+)/.exec(html.slice(open))![1]!;
	return text(html.slice(open, html.indexOf(`</${tag}>`, at)));
};

/** Figures in the articles' front matter, counted from the files. */
function frontMatterFigures(): number {
	const dirPath = path.join(ROOT, SITE_CONTENT, 'articles');
	return fs
		.readdirSync(dirPath)
		.filter((f) => /\.mdx?$/.test(f) && !f.startsWith('_'))
		.reduce((n, f) => {
			const source = fs.readFileSync(path.join(dirPath, f), 'utf8');
			const front = /^---\n([\s\S]*?)\n---/.exec(source)![1]!;
			const data = parse(front) as { figures?: unknown[]; draft?: boolean };
			expect(data.draft ?? false, f).toBe(false);
			return n + (data.figures?.length ?? 0);
		}, 0);
}

let rows: ExportRow[];
beforeAll(() => {
	dir = inject('siteDir');
	rows = JSON.parse(page('du-lieu/indicators.json')) as ExportRow[];
});

describe('indicators export', () => {
	it('has one row per front-matter figure across the articles, in JSON and CSV', () => {
		const count = frontMatterFigures();
		expect(count).toBe(98);
		expect(rows).toHaveLength(count);
		const csv = page('du-lieu/indicators.csv');
		expect(csv.split('\n')[0]).toBe('\uFEFFbloc,blocName,year,indicator,label,scope,measure,value,unit,printed,estimate,asOf,quote,source.article,source.anchor');
		expect(rows.every((r) => !r.quote.includes('\n'))).toBe(true);
		expect(csv.trimEnd().split('\n')).toHaveLength(count + 1);
	});

	it('gives values in base units, as printed, with the sentence they come from', () => {
		const pick = (bloc: string, year: number, indicator: string, scope: string, measure = 'value') => {
			const found = rows.filter((r) => r.bloc === bloc && r.year === year && r.indicator === indicator && r.scope === scope && r.measure === measure);
			expect(found, `${bloc} ${year} ${indicator} ${scope} ${measure}`).toHaveLength(1);
			return found[0]!;
		};
		expect(pick('dong-bang-song-hong', 2020, 'capital-new-and-added', 'FDI')).toMatchObject({ value: 5056100000, unit: 'USD', printed: '5.056,1 triệu USD', label: 'Vốn đăng ký cấp mới và tăng thêm', source: { article: '2020-dong-bang-song-hong-tong-ket' } });
		expect(pick('dong-bang-song-hong', 2019, 'capital-new-and-added', 'FDI')).toMatchObject({ value: 5890000000, unit: 'USD', printed: '5,890 tỷ USD' });
		expect(pick('dong-bang-song-hong', 2020, 'capital-new-and-added', 'DDI')).toMatchObject({ value: 24406200000000, unit: 'VND', printed: '24.406,2 tỷ đồng' });
		expect(pick('dong-bang-song-hong', 2020, 'capital-valid', 'DDI', 'growth-percent')).toMatchObject({ value: 4.86, unit: 'percent', printed: '4.86%' });
		expect(pick('dong-bang-song-hong', 2019, 'workers-total', 'total')).toMatchObject({ value: 1095829, unit: 'count', asOf: '2019-12-15' });
		expect(pick('dong-bang-song-hong', 2020, 'zones-kcn-area', 'total')).toMatchObject({ value: 40100.3, unit: 'ha', printed: '40.100,3 ha' });
		expect(pick('tay-nguyen-duyen-hai-mien-trung', 2022, 'revenue', 'total')).toMatchObject({ value: 397701000000000, unit: 'VND', estimate: true });
		expect(pick('cum-duyen-hai-mien-trung', 2016, 'output-industry-trade-services', 'total', 'percent-of-plan')).toMatchObject({ value: 108, unit: 'percent', blocName: 'Cụm thi đua Ban Quản lý các KCN, KCX, KKT Duyên hải miền Trung' });
		expect(rows).toHaveLength(98);
		for (const r of rows) {
			expect(r.source.anchor, `${r.source.article} ${r.printed}`).toMatch(/^c-/);
			expect(sentence(`/bai-viet/${r.source.article}/#${r.source.anchor}`)).toContain(r.printed);
		}
		expect(new Set(rows.map((r) => r.unit))).toEqual(new Set(['VND', 'USD', 'count', 'ha', 'percent']));
	});

	it('is documented on /du-lieu/ like the other datasets', () => {
		const html = page('du-lieu/index.html');
		const from = html.indexOf('id="ds-indicators"');
		expect(from).toBeGreaterThan(-1);
		const section = text(html.slice(from, html.indexOf('</section>', from)));
		for (const field of ['bloc', 'blocName', 'year', 'indicator', 'label', 'scope', 'measure', 'value', 'unit', 'printed', 'estimate', 'asOf', 'quote', 'source.article', 'source.anchor']) expect(section).toContain(` ${field} `);
		expect(section).toContain(`${rows.length} dòng`);
		expect(html).toContain('href="/du-lieu/indicators.json"');
		expect(html).toContain('href="/du-lieu/indicators.csv"');
	});
});

describe('bloc indicator tables', () => {
	it('shows Red River FDI capital new-and-added in triệu USD, each value linked to its sentence', () => {
		const html = blocIndicators('dong-bang-song-hong');
		const row = element(html, 'tr', 'ct-capital-new-and-added-fdi-value-usd');
		expect(text(row.slice(0, row.indexOf('</th>')))).toBe('Vốn đăng ký cấp mới và tăng thêm : Dự án FDI · Kết quả · triệu USD');
		const [y2020, y2019] = cells(row);
		expect(valueLink(y2020!)!.text).toBe('5.056,1');
		expect(valueLink(y2020!)!.href).toMatch(/^\/bai-viet\/2020-dong-bang-song-hong-tong-ket\/#c-[a-z0-9]+$/);
		expect(sentence(valueLink(y2020!)!.href)).toContain('các dự án FDI là 5.056,1 triệu USD');
		expect(valueLink(y2019!)!.text).toBe('5.890');
		expect(text(y2019!)).toBe('5.890 bài in: 5,890 tỷ USD');
		expect(sentence(valueLink(y2019!)!.href)).toContain('các dự án FDI là 5,890 tỷ USD');
		expect(headerYears(html, 'chi-tieu-dong-bang-song-hong-caption')).toEqual({ text: 'Chỉ tiêu phạm vi · số liệu · đơn vị 2020 2019', years: [2020, 2019] });
	});

	it('shows the DDI growth the source printed as “4.86%” in vi-VN form, saying how it was printed', () => {
		const row = element(blocIndicators('dong-bang-song-hong'), 'tr', 'ct-capital-valid-ddi-growth-percent-percent');
		expect(text(row.slice(0, row.indexOf('</th>')))).toContain('Dự án DDI · Tăng so với cùng kỳ · %');
		const [y2020, y2019] = cells(row);
		expect(valueLink(y2019!)!.text).toBe('13');
		expect(valueLink(y2020!)!.text).toBe('4,86');
		expect(text(y2020!)).toMatch(/^4,86 ghi chú \d+ bài in: 4\.86%$/);
		const note = /aria-describedby="(ghi-chu-chi-tieu-dong-bang-song-hong-\d+)"/.exec(y2020!)![1]!;
		expect(text(element(blocIndicators('dong-bang-song-hong'), 'li', note))).toBe('Bài in dấu chấm (“4.86%”) ở chỗ thường dùng dấu phẩy thập phân; giữ nguyên như bản in.');
	});

	it('has every exported figure in its bloc’s table, in the right year, linking to the same sentence', () => {
		expect(rows).toHaveLength(98);
		for (const r of rows) {
			const html = blocIndicators(r.bloc);
			const row = element(html, 'tr', rowIdOf(r));
			const { years } = headerYears(html, `chi-tieu-${r.bloc}-caption`);
			const cell = cells(row)[years.indexOf(r.year)]!;
			expect(valueLink(cell)?.href, `${r.bloc} ${r.year} ${rowIdOf(r)}`).toBe(`/bai-viet/${r.source.article}/#${r.source.anchor}`);
		}
	});

	it('marks estimates and gaps in words, and shows as-of dates', () => {
		const central = blocIndicators('tay-nguyen-duyen-hai-mien-trung');
		const revenue = cells(element(central, 'tr', 'ct-revenue-total-value-vnd'));
		expect(revenue.map(text)).toEqual(['397.701 ước', '— chưa có số liệu', '— chưa có số liệu']);
		expect(revenue[1]).toContain('<span aria-hidden="true">—</span><span class="visually-hidden">chưa có số liệu</span>');
		const workers = cells(element(blocIndicators('dong-bang-song-hong'), 'tr', 'ct-workers-total-total-value-count'));
		expect(workers.map(text)).toEqual(['1.148.174 tính đến 20/12/2020', '1.095.829 tính đến 15/12/2019 bài in: 1.095.829 người']);
		const cum = blocIndicators('cum-duyen-hai-mien-trung');
		expect(text(cells(element(cum, 'tr', 'ct-capital-cumulative-total-value-vnd'))[0]!)).toMatch(/^76\.445 ghi chú \d+ tính đến 31\/12\/2016$/);
	});

	it('lays the Central bloc out over 2022–2020, newest first, with 2021 as a gap', () => {
		const html = blocIndicators('tay-nguyen-duyen-hai-mien-trung');
		const row = element(html, 'tr', 'ct-state-budget-total-value-vnd');
		expect(cells(row).map(text)).toEqual(['43.448', '— chưa có số liệu', '33.438']);
	});
});

describe('bloc charts', () => {
	const charts = (html: string) => [...html.matchAll(/<figure class="ind-chart" id="([^"]+)">([\s\S]*?)<\/figure>/g)].map((m) => ({ id: m[1]!, html: m[2]! }));

	it('draws one chart per Red River series with two years, each with a title, a description and linked bars', () => {
		const html = blocIndicators('dong-bang-song-hong');
		const list = charts(html);
		const twoYearValueRows = [...new Set(rows.filter((r) => r.bloc === 'dong-bang-song-hong' && r.measure === 'value').map(rowIdOf))].filter(
			(id) => new Set(rows.filter((r) => r.bloc === 'dong-bang-song-hong' && rowIdOf(r) === id).map((r) => r.year)).size >= 2,
		);
		expect(twoYearValueRows.length).toBeGreaterThan(10);
		expect(list.map((c) => c.id).sort()).toEqual(twoYearValueRows.map((id) => `bieu-do-${id.slice(3)}`).sort());
		for (const c of list) {
			expect(c.html).toMatch(new RegExp(`<svg viewBox="0 0 [\\d.]+ [\\d.]+"[^>]* role="group" aria-labelledby="${c.id}-t" aria-describedby="${c.id}-d"`));
			expect(c.html).toContain(`<title id="${c.id}-t">`);
			expect(c.html).toMatch(new RegExp(`<desc id="${c.id}-d">Biểu đồ cột, đơn vị [^<]+\\. 2019: [^<]+; 2020: [^<]+\\.</desc>`));
			expect(c.html).toContain(`href="#ct-${c.id.slice('bieu-do-'.length)}"`);
			expect([...c.html.matchAll(/<a href="(\/bai-viet\/[^"]+)"/g)]).toHaveLength(2);
		}
		const fdi = list.find((c) => c.id === 'bieu-do-capital-new-and-added-fdi-value-usd')!;
		expect(fdi.html).toContain('<title id="bieu-do-capital-new-and-added-fdi-value-usd-t">Vốn đăng ký cấp mới và tăng thêm – Dự án FDI (triệu USD)</title>');
		expect(fdi.html).toContain('Biểu đồ cột, đơn vị triệu USD. 2019: 5.890 (bài in: 5,890 tỷ USD); 2020: 5.056,1.</desc>');
		const anchors = rows.filter((r) => r.bloc === 'dong-bang-song-hong' && rowIdOf(r) === 'ct-capital-new-and-added-fdi-value-usd').sort((a, b) => a.year - b.year).map((r) => `/bai-viet/${r.source.article}/#${r.source.anchor}`);
		expect([...fdi.html.matchAll(/<a href="(\/bai-viet\/[^"]+)"/g)].map((m) => m[1])).toEqual(anchors);
		expect([...fdi.html.matchAll(/<text class="ind-bar-label"[^>]*>([^<]+)<\/text>/g)].map((m) => m[1])).toEqual(['5.890', '5.056,1']);
		expect([...fdi.html.matchAll(/<text class="ind-tick"[^>]*>([^<]+)<\/text>/g)].map((m) => m[1])).toEqual(['0', '2.000', '4.000', '6.000', '2019', '2020']);
	});

	it('keeps 2021 as an unbridged, labelled slot in the Central charts', () => {
		const list = charts(blocIndicators('tay-nguyen-duyen-hai-mien-trung'));
		expect(list.map((c) => c.id)).toEqual(['bieu-do-projects-new-total-value-count', 'bieu-do-state-budget-total-value-vnd']);
		expect(list[1]!.html).toContain('Biểu đồ cột, đơn vị tỷ đồng. 2020: 33.438; 2021: chưa có số liệu; 2022: 43.448.</desc>');
		expect(list[1]!.html).toMatch(/<text class="ind-empty"[^>]*><tspan[^>]*>chưa có<\/tspan><tspan[^>]*>số liệu<\/tspan><\/text>/);
		expect(list[1]!.html).not.toContain('<polyline');
	});

	it('uses no client JavaScript in the indicator section', () => {
		for (const bloc of ['dong-bang-song-hong', 'tay-nguyen-duyen-hai-mien-trung']) {
			const html = page(`khoi/${bloc}/index.html`);
			expect(html.slice(html.indexOf('<h2 id="chi-tieu"'), html.indexOf('<h2 id="bai-viet"'))).not.toMatch(/<script|\son\w+=/);
		}
		expect(page('chi-tieu/index.html')).not.toMatch(/<script(?![^>]*application\/ld\+json)[^>]*>[^<]/);
	});
});

describe('/chi-tieu/', () => {
	const html = () => page('chi-tieu/index.html');
	/** Each comparison has its own page, linked from /chi-tieu/ in order. */
	const comparisonPages = () => [...html().matchAll(/href="\/(chi-tieu\/so-sanh-[^"]+\/)"/g)].map((m) => page(`${m[1]}index.html`));

	it('compares blocs only on indicators with one definition, scope and unit, each value linked', () => {
		const comparisons = comparisonPages().flatMap((p) => [...p.matchAll(/<section class="ind-comparison" aria-labelledby="([^"]+)">([\s\S]*?)<\/section>/g)].map((m) => ({ id: m[1]!, html: m[2]! })));
		expect(comparisons.map((c) => c.id)).toEqual(['so-sanh-projects-new-total-value-count', 'so-sanh-exports-total-value-usd', 'so-sanh-state-budget-total-value-vnd']);
		const budget = comparisons[2]!.html;
		const body = [...budget.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((m) => text(m[1]!));
		expect(body).toEqual([
			'Khối 2022 2020 2019 2016',
			'Cụm Duyên hải miền Trung — chưa có số liệu — chưa có số liệu — chưa có số liệu 38.561',
			'Khối đồng bằng sông Hồng — chưa có số liệu — chưa có số liệu 51.712 — chưa có số liệu',
			'Khối Tây Nguyên và Duyên hải miền Trung 43.448 33.438 — chưa có số liệu — chưa có số liệu',
		]);
		expect(text(budget)).toContain('Không khối nào có số liệu năm 2017, 2018, 2021');
		for (const c of comparisons) {
			const links = [...c.html.matchAll(/<a class="ind-value" href="([^"]+)"[^>]*>([^<]+)<\/a>/g)];
			expect(links.length).toBeGreaterThanOrEqual(2);
			for (const [, href] of links) expect(rows.some((r) => `/bai-viet/${r.source.article}/#${r.source.anchor}` === href)).toBe(true);
			for (const [, href] of c.html.matchAll(/<th scope="row" class="ind-label"><a href="([^"]+)"/g)) {
				const [url, anchor] = href!.split('#');
				expect(page(`${url!.slice(1)}index.html`)).toContain(`<tr id="${anchor}">`);
			}
		}
		const exports = text(comparisons[1]!.html);
		expect(exports).toContain('Xuất khẩu · Toàn khối · Kết quả · triệu USD');
		expect(exports).toContain('Cụm Duyên hải miền Trung — chưa có số liệu 2.331,663 Khối đồng bằng sông Hồng 69.134 bài in: 69,134 tỷ USD — chưa có số liệu');
	});

	it('links to every bloc’s table and explains what is not compared and why', () => {
		const page_ = html();
		for (const bloc of ['cum-duyen-hai-mien-trung', 'dong-bang-song-hong', 'tay-nguyen-duyen-hai-mien-trung']) expect(page_).toContain(`href="/khoi/${bloc}/#chi-tieu"`);
		const why = text(page_.slice(page_.indexOf('id="khong-so-sanh"')));
		// Readers see names, never the vocabulary's internal keys.
		expect(why).not.toContain('output-industry-trade-services');
		expect(why).not.toContain('capital-new');
		expect(why).toContain('Giá trị sản xuất công nghiệp');
		expect(why).toContain('không quy đổi giữa đồng và USD');
		expect(why).toContain('Giá trị SXCN-TM-DV: Cụm Duyên hải miền Trung (năm 2016)');
		expect(why).toMatch(/Vốn đăng ký cấp mới Cụm Duyên hải miền Trung nêu: Toàn khối, USD\. Lý do: khác loại tiền/);
		expect(why).toMatch(/Khối Tây Nguyên và Duyên hải miền Trung nêu: Toàn khối, dự án\. Lý do: đếm thứ khác nhau \(“lượt” và “dự án”\)/);
	});
});

describe('a figure typed wrong in front matter', () => {
	it('fails the build naming the file and field, and publishes no page', { timeout: 180_000 }, () => {
		const result = buildSite('bad-figure', path.join(ROOT, 'tests/fixtures/bad-figure/content'));
		expect(result.ok).toBe(false);
		expect(result.log).toContain(
			[
				'[AstroUserError] Nội dung có 1 lỗi, trang chưa được dựng:',
				'tests/fixtures/bad-figure/content/articles/2021-khoi-thu-tong-ket.md',
				'  11:35 error `figures[0].printed`: Giá trị `5.000 tỷ đồng` không có nguyên vẹn trong câu trích `nộp ngân sách nhà nước đạt 4.000 tỷ đồng`. printed-not-in-quote archive',
				'  → Chép `printed` nguyên văn từ câu trích, gồm cả đơn vị (vd. `5.056,1 triệu USD`).',
				'  xem: docs/huong-dan/loi-thuong-gap.md#printed-not-in-quote',
			].join('\n'),
		);
		const html: string[] = [];
		const walk = (d: string) => fs.existsSync(d) && fs.readdirSync(d, { withFileTypes: true }).forEach((e) => (e.isDirectory() ? walk(path.join(d, e.name)) : e.name.endsWith('.html') && html.push(path.join(d, e.name))));
		walk(result.outDir);
		expect(html).toEqual([]);
		expect(fs.existsSync(path.join(result.outDir, 'index.html'))).toBe(false);
	});
});
