/**
 * The staff editor in the built site: /admin/ holds Decap's bundle, the configuration generated
 * from the schemas and its own policy, and its preview renders each article exactly as its page.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { adminConfigYaml, decapFiles } from '../../src/integrations/admin.ts';
import { ADMIN_CSP_HEADER, ADMIN_CSP_META } from '../../src/lib/cms/admin-page.ts';
import { previewArchive, type RawEntry } from '../../src/lib/cms/preview-archive.ts';
import { articlePreviewHtml, withoutSearchAttributes } from '../../src/lib/cms/preview.ts';
import { ROOT, SITE_CONTENT } from '../helpers/build-site.ts';
import { filesIn } from '../helpers/site-files.ts';

let dir: string;
beforeAll(() => {
	dir = inject('siteDir');
});

const raw = (kind: 'blocs' | 'units'): RawEntry[] =>
	fs
		.readdirSync(path.join(ROOT, SITE_CONTENT, kind))
		.filter((f) => f.endsWith('.yaml'))
		.map((f) => ({ id: f.slice(0, -'.yaml'.length), data: parseYaml(fs.readFileSync(path.join(ROOT, 'content', kind, f), 'utf8')) }));

describe('/admin/ in the built site', () => {
	it('holds the page, the generated configuration, the editor script and all of Decap’s files, and nothing else', () => {
		const files = filesIn(path.join(dir, 'admin'));
		expect(files).toEqual(['admin.css', 'admin.js', 'archive-data.json', 'config.yml', ...decapFiles(), 'index.html'].sort());
		expect(decapFiles().length).toBeGreaterThan(50);
		expect(fs.readFileSync(path.join(dir, 'admin/config.yml'), 'utf8')).toBe(adminConfigYaml({ siteUrl: 'https://khoithidua.example.org' }));
		const html = fs.readFileSync(path.join(dir, 'admin/index.html'), 'utf8');
		expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${ADMIN_CSP_META}">`);
	});

	it('public/_headers gives /admin/ its own policy in place of the site’s', () => {
		const headers = fs.readFileSync(path.join(ROOT, 'public/_headers'), 'utf8');
		expect(/^\/admin\/\*\n {2}! Content-Security-Policy\n {2}Content-Security-Policy: (.+)$/m.exec(headers)?.[1]).toBe(ADMIN_CSP_HEADER);
	});

	it('the editor’s preview of every article is its page’s <article>, facts panel included (search attributes aside)', () => {
		// The built site is the site fixture; the editor writes Markdown, so its .md articles are compared.
		const articles = fs.readdirSync(path.join(ROOT, SITE_CONTENT, 'articles')).filter((f) => f.endsWith('.md') && !f.startsWith('_'));
		expect(articles.length).toBeGreaterThanOrEqual(4);
		for (const f of articles) {
			const id = f.slice(0, -'.md'.length);
			const [, front, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(fs.readFileSync(path.join(ROOT, SITE_CONTENT, 'articles', f), 'utf8'))!;
			const preview = previewArchive({ blocs: raw('blocs'), units: raw('units'), article: { id, data: parseYaml(front!), body: body! } });
			expect(preview.ok, id).toBe(true);
			if (!preview.ok) continue;
			const page = withoutSearchAttributes(fs.readFileSync(path.join(dir, 'bai-viet', id, 'index.html'), 'utf8'));
			const built = page.slice(page.indexOf('<article>'), page.indexOf('</article>') + '</article>'.length);
			expect(built, id).toContain('<aside class="facts"');
			expect(articlePreviewHtml(preview.article, preview.bloc, preview.units), id).toBe(built);
		}
	});

	it('the preview names what is missing or wrong instead of guessing', () => {
		const data = { title: 'Bài mới', bloc: 'dong-bang-song-hong', conference: { quote: 'Câu không có' }, source: { file: 'x.txt', condition: 'clean' } };
		const preview = (extra: object) => previewArchive({ blocs: raw('blocs'), units: raw('units'), article: { id: 'moi', data: { ...data, ...extra }, body: 'Thân bài.' } });
		expect(preview({})).toEqual({ ok: false, problems: ['year: thiếu trường bắt buộc này. Thêm dòng cho trường này (xem docs/huong-dan/tham-chieu-du-kien.md).'] });
		const withYear = preview({ year: 2021 });
		expect(withYear.ok).toBe(true);
		expect(withYear.problems).toEqual(['`conference.quote`: Câu trích không có nguyên văn trong thân bài: ngay từ đầu đã không khớp.']);
	});
});
