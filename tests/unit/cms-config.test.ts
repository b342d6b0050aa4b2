import { afterEach, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { adminConfigYaml } from '../../src/integrations/admin.ts';
import { ADMIN_CSP_HEADER, ADMIN_CSP_META, adminPageHtml } from '../../src/lib/cms/admin-page.ts';
import { cmsConfig, cmsSchemas, PARTIAL_DATE_PATTERN, type CmsField, type SchemaNode } from '../../src/lib/cms/config.ts';
import { FIELD_LABELS } from '../../src/lib/cms/labels.ts';
import { editorSchemas } from '../../src/lib/content/schema-docs.ts';
import { CSP_META } from '../../src/lib/site/csp.ts';

const INPUT = { indicators: [{ key: 'projects-new', label: 'Dự án cấp mới' }, { key: 'revenue', label: 'Doanh thu' }], repo: 'owner/archive' };
const config = cmsConfig(INPUT);
const collection = (name: string) => config.collections.find((c) => c.name === name)!;

/** Every field of a form as `path → field`, list items adding no segment. */
function flatten(fields: readonly CmsField[], prefix = ''): Map<string, CmsField> {
	const out = new Map<string, CmsField>();
	for (const f of fields) {
		const path = prefix ? `${prefix}.${f.name}` : f.name;
		out.set(path, f);
		if (f.fields) for (const [k, v] of flatten(f.fields, path)) out.set(k, v);
	}
	return out;
}

/** Every property of a JSON schema as `path → node`, through nullable unions and list items. */
function properties(node: SchemaNode, prefix = ''): Map<string, SchemaNode> {
	const out = new Map<string, SchemaNode>();
	for (const [name, child] of Object.entries(node.properties ?? {})) {
		const path = prefix ? `${prefix}.${name}` : name;
		out.set(path, child);
		const inner = child.type === 'array' ? child.items : (child.anyOf?.find((a) => a.properties) ?? child);
		if (inner?.properties) for (const [k, v] of properties(inner, path)) out.set(k, v);
	}
	return out;
}

describe('the editor configuration is generated from the schemas', () => {
	it('has one form field per schema field, in schema order, hinted with the schema description (the same text as the field reference)', () => {
		const reference = editorSchemas();
		for (const [name, key] of [['articles', 'article'], ['blocs', 'bloc'], ['units', 'unit']] as const) {
			const fields = flatten(collection(name).fields);
			const schema = properties(reference[key]);
			expect([...fields.keys()].filter((k) => k !== 'body'), name).toEqual([...schema.keys()]);
			for (const [path, node] of schema) {
				expect(fields.get(path)!.hint, `${name}: ${path}`).toBe(node.description);
				expect(fields.get(path)!.label, `${name}: ${path}`).toBe(FIELD_LABELS[path]);
			}
		}
		expect(collection('articles').fields.at(-1)).toEqual({ name: 'body', label: 'Thân bài', widget: 'markdown', hint: 'Toàn văn bài như nguồn, dạng Markdown. Mỗi câu trích ở trên phải có nguyên văn trong thân bài.', modes: ['raw'] });
	});

	it('maps references to relation widgets on the right collection, partial dates to a pattern, choices to the schema values', () => {
		const articles = flatten(collection('articles').fields);
		const relations = [...articles].filter(([, f]) => f.widget === 'relation').map(([p, f]) => `${p} → ${f.collection}${f.multiple ? ' (nhiều)' : ''}`);
		expect(relations).toEqual([
			'bloc → blocs',
			'conference.host → units (nhiều)',
			'chair.unit → units',
			'viceChair.unit → units',
			'elected.chair.unit → units',
			'elected.viceChair.unit → units',
			'nextConference.host → units (nhiều)',
			'awards.recipients → units (nhiều)',
		]);
		expect([...flatten(collection('blocs').fields)].filter(([, f]) => f.widget === 'relation').map(([p, f]) => `${p} → ${f.collection}`)).toEqual(['members.unit → units', 'predecessors.bloc → blocs']);
		const dates = [...articles].filter(([, f]) => f.pattern).map(([p, f]) => `${p} ${f.pattern![0]}`);
		expect(dates).toEqual([`conference.start ${PARTIAL_DATE_PATTERN}`, `conference.end ${PARTIAL_DATE_PATTERN}`, `figures.asOf ${PARTIAL_DATE_PATTERN}`]);
		expect(new RegExp(PARTIAL_DATE_PATTERN).test('2020-01')).toBe(true);
		expect(new RegExp(PARTIAL_DATE_PATTERN).test('14/01/2020')).toBe(false);
		expect(articles.get('awards')).toMatchObject({ widget: 'list', required: false, default: [], summary: '{{fields.name}} — {{fields.status}}: {{fields.recipients}}' });
		expect(articles.get('awards.status')).toEqual({
			name: 'status',
			label: 'Tình trạng',
			hint: editorSchemas().article.properties!.awards!.items!.properties!.status!.description,
			required: true,
			widget: 'select',
			options: [
				{ label: 'Đề nghị (đề nghị … tặng, suy tôn)', value: 'proposed' },
				{ label: 'Đã trao (trao tặng)', value: 'conferred' },
			],
		});
		expect(articles.get('figures.key')!.options).toEqual([
			{ label: 'Dự án cấp mới (projects-new)', value: 'projects-new' },
			{ label: 'Doanh thu (revenue)', value: 'revenue' },
		]);
		expect(articles.get('figures.scope')).toMatchObject({ widget: 'select', required: false, default: 'total' });
		expect(articles.get('year')).toMatchObject({ widget: 'number', value_type: 'int', min: 1990, max: 2100, required: true });
		expect(articles.get('awards.count')).toMatchObject({ widget: 'number', value_type: 'int', min: 1, required: false });
		// A chair may be unknown: the group is optional and its fields are not forced.
		expect(articles.get('chair')).toMatchObject({ widget: 'object', required: false, collapsed: true });
		expect(articles.get('chair.unit')!.required).toBe(false);
		expect(articles.get('source.file')!.required).toBe(true);
		expect(articles.get('conference.place')!.required).toBe(false);
		expect(flatten(collection('units').fields).get('zoneKinds')).toMatchObject({ widget: 'select', multiple: true, options: ['KCN', 'KCX', 'KKT', 'KCNC'].map((v) => ({ label: v, value: v })) });
	});

	it('saves through a branch and pull request in production, and offers the local backend only when served by `npm run admin`', () => {
		expect(config.backend).toMatchObject({ name: 'github', repo: 'owner/archive', branch: 'main' });
		expect(config.publish_mode).toBe('editorial_workflow');
		expect(config.local_backend).toBeUndefined();
		expect(cmsConfig({ ...INPUT, localBackendUrl: 'http://localhost:8080/api/v1' }).local_backend).toEqual({ url: 'http://localhost:8080/api/v1', allowed_hosts: ['localhost', '127.0.0.1'] });
		expect(collection('articles')).toMatchObject({ folder: 'content/articles', extension: 'md', format: 'frontmatter', slug: '{{fields.year}}-{{fields.bloc}}-{{fields.event}}' });
		expect(cmsConfig({ ...INPUT, contentDir: 'noi-dung' }).collections.map((c) => c.folder)).toEqual(['noi-dung/articles', 'noi-dung/blocs', 'noi-dung/units']);
	});

	it('the served config.yml is this configuration with the vocabulary of content/indicators.yaml', () => {
		const served = parseYaml(adminConfigYaml()) as typeof config;
		const keys = flatten(served.collections[0]!.fields).get('figures.key')!.options!.map((o) => o.value);
		expect(keys.slice(0, 3)).toEqual(['projects-new', 'projects-adjusted', 'capital-new']);
		expect(served.collections).toEqual(cmsConfig({ ...INPUT, indicators: served.collections[0]!.fields.find((f) => f.name === 'figures')!.fields![0]!.options!.map((o) => ({ key: o.value, label: o.label.replace(/ \([^)]*\)$/, '') })) }).collections);
	});

	describe('a schema field without a label', () => {
		const saved = FIELD_LABELS['awards.by'];
		afterEach(() => {
			FIELD_LABELS['awards.by'] = saved!;
		});
		it('fails, naming the field and where to label it', () => {
			delete FIELD_LABELS['awards.by'];
			expect(() => cmsConfig(INPUT)).toThrowError('The schema field `awards.by` has no label in src/lib/cms/labels.ts (FIELD_LABELS).');
		});
	});

	it('tags every reference with its collection', () => {
		expect(cmsSchemas().articles.properties!.bloc!['x-collection']).toBe('blocs');
		expect(cmsSchemas().blocs.properties!.members!.items!.properties!.unit!['x-collection']).toBe('units');
	});
});

describe('the /admin/ page and its own policy', () => {
	it('loads only its own files and states its policy; the site policy is untouched', () => {
		const html = adminPageHtml();
		expect([...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1])).toEqual(['/favicon.svg', '/admin/config.yml', '/admin/admin.css', '/admin/admin.js', '/admin/decap-cms.js']);
		expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${ADMIN_CSP_META}">`);
		expect(ADMIN_CSP_META).toBe(
			"default-src 'self'; script-src 'self' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob: https://avatars.githubusercontent.com; font-src 'self' data:; connect-src 'self' blob: https://api.github.com; frame-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'",
		);
		expect(ADMIN_CSP_HEADER).toBe(`${ADMIN_CSP_META}; frame-ancestors 'none'`);
		expect(CSP_META).toBe("default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self'; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'");
	});
});
