import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { readBuilt, SITE_CONTENT } from '../helpers/build-site.ts';

let dir: string;
const page = (p: string) => readBuilt(dir, p);
/** Visible text of an HTML fragment, whitespace collapsed. */
const text = (html: string) => html.replace(/<script[\s\S]*?<\/script>/g, '').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
/** The HTML of the first element with this id or class marker up to its closing tag name. */
const section = (html: string, start: string, end: string) => {
	const from = html.indexOf(start);
	expect(from, `marker ${start}`).toBeGreaterThan(-1);
	return html.slice(from, html.indexOf(end, from));
};

beforeAll(() => {
	dir = inject('siteDir');
});

describe('article pages', () => {
	it('shows the chair, vice-chair, elected boards and proposed awards of the 2019 Red River conference', () => {
		const facts = text(section(page('bai-viet/2019-dong-bang-song-hong-tong-ket/index.html'), '<aside class="facts"', '</aside>'));
		expect(facts).toContain('Khối trưởng 2019 BQL các KCN Hải Dương');
		expect(facts).toContain('Khối phó 2019 BQL KKT Quảng Ninh');
		expect(facts).toContain('Khối trưởng: BQL các KCN Bắc Ninh');
		expect(facts).toContain('Khối phó: BQL các KCN và CX Hà Nội');
		expect(facts).toContain('03–04/01/2020');
		expect(facts).toMatch(/Cờ thi đua đề nghị : BQL các KCN Hải Dương , BQL các KCN Ninh Bình/);
	});

	it('keeps unknowns unknown on the damaged 2020 Central article and says it was restored', () => {
		const html = page('bai-viet/2020-tay-nguyen-duyen-hai-mien-trung-tong-ket/index.html');
		const facts = text(section(html, '<aside class="facts"', '</aside>'));
		expect(facts).toContain('Thời gian chưa rõ');
		expect(facts).toContain('Địa điểm chưa rõ');
		expect(facts).toContain('Đăng cai chưa rõ');
		expect(facts).toContain('Khối trưởng 2020 bài không nêu');
		expect(facts).toContain('5 đơn vị (bài không nêu tên)');
		expect(text(html)).toContain('Văn bản đã được khôi phục từ nguồn hỏng.');
		expect(html).toContain('href="/nguon/000_caff4a0b6ce4a24f.txt"');
		expect(html).toContain('tiêu đề biên tập');
	});

	it('publishes each original source byte for byte', () => {
		const sources = fs.readdirSync(path.resolve(SITE_CONTENT, 'sources'));
		expect(sources).toHaveLength(5);
		for (const file of sources) {
			expect(fs.readFileSync(path.join(dir, 'nguon', file)).equals(fs.readFileSync(path.resolve(SITE_CONTENT, 'sources', file)))).toBe(true);
		}
	});

	it('renders no raw image file names or empty table markers from the web pages', () => {
		const ids = fs.readdirSync(path.join(dir, 'bai-viet')).filter((d) => d.startsWith('20'));
		expect(ids).toHaveLength(5);
		for (const id of ids) {
			const body = section(page(`bai-viet/${id}/index.html`), '<div class="article-body"', '<aside');
			expect(body, id).not.toMatch(/\.jpg|\| \|/);
		}
	});
});

describe('bloc pages', () => {
	it('lists the Red River rotation with both sources agreeing for 2020', () => {
		const table = section(page('khoi/dong-bang-song-hong/index.html'), '<caption id="rotation-dong-bang-song-hong"', '</table>');
		const rows = [...table.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].slice(1).map((m) => text(m[1]!).trim());
		expect(rows).toHaveLength(3);
		expect(rows[0]).toMatch(/^2019 BQL các KCN Hải Dương \[nguồn 1.*\] BQL KKT Quảng Ninh/);
		expect(rows[1]).toMatch(/^2020 BQL các KCN Bắc Ninh \[nguồn 1.*\] \[nguồn 2.*\] BQL các KCN và CX Hà Nội/);
		expect(rows[2]).toMatch(/^2021 BQL KKT Hải Phòng .*BQL các KCN Nam Định .*chưa rõ/);
	});

	it('shows years without records as gaps and never infers the Central chair from the host', () => {
		const table = section(page('khoi/tay-nguyen-duyen-hai-mien-trung/index.html'), '<caption id="rotation-tay-nguyen-duyen-hai-mien-trung"', '</table>');
		const rows = [...table.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].slice(1).map((m) => text(m[1]!).trim());
		expect(rows.map((r) => r.slice(0, 4))).toEqual(['2019', '2020', '2021', '2022', '2023']);
		expect(rows[0]).toBe('2019 chưa có tư liệu');
		expect(rows[1]).toMatch(/^2020 chưa rõ chưa rõ chưa rõ/);
		expect(rows[2]).toMatch(/^2021 BQL KCNC và các KCN Đà Nẵng/);
		expect(rows[3]).toMatch(/^2022 chưa rõ chưa rõ BQL KKT Vân Phong/);
		expect(rows[4]).toMatch(/^2023 BQL KKT Vân Phong/);
	});

	it('links the Cụm and the Khối both ways with the act', () => {
		const cum = text(page('khoi/cum-duyen-hai-mien-trung/index.html'));
		const khoi = text(page('khoi/tay-nguyen-duyen-hai-mien-trung/index.html'));
		expect(cum).toContain('Kế thừa bởi: Khối thi đua Ban Quản lý KCN, KKT, KCNC các tỉnh Tây Nguyên và Duyên hải miền Trung — hợp nhất theo Thông tư số 07/2018/TT-BKHĐT ngày 27/12/2018');
		expect(khoi).toContain('Tiền thân: Cụm thi đua Ban Quản lý các KCN, KCX, KKT Duyên hải miền Trung — hợp nhất theo Thông tư số 07/2018/TT-BKHĐT');
	});

	it("never takes a member's end year from the bloc's end (the Cụm ended in 2018; its members' ends are unknown)", () => {
		const table = section(page('khoi/cum-duyen-hai-mien-trung/index.html'), '<caption id="members-cum-duyen-hai-mien-trung"', '</table>');
		const rows = [...table.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].slice(1).map((m) => text(m[1]!).trim());
		expect(rows).toEqual(['Ban Quản lý Khu kinh tế Vân Phong Khánh Hòa chưa rõ chưa rõ', 'Ban Quản lý Khu kinh tế mở Chu Lai Quảng Nam chưa rõ chưa rõ', 'Ban Quản lý các khu công nghiệp và chế xuất Đà Nẵng Đà Nẵng chưa rõ chưa rõ']);
		expect(text(page('ban-quan-ly/chu-lai/index.html'))).toContain('Cụm thi đua Ban Quản lý các KCN, KCX, KKT Duyên hải miền Trung (chưa rõ – chưa rõ)');
	});
});

describe('links to sentences', () => {
	it('every #c- link on the site points at an anchor that exists on its page', () => {
		const files: string[] = [];
		const walk = (d: string) => fs.readdirSync(d, { withFileTypes: true }).forEach((e) => (e.isDirectory() ? walk(path.join(d, e.name)) : e.name.endsWith('.html') && files.push(path.join(d, e.name))));
		walk(dir);
		const ids = new Map<string, Set<string>>();
		const idsOf = (url: string) => {
			if (!ids.has(url)) ids.set(url, new Set([...page(`${url.replace(/^\//, '')}index.html`).matchAll(/ id="([^"]+)"/g)].map((m) => m[1]!)));
			return ids.get(url)!;
		};
		let links = 0;
		for (const file of files) {
			for (const m of fs.readFileSync(file, 'utf8').matchAll(/href="(\/bai-viet\/[^"#]+\/)#(c-[^"]+)"/g)) {
				links++;
				expect(idsOf(m[1]!).has(m[2]!), `${file} → ${m[1]}#${m[2]}`).toBe(true);
			}
		}
		expect(links).toBeGreaterThan(50);
	});
});

describe('awards and boards', () => {
	it('puts every award recipient of the seeds on the awards page and its board page', () => {
		const awards = JSON.parse(page('du-lieu/awards.json')) as Array<{ unit: string | null; year: number; award: string; status: string }>;
		const named = awards.filter((a) => a.unit);
		expect(named.map((a) => `${a.year} ${a.award} ${a.unit}`).sort()).toEqual(
			[
				'2016 leading van-phong', '2016 leading chu-lai', '2016 leading da-nang',
				'2019 flag hai-duong', '2019 flag ninh-binh', '2019 merit thai-binh', '2019 merit hai-phong', '2019 merit quang-ninh',
				'2020 flag bac-ninh', '2020 flag nam-dinh', '2020 merit quang-ninh', '2020 merit ha-nam', '2020 merit ha-noi',
				'2022 flag van-phong', '2022 flag kon-tum', '2022 merit binh-dinh', '2022 merit quang-ngai', '2022 merit dak-nong',
			].sort(),
		);
		expect(awards.filter((a) => !a.unit)).toMatchObject([{ year: 2020, award: 'other', status: 'conferred' }]);
		const index = text(page('khen-thuong/index.html'));
		expect(named).toHaveLength(18);
		for (const a of named) {
			const board = text(page(`ban-quan-ly/${a.unit}/index.html`));
			expect(board, a.unit!).toContain(String(a.year));
			expect(board).toMatch(/Khen thưởng của/);
		}
		expect(index).toContain('BQL KKT Kon Tum');
		const flags = page('khen-thuong/loai/co-thi-dua/index.html');
		const countRows = (html: string) => [...section(html, '<tbody', '</tbody>').matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((m) => text(m[1]!).trim());
		expect(countRows(flags)).toEqual(['2022 2', '2020 2', '2019 2']);
		expect(flags).toContain('<a href="/khen-thuong/nam/2019/loai/co-thi-dua/">2</a>');
		expect(text(section(flags, '<ul class="award-lines">', '</ul>')).trim()).toBe('Khối Tây Nguyên và Duyên hải miền Trung — Cờ thi đua đề nghị : BQL KKT Kon Tum , BQL KKT Vân Phong [nguồn : câu trong bài gốc ]');
	});

	it('combines bloc × year and year × kind: each count links to the page listing those awards', () => {
		const rows = (file: string) => [...page(file).matchAll(/<tbody>([\s\S]*?)<\/tbody>/g)].reduce((n, m) => n + (m[1]!.match(/<tr>/g) ?? []).length, 0);
		const blocYears = [[2016, 'cum-duyen-hai-mien-trung'], [2019, 'dong-bang-song-hong'], [2020, 'dong-bang-song-hong'], [2020, 'tay-nguyen-duyen-hai-mien-trung'], [2022, 'tay-nguyen-duyen-hai-mien-trung']] as const;
		expect(blocYears.map(([y, b]) => rows(`khen-thuong/khoi/${b}/nam/${y}/index.html`))).toEqual([3, 5, 5, 1, 5]);
		const year = page('khen-thuong/nam/2020/index.html');
		expect([...section(year, '<tbody', '</tbody>').matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((m) => text(m[1]!).trim())).toEqual(['Khối đồng bằng sông Hồng 2 3 — — 5', 'Khối Tây Nguyên và Duyên hải miền Trung — — — 1 1']);
		expect(year).toContain('<a href="/khen-thuong/khoi/dong-bang-song-hong/nam/2020/#bang-khen">3</a>');
		const blocYear = page('khen-thuong/khoi/dong-bang-song-hong/nam/2020/index.html');
		expect(blocYear).toContain('<a href="/khen-thuong/khoi/dong-bang-song-hong/nam/2019/">← Năm 2019</a>');
		expect(blocYear).toContain('<a href="/khen-thuong/nam/2020/">Mọi khối năm 2020</a>');
		const index = page('khen-thuong/index.html');
		expect(text(index)).toContain('Thành tích năm 2022');
		expect(index).toContain('<a href="/khen-thuong/khoi/tay-nguyen-duyen-hai-mien-trung/nam/2022/">Khối Tây Nguyên và Duyên hải miền Trung</a>');
		expect(page('index.html')).toContain('href="/khen-thuong/nam/2022/"');
	});

	it('finds board mentions in bodies, not only in front matter', () => {
		// Vĩnh Phúc is named only in the member list at the end of the 2019 article's body.
		expect(text(page('ban-quan-ly/vinh-phuc/index.html'))).toContain('Triển khai hiệu quả các phong trào thi đua');
	});
});

describe('open data', () => {
	it('lists every article with its source file and partial dates', () => {
		const rows = JSON.parse(page('du-lieu/articles.json')) as Array<{ id: string; conference: { start: string | null }; source: { file: string; condition: string } }>;
		expect(rows.map((r) => [r.id, r.source.file, r.source.condition, r.conference.start])).toEqual([
			['2016-duyen-hai-mien-trung-tong-ket', '003_ba135f90c862c4d5.txt', 'clean', '2017-02-23'],
			['2019-dong-bang-song-hong-tong-ket', '001_744e028017157e5f.txt', 'ocr', '2020-01-03'],
			['2020-tay-nguyen-duyen-hai-mien-trung-tong-ket', '000_caff4a0b6ce4a24f.txt', 'lost-diacritics', null],
			['2020-dong-bang-song-hong-tong-ket', '002_940529d49a965c27.txt', 'clean', '2021-01-15'],
			['2022-tay-nguyen-duyen-hai-mien-trung-tong-ket', '004_53f62299a9fa8a16.txt', 'clean', '2023-01-06'],
		]);
		const csv = page('du-lieu/articles.csv');
		expect(csv.split('\n')[0]).toBe('\uFEFFid,url,title,titleEditorial,bloc,blocName,year,conference.start,conference.end,conference.place,conference.host,conference.uncertain,source.file,source.condition');
		expect(csv).toContain('2016-duyen-hai-mien-trung-tong-ket,/bai-viet/2016-duyen-hai-mien-trung-tong-ket/');
	});

	it('exports the same chairs the pages show', () => {
		const chairs = JSON.parse(page('du-lieu/chairs.json')) as Array<{ bloc: string; year: number; role: string; unit: string; sources: string[] }>;
		expect(chairs.map((c) => `${c.bloc} ${c.year} ${c.role} ${c.unit} ${c.sources.length}`)).toEqual([
			'cum-duyen-hai-mien-trung 2016 chair van-phong 1',
			'cum-duyen-hai-mien-trung 2016 vice-chair chu-lai 1',
			'dong-bang-song-hong 2019 chair hai-duong 1',
			'dong-bang-song-hong 2019 vice-chair quang-ninh 1',
			'dong-bang-song-hong 2020 chair bac-ninh 2',
			'dong-bang-song-hong 2020 vice-chair ha-noi 2',
			'dong-bang-song-hong 2021 chair hai-phong 1',
			'dong-bang-song-hong 2021 vice-chair nam-dinh 1',
			'tay-nguyen-duyen-hai-mien-trung 2021 chair da-nang 1',
			'tay-nguyen-duyen-hai-mien-trung 2023 chair van-phong 1',
		]);
	});
});

describe('site furniture', () => {
	it('has the search index, sitemap, feed, 404 and Vietnamese pages', () => {
		expect(fs.existsSync(path.join(dir, 'pagefind/pagefind.js'))).toBe(true);
		expect(page('sitemap-0.xml')).toContain('/bai-viet/2016-duyen-hai-mien-trung-tong-ket/');
		expect(page('rss.xml')).toContain('<title>Biểu trưng tinh thần đoàn kết của Khối thi đua</title>');
		expect(page('404.html')).toContain('Không tìm thấy trang');
		const article = page('bai-viet/2016-duyen-hai-mien-trung-tong-ket/index.html');
		expect(article).toContain('<html lang="vi">');
		expect(article).toContain('<link rel="canonical" href="https://khoithidua.example.org/bai-viet/2016-duyen-hai-mien-trung-tong-ket/">');
		expect(article).toContain('"@type":"NewsArticle"');
		expect(article).toContain('<meta property="og:type" content="article">');
	});
});

describe('the content store', () => {
	it('holds the articles’ front matter only: no Markdown, no rendering (src/content.config.ts)', () => {
		// Astro's store, devalue-serialised: a flat list whose entries are objects with an id, data and file path.
		const store = JSON.parse(fs.readFileSync(path.join(dir, '../cache/data-store.json'), 'utf8')) as unknown[];
		const entries = store.filter((v): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v) && 'data' in v && 'filePath' in v);
		const articles = entries.filter((e) => String(store[e.filePath as number]).includes('/articles/'));
		expect(articles.length).toBe(fs.readdirSync(path.join(SITE_CONTENT, 'articles')).filter((f) => /\.mdx?$/.test(f)).length);
		expect(articles.filter((e) => 'body' in e || 'rendered' in e || 'deferredRender' in e)).toEqual([]);
		// Blocs and boards are YAML: their entries never had a body.
		expect(entries.length).toBeGreaterThan(articles.length);
	});
});
