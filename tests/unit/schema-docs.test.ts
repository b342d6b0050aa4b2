import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { editorSchemas, referenceMarkdown } from '../../src/lib/content/schema-docs.ts';

describe('generated staff docs', () => {
	it('the committed JSON schemas and reference match the zod schemas (run `npm run schemas` after a schema change)', () => {
		expect(Object.keys(editorSchemas()).sort()).toEqual(['article', 'bloc', 'unit']);
		for (const [name, schema] of Object.entries(editorSchemas())) {
			expect(JSON.parse(fs.readFileSync(`docs/schemas/${name}.schema.json`, 'utf8')), name).toEqual(schema);
		}
		expect(fs.readFileSync('docs/huong-dan/tham-chieu-du-kien.md', 'utf8')).toBe(referenceMarkdown());
	});

	it('describes partial dates as staff type them and lists every article field', () => {
		const article = editorSchemas().article;
		const start = (article.properties!.conference!.properties!.start as { anyOf: Array<{ pattern?: string }> }).anyOf[0]!;
		expect(start.pattern).toBe('^\\d{4}(-\\d{2}(-\\d{2})?)?$');
		const ref = referenceMarkdown();
		for (const field of ['`conference.host`', '`elected.chair.unit`', '`awards[].status`', '`figures[].printed`', '`source.condition`']) expect(ref).toContain(field);
	});

	it('gives every field its own description; only a shared part (chair, viceChair, elected.*) repeats one', () => {
		type Node = { description?: string; properties?: Record<string, Node>; items?: Node; anyOf?: Node[]; type?: unknown };
		const fields: Array<{ path: string; leaf: string; parent: string; description: string | undefined }> = [];
		const walk = (node: Node, prefix: string) => {
			const parent = Object.keys(node.properties ?? {}).sort().join(',');
			for (const [name, field] of Object.entries(node.properties ?? {})) {
				const path = `${prefix}${name}`;
				fields.push({ path, leaf: name, parent, description: field.description });
				const inner = field.type === 'array' ? field.items : (field.anyOf?.find((a) => a.properties) ?? field);
				if (inner?.properties) walk(inner, `${path}${field.type === 'array' ? '[]' : ''}.`);
			}
		};
		for (const [name, schema] of Object.entries(editorSchemas())) walk(schema as Node, `${name}:`);
		expect(fields.length).toBeGreaterThan(60);
		expect(fields.filter((f) => !f.description).map((f) => f.path)).toEqual([]);
		const byText = Map.groupBy(fields, (f) => f.description!);
		// The same text twice is a copy-paste unless it is the same field of one reused part (same name, same siblings).
		const clashes = [...byText.values()].filter((group) => new Set(group.map((f) => `${f.leaf}|${f.parent}`)).size > 1).map((group) => group.map((f) => f.path));
		expect(clashes).toEqual([]);
		const shared = [...byText.values()].filter((group) => group.length > 1).map((group) => group.map((f) => f.path));
		expect(shared).toEqual([
			['article:chair.unit', 'article:viceChair.unit', 'article:elected.chair.unit', 'article:elected.viceChair.unit'],
			['article:chair.quote', 'article:viceChair.quote', 'article:elected.chair.quote', 'article:elected.viceChair.quote'],
		]);
	});

	it('describes officials by name and title, and the three titles apart', () => {
		const article = editorSchemas().article as { properties: Record<string, { description?: string; items?: { properties: Record<string, { description?: string }> }; properties?: Record<string, { description?: string }> }> };
		expect(article.properties.officials!.items!.properties.name!.description).toBe('Họ và tên người dự, như bài viết.');
		expect(article.properties.officials!.items!.properties.title!.description).toBe('Chức danh của người dự lúc đó, như bài viết (`Phó Vụ trưởng Vụ Thi đua - Khen thưởng`).');
		expect(article.properties.source!.properties!.title!.description).toBe('Tiêu đề gốc của bản nguồn; `null` khi bản nguồn không có tiêu đề.');
		expect(article.properties.title!.description).toBe('Tiêu đề bài như đã đăng; khi nguồn không có tiêu đề, tiêu đề do kho lưu trữ đặt (ghi `titleEditorial: true`).');
	});
});
