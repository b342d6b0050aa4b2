/**
 * The configuration of the staff editor (Decap CMS, served at /admin/), generated from the same zod
 * schemas the build validates with (src/schemas/), like the editor JSON schemas and the field
 * reference (src/lib/content/schema-docs.ts). Nothing is copied: hints are the schema
 * descriptions, required fields, choices, defaults and date patterns come from the schemas, the
 * indicator choices from `content/indicators.yaml`. Only the short field labels live in
 * `./labels.ts`, and a test fails when a schema field has none.
 */
import { z } from 'astro/zod';
import { ArticleSchema } from '../../schemas/article.ts';
import { BlocSchema } from '../../schemas/bloc.ts';
import { idReference, type RefFactory } from '../../schemas/common.ts';
import { UnitSchema } from '../../schemas/unit.ts';
import { FIELD_LABELS, OPTION_LABELS } from './labels.ts';

/** The JSON Schema subset zod emits for our schemas, plus the collection a reference points at. */
export interface SchemaNode {
	type?: string | string[];
	description?: string;
	title?: string;
	properties?: Record<string, SchemaNode>;
	items?: SchemaNode;
	anyOf?: SchemaNode[];
	enum?: unknown[];
	default?: unknown;
	required?: string[];
	pattern?: string;
	minimum?: number;
	maximum?: number;
	exclusiveMinimum?: number;
	'x-collection'?: 'blocs' | 'units';
}

/** A Decap CMS field (the subset we generate). */
export interface CmsField {
	name: string;
	label: string;
	widget: string;
	required?: boolean;
	hint?: string;
	default?: unknown;
	pattern?: [string, string];
	options?: Array<{ label: string; value: string }>;
	multiple?: boolean;
	value_type?: 'int';
	min?: number;
	max?: number;
	collection?: string;
	value_field?: string;
	search_fields?: string[];
	display_fields?: string[];
	options_length?: number;
	fields?: CmsField[];
	field?: CmsField;
	summary?: string;
	collapsed?: boolean;
	modes?: string[];
	buttons?: string[];
	editor_components?: string[];
}

export interface CmsCollection {
	name: 'articles' | 'blocs' | 'units';
	label: string;
	label_singular: string;
	description: string;
	folder: string;
	extension: 'md' | 'yaml';
	format: 'frontmatter' | 'yaml';
	create: true;
	slug: string;
	identifier_field: string;
	summary: string;
	sortable_fields: string[];
	preview_path?: string;
	fields: CmsField[];
}

export interface CmsConfig {
	backend: { name: 'github'; repo: string; branch: string; base_url?: string; squash_merges: true; commit_messages: Record<string, string>; cms_label_prefix: string };
	publish_mode: 'editorial_workflow';
	local_backend?: { url: string; allowed_hosts: string[] };
	locale: 'vi';
	site_url?: string;
	media_folder: string;
	public_folder: string;
	slug: { encoding: 'ascii'; clean_accents: true; sanitize_replacement: '-' };
	editor: { preview: true };
	collections: CmsCollection[];
}

/** What the configuration depends on besides the schemas. */
export interface CmsConfigInput {
	/** Indicator vocabulary in file order: key and Vietnamese label. */
	indicators: ReadonlyArray<{ key: string; label: string }>;
	/** `owner/name` of the GitHub repository the editor commits to. */
	repo: string;
	branch?: string;
	/** Base URL of the OAuth client that signs staff in to GitHub (README, “Trình soạn thảo”). */
	authUrl?: string;
	/** The public site, for “xem trên trang” links. */
	siteUrl?: string;
	/** Set by `npm run admin`: the local backend (decap-server) behind the same origin. */
	localBackendUrl?: string;
	/** Folder of the content tree, relative to the repository root (`content`). */
	contentDir?: string;
}

/** A reference that remembers which collection it points at, for relation widgets. */
const taggedReference: RefFactory = (collection) => idReference(collection).meta({ 'x-collection': collection });

/** The JSON schema of a zod schema as staff type it (input side). */
function inputSchema(schema: z.ZodType): SchemaNode {
	return z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as SchemaNode;
}

/** Article, bloc and board schemas as JSON Schema, references tagged with their collection. */
export function cmsSchemas(): Record<'articles' | 'blocs' | 'units', SchemaNode> {
	return { articles: inputSchema(ArticleSchema(taggedReference)), blocs: inputSchema(BlocSchema(taggedReference)), units: inputSchema(UnitSchema()) };
}

/** `PartialDateSchema` accepts a JS Date besides strings and numbers: zod emits an empty schema for it. */
const isPartialDate = (node: SchemaNode) => node.anyOf?.some((a) => a.anyOf?.some((b) => Object.keys(b).length === 0)) ?? false;
/** The date pattern staff type; the same as the editor JSON schemas (schema-docs.ts). */
export const PARTIAL_DATE_PATTERN = '^\\d{4}(-\\d{2}(-\\d{2})?)?$';
export const PARTIAL_DATE_MESSAGE = 'Ghi YYYY, YYYY-MM hoặc YYYY-MM-DD (ví dụ 2020, 2020-01, 2020-01-03); để trống nếu bài không nêu.';

const nonNull = (node: SchemaNode) => (node.anyOf ? node.anyOf.filter((a) => a.type !== 'null') : [node]);
const isNullable = (node: SchemaNode) => node.default === null || (node.anyOf?.some((a) => a.type === 'null') ?? false) || (Array.isArray(node.type) && node.type.includes('null'));

/** Relation widget settings for a reference to blocs or boards. */
function relation(collection: 'blocs' | 'units'): Pick<CmsField, 'widget' | 'collection' | 'value_field' | 'search_fields' | 'display_fields' | 'options_length'> {
	return collection === 'units'
		? { widget: 'relation', collection: 'units', value_field: '{{slug}}', search_fields: ['province', 'names.*.name', 'variants.*'], display_fields: ['names.0.name'], options_length: 100 }
		: { widget: 'relation', collection: 'blocs', value_field: '{{slug}}', search_fields: ['region', 'names.*.name', 'names.*.short'], display_fields: ['names.0.short'], options_length: 100 };
}

/** Options of a select: the schema's values, with labels where we have them. */
function options(path: string, values: unknown[]): Array<{ label: string; value: string }> {
	return values.map((v) => ({ label: OPTION_LABELS[path]?.[String(v)] ?? String(v), value: String(v) }));
}

export class MissingLabelError extends Error {}

/**
 * One form field from one schema node. `path` is the field's path without list indexes
 * (`awards.recipients`); `required` says whether the parent object requires it.
 */
function toField(name: string, node: SchemaNode, path: string, required: boolean, input: CmsConfigInput): CmsField {
	const label = node.title ?? FIELD_LABELS[path];
	if (!label) throw new MissingLabelError(`The schema field \`${path}\` has no label in src/lib/cms/labels.ts (FIELD_LABELS).`);
	const base: Pick<CmsField, 'name' | 'label' | 'hint' | 'required'> = { name, label, ...(node.description ? { hint: node.description } : {}), required: required && node.default === undefined && !isNullable(node) };
	const withDefault = <T extends CmsField>(field: T): T => (node.default !== undefined && node.default !== null && !(Array.isArray(node.default) && node.default.length === 0) ? { ...field, default: node.default } : field);
	if (isPartialDate(node)) return { ...base, widget: 'string', pattern: [PARTIAL_DATE_PATTERN, PARTIAL_DATE_MESSAGE] };
	const [inner] = nonNull(node);
	if (!inner) throw new Error(`The schema field \`${path}\` has no type.`);
	if (path === 'figures.key') return { ...base, widget: 'select', options: input.indicators.map((i) => ({ label: `${i.label} (${i.key})`, value: i.key })) };
	if (inner['x-collection']) return { ...base, ...relation(inner['x-collection']) };
	if (inner.enum) return withDefault({ ...base, widget: 'select', options: options(path, inner.enum) });
	const type = Array.isArray(inner.type) ? inner.type.find((t) => t !== 'null') : inner.type;
	switch (type) {
		case 'boolean':
			return withDefault({ ...base, widget: 'boolean' });
		case 'integer':
		case 'number': {
			const min = inner.minimum ?? (inner.exclusiveMinimum !== undefined ? inner.exclusiveMinimum + 1 : undefined);
			const max = inner.maximum !== undefined && inner.maximum < Number.MAX_SAFE_INTEGER ? inner.maximum : undefined;
			return withDefault({ ...base, widget: 'number', value_type: 'int', ...(min !== undefined ? { min } : {}), ...(max !== undefined ? { max } : {}) });
		}
		case 'array': {
			const items = inner.items ?? {};
			if (items['x-collection']) return { ...base, ...relation(items['x-collection']), multiple: true, required: false };
			if (items.enum) return { ...base, widget: 'select', multiple: true, required: false, options: options(path, items.enum) };
			if (items.properties) return { ...base, widget: 'list', required: false, default: [], collapsed: true, summary: summaryOf(path), fields: objectFields(items, path, input) };
			return { ...base, widget: 'list', required: false, default: [] };
		}
		case 'object': {
			// An object that may be null (a chair nobody named) cannot require its own fields in the
			// form: the editor drops it when left empty (./normalize.ts) and the checker reports the rest.
			const optional = !base.required;
			return { ...base, widget: 'object', collapsed: optional, fields: objectFields(inner, path, input, optional) };
		}
		case 'string':
			return { ...base, widget: name === 'quote' || name === 'note' ? 'text' : 'string' };
		default:
			throw new Error(`The schema field \`${path}\` has a type the editor does not map: ${JSON.stringify(inner.type)}.`);
	}
}

function objectFields(node: SchemaNode, path: string, input: CmsConfigInput, optional = false): CmsField[] {
	return Object.entries(node.properties ?? {}).map(([name, child]) => toField(name, child, path ? `${path}.${name}` : name, !optional && (node.required?.includes(name) ?? false), input));
}

/** The one-line summary of a list item in the collapsed list. */
function summaryOf(path: string): string | undefined {
	const summaries: Record<string, string> = {
		awards: '{{fields.name}} — {{fields.status}}: {{fields.recipients}}',
		figures: '{{fields.key}} {{fields.scope}}: {{fields.printed}}',
		officials: '{{fields.name}} — {{fields.title}}',
		names: '{{fields.name}}',
		members: '{{fields.unit}}',
		predecessors: '{{fields.bloc}} ({{fields.act}})',
	};
	return summaries[path];
}

/** The Markdown body of an article: edited as written (raw), so exact quotes stay exact. */
const BODY_FIELD: CmsField = {
	name: 'body',
	label: 'Thân bài',
	widget: 'markdown',
	hint: 'Toàn văn bài như nguồn, dạng Markdown. Mỗi câu trích ở trên phải có nguyên văn trong thân bài.',
	modes: ['raw'],
};

/** The whole editor configuration. Pure: the same schemas and vocabulary give the same object. */
export function cmsConfig(input: CmsConfigInput): CmsConfig {
	const schemas = cmsSchemas();
	const dir = input.contentDir ?? 'content';
	const fields = (key: keyof typeof schemas) => objectFields(schemas[key], '', input);
	return {
		backend: {
			name: 'github',
			repo: input.repo,
			branch: input.branch ?? 'main',
			...(input.authUrl ? { base_url: input.authUrl } : {}),
			squash_merges: true,
			commit_messages: {
				create: 'Thêm {{collection}} “{{slug}}” (trình soạn thảo)',
				update: 'Sửa {{collection}} “{{slug}}” (trình soạn thảo)',
				delete: 'Xóa {{collection}} “{{slug}}” (trình soạn thảo)',
				uploadMedia: 'Tải lên “{{path}}”',
				deleteMedia: 'Xóa “{{path}}”',
				openAuthoring: '{{message}}',
			},
			cms_label_prefix: 'trinh-soan-thao/',
		},
		publish_mode: 'editorial_workflow',
		...(input.localBackendUrl ? { local_backend: { url: input.localBackendUrl, allowed_hosts: ['localhost', '127.0.0.1'] } } : {}),
		locale: 'vi',
		...(input.siteUrl ? { site_url: input.siteUrl } : {}),
		media_folder: `${dir}/sources`,
		public_folder: '',
		slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
		editor: { preview: true },
		collections: [
			{
				name: 'articles',
				label: 'Bài viết',
				label_singular: 'bài viết',
				description: 'Bài đưa tin hội nghị của các khối. Lưu sẽ mở một yêu cầu hợp nhất (pull request); bản dựng kiểm tra trước khi đăng.',
				folder: `${dir}/articles`,
				extension: 'md',
				format: 'frontmatter',
				create: true,
				slug: '{{fields.year}}-{{fields.bloc}}-{{fields.event}}',
				identifier_field: 'title',
				summary: '{{fields.year}} · {{fields.title}}',
				sortable_fields: ['year', 'title'],
				preview_path: 'bai-viet/{{slug}}/',
				fields: [...fields('articles'), BODY_FIELD],
			},
			{
				name: 'blocs',
				label: 'Khối thi đua',
				label_singular: 'khối thi đua',
				description: 'Mỗi khối (Khối hoặc Cụm thi đua) một tệp; tên tệp là mã khối.',
				folder: `${dir}/blocs`,
				extension: 'yaml',
				format: 'yaml',
				create: true,
				slug: '{{fields.region}}',
				identifier_field: 'region',
				summary: '{{fields.region}} ({{slug}})',
				sortable_fields: ['region'],
				fields: fields('blocs'),
			},
			{
				name: 'units',
				label: 'Ban Quản lý',
				label_singular: 'ban quản lý',
				description: 'Mỗi ban quản lý một tệp; tên tệp là mã ban (ví dụ hai-duong).',
				folder: `${dir}/units`,
				extension: 'yaml',
				format: 'yaml',
				create: true,
				slug: '{{fields.province}}',
				identifier_field: 'province',
				summary: '{{fields.province}} ({{slug}})',
				sortable_fields: ['province'],
				fields: fields('units'),
			},
		],
	};
}
