/**
 * An MDX article end to end. The site fixture's 2022 Central article is `.mdx`: it places a
 * photo the archive does not keep (`<Hinh chuThich>`), a photo it keeps (`<Hinh src>`, from
 * content/anh/) and the bloc's state-budget chart (`<BieuDoChiTieu>`). Its quotes, figures,
 * export rows and search entry come from the MDX body like any Markdown article's.
 */
import fs from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { readBuilt, ROOT, SITE_CONTENT } from '../helpers/build-site.ts';

const ID = '2022-tay-nguyen-duyen-hai-mien-trung-tong-ket';
let dir: string;
let html: string;
let body: string;

beforeAll(() => {
	dir = inject('siteDir');
	html = readBuilt(dir, `bai-viet/${ID}/index.html`);
	body = html.slice(html.indexOf('<div class="article-body">'), html.indexOf('<aside class="facts"'));
});

describe('an MDX article', () => {
	it('is the fixture’s one .mdx file, and is published with its id', () => {
		const files = fs.readdirSync(path.join(ROOT, SITE_CONTENT, 'articles')).filter((f) => f.endsWith('.mdx'));
		expect(files).toEqual([`${ID}.mdx`]);
		const rows = JSON.parse(readBuilt(dir, 'du-lieu/articles.json')) as Array<{ id: string; url: string }>;
		expect(rows.filter((r) => r.id === ID).map((r) => r.url)).toEqual([`/bai-viet/${ID}/`]);
	});

	it('renders <Hinh> without src as a photo the archive does not keep, and with src as the photo and its caption', () => {
		expect(body).toContain('<figure class="photo-missing"><figcaption><span class="photo-missing__note">Ảnh không còn lưu giữ</span> Toàn cảnh Hội nghị tổng kết</figcaption></figure>');
		expect(body).toContain('<figure class="article-figure"><img src="/anh/hinh-thu-nghiem.png" alt="Ô màu đỏ sẫm" loading="lazy"><figcaption>Hình thử nghiệm của bộ kiểm thử, không thuộc bài gốc.</figcaption></figure>');
		expect(fs.readFileSync(path.join(dir, 'anh/hinh-thu-nghiem.png')).equals(fs.readFileSync(path.join(ROOT, SITE_CONTENT, 'anh/hinh-thu-nghiem.png')))).toBe(true);
		// No component tag or MDX syntax reaches the page.
		expect(body).not.toMatch(/<Hinh|<BieuDoChiTieu|chuThich|archive-component-|data-chi-tieu/);
	});

	it('draws the bloc’s state-budget chart where <BieuDoChiTieu> stands, each bar linked to its sentence', () => {
		const chart = body.slice(body.indexOf('<div class="article-chart"'), body.indexOf('</figure>', body.indexOf('<div class="article-chart"')));
		expect(chart).toMatch(/^<div class="article-chart" data-pagefind-ignore="all"><figure class="ind-chart" id="bieu-do-1-state-budget-total-value-vnd">/);
		expect(chart).toContain('<desc id="bieu-do-1-state-budget-total-value-vnd-d">Biểu đồ cột, đơn vị tỷ đồng. 2020: 33.438; 2021: chưa có số liệu; 2022: 43.448.</desc>');
		const links = [...chart.matchAll(/<a href="([^"]+)"/g)].map((m) => m[1]);
		expect(links).toHaveLength(3);
		expect(links[0]).toMatch(/^\/bai-viet\/2020-tay-nguyen-duyen-hai-mien-trung-tong-ket\/#c-[a-z0-9]+$/);
		expect(links[1]).toMatch(new RegExp(`^/bai-viet/${ID}/#c-[a-z0-9]+$`));
		// The table with the values and their sources is on the bloc's page.
		expect(links[2]).toBe('/khoi/tay-nguyen-duyen-hai-mien-trung/#ct-state-budget-total-value-vnd');
		// Between the paragraph that states the figures and the photo that follows it.
		expect(body.indexOf('nộp ngân sách nhà nước 43.448 tỷ đồng.')).toBeLessThan(body.indexOf('<div class="article-chart"'));
		expect(body.indexOf('<div class="article-chart"')).toBeLessThan(body.indexOf('<figure class="article-figure">'));
	});

	it('anchors its quotes in the MDX body, and its figures’ export rows point there', () => {
		const rows = (JSON.parse(readBuilt(dir, 'du-lieu/indicators.json')) as Array<{ indicator: string; printed: string; source: { article: string; anchor: string } }>).filter((r) => r.source.article === ID);
		expect(rows.map((r) => r.indicator)).toEqual(['projects-new', 'projects-adjusted', 'capital-new-and-added', 'exports-imports', 'revenue', 'state-budget', 'staff']);
		const budget = rows.find((r) => r.indicator === 'state-budget')!;
		const span = new RegExp(`<span class="cite" id="${budget.source.anchor}">([^<]*)</span>`).exec(body);
		expect(span?.[1]).toBe('Kết quả các chỉ tiêu chính của toàn Khối đạt kế hoạch để ra, thể hiện qua: thu hút 80 dự án đầu tư mới và điều chỉnh tăng thêm vốn cho 130 dự án với tổng vốn 61.803 tỷ đồng; kim ngạch xuất nhập khẩu ước đạt 21.857 triệu USD; doanh thu ước đạt 397.701 tỷ đồng; nộp ngân sách nhà nước 43.448 tỷ đồng.');
		expect(body).toContain(`<a href="/bai-viet/${ID}/#${budget.source.anchor}"`);
	});

	it('is in the search index with its body text, captions included and the chart left out', () => {
		const fragments = fs.readdirSync(path.join(dir, 'pagefind/fragment')).map((f) => {
			const text = gunzipSync(fs.readFileSync(path.join(dir, 'pagefind/fragment', f))).toString('utf8');
			return JSON.parse(text.slice(text.indexOf('{'))) as { url: string; content: string };
		});
		const entry = fragments.filter((f) => f.url === `/bai-viet/${ID}/`);
		expect(entry).toHaveLength(1);
		expect(entry[0]!.content).toContain('Hình thử nghiệm của bộ kiểm thử, không thuộc bài gốc.');
		expect(entry[0]!.content).toContain('nộp ngân sách nhà nước 43.448 tỷ đồng');
		expect(entry[0]!.content).not.toContain('Biểu đồ cột');
	});
});
