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
});
