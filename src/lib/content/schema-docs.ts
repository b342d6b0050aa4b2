/** Editor JSON schemas and the Vietnamese front-matter reference, generated from the zod schemas so they never drift. */
import { z } from 'astro/zod';
import { ArticleSchema } from '../../schemas/article.ts';
import { BlocSchema } from '../../schemas/bloc.ts';
import { idReference } from '../../schemas/common.ts';
import { UnitSchema } from '../../schemas/unit.ts';

type JsonSchema = { type?: string | string[]; description?: string; properties?: Record<string, JsonSchema>; items?: JsonSchema; anyOf?: JsonSchema[]; enum?: unknown[]; default?: unknown; required?: string[]; pattern?: string };

/** A date written as `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, or null (what staff type; YAML may also give a date). */
const PARTIAL_DATE: JsonSchema = { anyOf: [{ type: 'string', pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$' }, { type: 'integer' }, { type: 'null' }] };

/** Replaces the schema of any union that accepts a JS Date (unrepresentable) with the partial-date form. */
function tidy(node: JsonSchema): JsonSchema {
	if (node.anyOf?.some((a) => a.anyOf?.some((b) => Object.keys(b).length === 0))) return { ...PARTIAL_DATE, description: node.description, default: node.default };
	const out: JsonSchema = { ...node };
	if (out.properties) out.properties = Object.fromEntries(Object.entries(out.properties).map(([k, v]) => [k, tidy(v)]));
	if (out.items) out.items = tidy(out.items);
	if (out.anyOf) out.anyOf = out.anyOf.map(tidy);
	return out;
}

/** JSON schemas (draft 2020-12) for editors: what staff type, with Vietnamese descriptions. */
export function editorSchemas(): Record<'article' | 'bloc' | 'unit', JsonSchema> {
	const make = (schema: z.ZodType, title: string) => ({ title, ...tidy(z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema) });
	return {
		article: make(ArticleSchema(idReference), 'Dữ kiện bài viết (front matter)'),
		bloc: make(BlocSchema(idReference), 'Khối thi đua'),
		unit: make(UnitSchema(), 'Ban Quản lý'),
	};
}

function typeOf(node: JsonSchema): string {
	if (node.enum) return node.enum.map((e) => `\`${String(e)}\``).join(' \\| ');
	if (node.anyOf) return [...new Set(node.anyOf.map(typeOf))].join(' hoặc ');
	if (node.type === 'array') return `danh sách ${node.items ? typeOf(node.items) : ''}`.trim();
	const names: Record<string, string> = { string: 'chuỗi', integer: 'số nguyên', number: 'số', boolean: 'true/false', object: 'nhóm', null: 'null' };
	const types = Array.isArray(node.type) ? node.type : [node.type ?? 'bất kỳ'];
	return types.map((t) => names[t] ?? t).join(' hoặc ');
}

/** Rows of the reference: every field path with its type, whether it is required and its meaning. */
function rows(node: JsonSchema, prefix = ''): string[] {
	const out: string[] = [];
	for (const [name, field] of Object.entries(node.properties ?? {})) {
		const path = prefix ? `${prefix}.${name}` : name;
		const required = node.required?.includes(name) && field.default === undefined ? 'bắt buộc' : 'tùy chọn';
		out.push(`| \`${path}\` | ${typeOf(field)} | ${required} | ${(field.description ?? '').replace(/\|/g, '\\|')} |`);
		const inner = field.type === 'array' ? field.items : field.anyOf?.find((a) => a.properties) ?? field;
		if (inner?.properties) out.push(...rows(inner, field.type === 'array' ? `${path}[]` : path));
	}
	return out;
}

/** The Vietnamese front-matter reference as Markdown. */
export function referenceMarkdown(): string {
	const schemas = editorSchemas();
	const table = (s: JsonSchema) => ['| Trường | Kiểu | | Ý nghĩa |', '| --- | --- | --- | --- |', ...rows(s)].join('\n');
	return `<!-- Tệp này được sinh từ src/schemas/*.ts bằng \`npm run schemas\`; đừng sửa tay. -->
# Tham chiếu dữ kiện

Mọi trường của bài viết, khối và ban quản lý, sinh tự động từ lược đồ mà bản dựng dùng để kiểm tra.
Điều bài không nêu thì để \`null\` hoặc bỏ trống: không bao giờ đoán.

## Bài viết (\`content/articles/*.md\`, phần giữa hai dòng \`---\`)

${table(schemas.article)}

## Khối thi đua (\`content/blocs/*.yaml\`)

${table(schemas.bloc)}

## Ban Quản lý (\`content/units/*.yaml\`)

${table(schemas.unit)}
`;
}
