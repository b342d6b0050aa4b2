import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { listContentFiles, readArticle, readYaml } from '../../src/lib/content/files.ts';
import { parseArticle, readArticleText, splitFrontMatter } from '../../src/lib/content/front-matter.ts';
import { parseYaml, placeIn, writeYaml, yamlData } from '../../src/lib/content/yaml.ts';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'content-reader-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
const put = (rel: string, text = '') => {
	fs.mkdirSync(path.dirname(path.join(tmp, rel)), { recursive: true });
	fs.writeFileSync(path.join(tmp, rel), text);
};

describe('listContentFiles', () => {
	// The Astro glob loader's `**/[^_]*.md`: sub-folders walked, `_` files skipped, dot folders skipped.
	for (const rel of ['b.md', 'a-b.md', 'a.md', '_draft.md', 'notes.txt', '2020/x.md', '2020/_y.md', '_old/z.md', '.git/w.md', 'c.yaml']) put(`articles/${rel}`);

	it('walks sub-folders and skips `_` files, dot folders and other extensions, in path order', () => {
		expect(listContentFiles(path.join(tmp, 'articles'), ['.md'])).toEqual([
			{ id: '2020/x', path: path.join(tmp, 'articles', '2020', 'x.md') },
			{ id: '_old/z', path: path.join(tmp, 'articles', '_old', 'z.md') },
			{ id: 'a-b', path: path.join(tmp, 'articles', 'a-b.md') },
			{ id: 'a', path: path.join(tmp, 'articles', 'a.md') },
			{ id: 'b', path: path.join(tmp, 'articles', 'b.md') },
		]);
		expect(listContentFiles(path.join(tmp, 'articles'), ['.yaml']).map((f) => f.id)).toEqual(['c']);
	});

	it('gives nothing for a folder that does not exist', () => {
		expect(listContentFiles(path.join(tmp, 'none'), ['.md'])).toEqual([]);
	});
});

describe('splitFrontMatter', () => {
	it('splits at the two `---` lines and gives the lines of the YAML and the body', () => {
		expect(splitFrontMatter('---\ntitle: A\nyear: 2020\n---\n\nBody.\n')).toEqual({ yaml: 'title: A\nyear: 2020', yamlLine: 2, body: '\nBody.\n', bodyLine: 5 });
		expect(splitFrontMatter('\uFEFF---\r\ntitle: A\r\n---\r\nBody')).toEqual({ yaml: 'title: A', yamlLine: 2, body: 'Body', bodyLine: 4 });
		expect(splitFrontMatter('---\ntitle: A\n---')).toEqual({ yaml: 'title: A', yamlLine: 2, body: '', bodyLine: 4 });
	});

	it('is null without a front matter', () => {
		expect(splitFrontMatter('title: A\n---\nBody')).toBeNull();
		expect(splitFrontMatter('---\ntitle: A\nBody')).toBeNull();
	});
});

describe('parseYaml', () => {
	it('keeps dates as written and nodes with their line and column', () => {
		const parsed = parseYaml('title: "Hội nghị"\nconference:\n  start: 2021-01-15\n  host: [bac-ninh]\n');
		expect(parsed.errors).toEqual([]);
		expect(parsed.data).toEqual({ title: 'Hội nghị', conference: { start: '2021-01-15', host: ['bac-ninh'] } });
		expect(placeIn(parsed, ['conference', 'host', 0])).toEqual({ line: 4, column: 10 });
		// A missing field points at its nearest parent.
		expect(placeIn(parsed, ['conference', 'end'])).toEqual({ line: 3, column: 3 });
	});

	it('reports syntax errors with their place and no data', () => {
		const parsed = parseYaml('title: A\n  year: 2020\n');
		expect(parsed.data).toBeUndefined();
		expect(parsed.errors).toEqual([
			{ code: 'BLOCK_AS_IMPLICIT_KEY', message: 'Nested mappings are not allowed in compact mappings', line: 1, column: 8 },
			{ code: 'MULTILINE_IMPLICIT_KEY', message: 'Implicit keys need to be on a single line', line: 1, column: 8 },
		]);
		expect(() => yamlData('a: 1\na: 2', 'content/blocs/x.yaml')).toThrow('content/blocs/x.yaml:2:1: Map keys must be unique');
	});
});

describe('reading articles', () => {
	it('gives the data and body, and a YAML error at its line in the file', () => {
		expect(readArticleText('---\ntitle: A\ndraft: true\n---\nBody')).toEqual({ data: { title: 'A', draft: true }, body: 'Body' });
		expect(readArticleText('No front matter')).toBeNull();
		expect(() => readArticleText('---\ntitle: A\nyear: [2020\n---\n', 'content/articles/x.md')).toThrow('content/articles/x.md:3:12: Flow sequence in block collection must be sufficiently indented and end with a ]');
		expect(parseArticle('---\n: :\n---\n')?.parsed.data).toBeUndefined();
	});

	it('reads files from disk', () => {
		put('units/x.yaml', 'names:\n  - name: Ban Quản lý\nprovince: Hà Nam\n');
		put('articles/y.md', '---\ntitle: "Tiêu đề"\n---\n\nThân bài.\n');
		expect(readYaml(path.join(tmp, 'units/x.yaml'))).toEqual({ names: [{ name: 'Ban Quản lý' }], province: 'Hà Nam' });
		expect(readArticle(path.join(tmp, 'articles/y.md'))).toEqual({ data: { title: 'Tiêu đề' }, body: '\nThân bài.\n' });
	});
});

describe('writeYaml', () => {
	it('writes ids, dates and codes plain, other text quoted, one-line lists, and the comments', () => {
		const text = writeYaml(
			{ title: 'Hội nghị: tổng kết', bloc: 'bac-trung-bo', scope: 'FDI', year: 2020, start: '2021-01-15', host: ['bac-ninh', 'ha-nam'], none: null, flag: 'true', awards: [{ kind: 'flag', recipients: [] }] },
			[
				{ path: [], before: 'Đầu tệp.' },
				{ path: ['bloc'], after: 'KIỂM TRA: khối' },
				{ path: ['host'], after: 'KIỂM TRA: đăng cai' },
				{ path: ['awards'], before: 'Khen thưởng:\n\nhai dòng' },
				{ path: ['awards', 0, 'kind'], after: 'loại' },
				{ path: [], end: 'Cuối tệp.' },
			],
		);
		expect(text).toBe(
			[
				'# Đầu tệp.',
				'',
				'title: "Hội nghị: tổng kết"',
				'bloc: bac-trung-bo # KIỂM TRA: khối',
				'scope: FDI',
				'year: 2020',
				'start: 2021-01-15',
				'host: [bac-ninh, ha-nam] # KIỂM TRA: đăng cai',
				'none: null',
				'flag: "true"',
				'# Khen thưởng:',
				'',
				'# hai dòng',
				'awards:',
				'  - kind: flag # loại',
				'    recipients: []',
				'',
				'# Cuối tệp.',
				'',
			].join('\n'),
		);
		expect(yamlData(text)).toEqual({ title: 'Hội nghị: tổng kết', bloc: 'bac-trung-bo', scope: 'FDI', year: 2020, start: '2021-01-15', host: ['bac-ninh', 'ha-nam'], none: null, flag: 'true', awards: [{ kind: 'flag', recipients: [] }] });
	});

	it('writes text in NFC and refuses a comment on a node that does not exist', () => {
		expect(writeYaml({ place: 'tỉnh Hải Dương'.normalize('NFD') })).toBe(`place: "${'tỉnh Hải Dương'.normalize('NFC')}"\n`);
		expect(() => writeYaml({ a: 1 }, [{ path: ['b'], after: 'x' }])).toThrow('writeYaml: no node at b');
		expect(() => writeYaml({ a: { b: 1 } }, [{ path: ['a'], after: 'x' }])).toThrow('writeYaml: a comment after a needs a one-line value');
	});
});

describe('one YAML library', () => {
	it('no source, script or test imports gray-matter or js-yaml', () => {
		const offenders: string[] = [];
		for (const dir of ['src', 'scripts', 'tests']) {
			for (const rel of fs.readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
				if (!/\.(ts|mjs|js|astro)$/.test(rel) || rel.includes('node_modules') || !fs.statSync(path.join(dir, rel)).isFile()) continue;
				const text = fs.readFileSync(path.join(dir, rel), 'utf8');
				if (/from ['"](?:gray-matter|js-yaml)['"]|require\(['"](?:gray-matter|js-yaml)['"]\)/.test(text)) offenders.push(path.join(dir, rel));
			}
		}
		expect(offenders).toEqual([]);
	});
});
