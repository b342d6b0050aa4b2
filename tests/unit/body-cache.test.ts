/**
 * Rendered bodies cached by content hash (src/lib/archive/body-store.ts `cachedBodyRenderer`,
 * src/data/body-cache.ts on disk): a cached body is the rendered one, read back instead of
 * rendered; any change to the text, the quotes or the code renders again; a body with
 * messages is never cached.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { renderArticleBody } from '../../src/lib/archive/article-body.ts';
import { bodyKey, cachedBodyRenderer, type BodyStore } from '../../src/lib/archive/body-store.ts';
import { diskBodyStore, pipelineVersion } from '../../src/data/body-cache.ts';

const BODY = 'Hội nghị họp tại tỉnh An. Ban Quản lý Khu kinh tế tỉnh Bình làm Khối trưởng năm 2020.\n\nĐoạn hai.';
const OPTIONS = { path: 'content/articles/a.md', quotes: ['tỉnh Bình làm Khối trưởng năm 2020'] };

function memoryStore(): BodyStore & { map: Map<string, string> } {
	const map = new Map<string, string>();
	return { map, get: (key) => map.get(key), set: (key, value) => void map.set(key, value) };
}

describe('cachedBodyRenderer', () => {
	it('stores a rendered body and returns it unchanged from the store the next time', () => {
		const store = memoryStore();
		const render = cachedBodyRenderer(store, 'v1');
		const first = render(BODY, OPTIONS);
		expect(first).toEqual(renderArticleBody(BODY, OPTIONS));
		expect(first.anchors.size).toBe(1);
		expect([...store.map.keys()]).toEqual([bodyKey(BODY, OPTIONS, 'v1')]);
		expect(render(BODY, OPTIONS)).toEqual(first);
		// Read back, not rendered: what the store holds is what comes out.
		store.map.set(bodyKey(BODY, OPTIONS, 'v1'), JSON.stringify({ html: '<p>cached</p>', text: 'cached', anchors: [['q', 'c-1']], unmatchedQuotes: [] }));
		expect(render(BODY, OPTIONS)).toEqual({ html: '<p>cached</p>', text: 'cached', anchors: new Map([['q', 'c-1']]), unmatchedQuotes: [], messages: [] });
	});

	it('keys on the text, the quotes and the code version, not on the file (the checker and the build name it differently)', () => {
		const key = bodyKey(BODY, OPTIONS, 'v1');
		expect(new Set([key, bodyKey(`${BODY} Thêm.`, OPTIONS, 'v1'), bodyKey(BODY, { ...OPTIONS, quotes: [] }, 'v1'), bodyKey(BODY, OPTIONS, 'v2')]).size).toBe(4);
		const elsewhere = { ...OPTIONS, path: 'bench/out/content/articles/a.md' };
		expect(bodyKey(BODY, elsewhere, 'v1')).toBe(key);
	});

	it('keys the checker\'s body (blank line after the front matter, final newline, maybe NFD) and the loader\'s alike, and they render alike', () => {
		const checker = `\n \n${BODY.normalize('NFD')}  \n\n`;
		expect(bodyKey(checker, OPTIONS, 'v1')).toBe(bodyKey(BODY, OPTIONS, 'v1'));
		expect({ ...renderArticleBody(checker, OPTIONS), messages: [] }).toEqual({ ...renderArticleBody(BODY, OPTIONS), messages: [] });
		// Indentation of the first line is Markdown (a code block): it is kept.
		expect(bodyKey(`    ${BODY}`, OPTIONS, 'v1')).not.toBe(bodyKey(BODY, OPTIONS, 'v1'));
	});

	it('never caches a body with messages: they are reported by every build', () => {
		const store = memoryStore();
		const render = cachedBodyRenderer(store, 'v1');
		const raw = 'Đoạn có <b>HTML</b> thô.';
		const first = render(raw, { path: 'x.md', quotes: [] });
		expect(first.messages.map((m) => m.ruleId)).toEqual(renderArticleBody(raw, { path: 'x.md', quotes: [] }).messages.map((m) => m.ruleId));
		expect(first.messages.length).toBeGreaterThan(0);
		expect(store.map.size).toBe(0);
		expect(render(raw, { path: 'x.md', quotes: [] }).messages.length).toBe(first.messages.length);
	});
});

describe('diskBodyStore', () => {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'body-cache-'));
	afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

	it('keeps one file per key, counts hits and misses, and prunes the bodies a build did not use', () => {
		const [a, b] = ['ab'.padEnd(64, '1'), 'cd'.padEnd(64, '2')];
		const first = diskBodyStore(dir);
		expect(first.get(a)).toBeUndefined();
		first.set(a, 'A');
		first.set(b, 'B');
		expect(fs.readFileSync(path.join(dir, 'ab', `${a}.json`), 'utf8')).toBe('A');
		const second = diskBodyStore(dir);
		expect(second.get(a)).toBe('A');
		expect([second.hits, second.misses, first.hits, first.misses]).toEqual([1, 0, 0, 1]);
		expect(second.prune()).toBe(1);
		expect(fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.json'))).toEqual([path.join('ab', `${a}.json`)]);
	});
});

describe('pipelineVersion', () => {
	const root = fs.mkdtempSync(path.join(os.tmpdir(), 'body-pipeline-'));
	afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

	it('changes when a pipeline source, a plugin or the lockfile changes, and only then', () => {
		const write = (rel: string, text: string) => {
			fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
			fs.writeFileSync(path.join(root, rel), text);
		};
		write('src/lib/archive/article-body.ts', 'a');
		write('src/lib/text/match.ts', 'm');
		write('src/plugins/rehype-x.ts', 'x');
		write('package-lock.json', '{}');
		write('src/lib/archive/build.ts', 'b');
		const versions = [pipelineVersion(root)];
		write('src/lib/archive/build.ts', 'b2');
		versions.push(pipelineVersion(root));
		for (const [rel, text] of [['src/plugins/rehype-x.ts', 'x2'], ['src/plugins/remark-y.ts', 'y'], ['src/lib/text/match.ts', 'm2'], ['package-lock.json', '{ }'], ['src/lib/archive/article-body.ts', 'a2']]) {
			write(rel!, text!);
			versions.push(pipelineVersion(root));
		}
		expect(versions[1]).toBe(versions[0]);
		expect(new Set(versions).size).toBe(6);
		expect(pipelineVersion(root)).toBe(versions.at(-1));
	});
});
