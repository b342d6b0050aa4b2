import type { Root, RootContent } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

type Position = NonNullable<Root['position']>;

/** Rule id and source stamped on every message, like remark-lint's `origin`. */
export const COMPONENT_RULE = { ruleId: 'mdx-component', source: 'archive' } as const;

/** Scopes a chart can draw, as in the figures' `scope`. */
const SCOPES = ['total', 'FDI', 'DDI'] as const;

/** Image files a `<Hinh>` may show: photos only (an SVG could carry script). */
export const IMAGE_FILE = /^[a-z0-9]+(?:[-_.][a-z0-9]+)*\.(?:jpe?g|png|webp)$/;

/** A component an article may use, validated: what the rehype side turns into HTML. */
export type ArticleComponent =
	| { kind: 'figure'; caption: string; image: string | null; alt: string | null }
	| { kind: 'chart'; indicator: string; scope: (typeof SCOPES)[number] };

export interface ArticleComponentsOptions {
	/** Indicator keys of the vocabulary; when given, `<BieuDoChiTieu chiTieu>` must be one. */
	indicators?: ReadonlySet<string>;
	/** Files in the content's image folder; when given, `<Hinh src>` must be one. */
	images?: ReadonlySet<string>;
}

/** What the plugin leaves on `file.data`: the components, by the index in their placeholder id. */
export interface ArticleComponentsData {
	articleComponents: ArticleComponent[];
}

/** Id prefix of the placeholder `<div>` that carries a component through the sanitiser. */
export const PLACEHOLDER_PREFIX = 'archive-component-';

interface JsxAttribute {
	type: 'mdxJsxAttribute' | 'mdxJsxExpressionAttribute';
	name?: string;
	value?: string | { type: string; value: string } | null;
}
interface JsxElement {
	type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
	name: string | null;
	attributes: JsxAttribute[];
	children: RootContent[];
	position?: Position;
}

const COMPONENTS = `\`<Hinh chuThich="…" />\` (ảnh và chú thích) hoặc \`<BieuDoChiTieu chiTieu="…" />\` (biểu đồ chỉ tiêu của khối)`;

/**
 * Checks the components of an MDX article body (parsed with `remark-mdx`) and replaces each valid
 * one with a placeholder the sanitiser keeps; `rehypeArticleComponents` renders it afterwards.
 * Only two components exist: `<Hinh>` (a photo, or its caption when the photo is not kept) and
 * `<BieuDoChiTieu>` (a chart of the article's bloc). Anything else MDX allows (imports, exports,
 * `{expressions}`, other tags) is an error at its `line:column`, and is dropped.
 */
export function remarkArticleComponents(options: ArticleComponentsOptions = {}) {
	return (tree: Root, file: VFile) => {
		const components: ArticleComponent[] = [];
		const error = (reason: string, place: Position | undefined) => {
			if (!place) return;
			const message = file.message(reason, { place, ...COMPONENT_RULE });
			message.fatal = true;
		};

		visit(tree, (node, index, parent) => {
			if (!parent || index === undefined) return;
			const type = node.type as string;
			if (type === 'mdxjsEsm') {
				error('Không dùng `import`/`export` trong bài viết: các thành phần có sẵn không cần nhập. Xóa dòng này.', node.position);
			} else if (type === 'mdxFlowExpression' || type === 'mdxTextExpression') {
				error('Không dùng biểu thức `{…}` trong bài viết. Muốn viết dấu ngoặc nhọn, đặt `\\{`.', node.position);
			} else if (type === 'mdxJsxFlowElement' || type === 'mdxJsxTextElement') {
				const component = check(node as unknown as JsxElement, parent.type === 'root', error, options);
				if (component) {
					const id = `${PLACEHOLDER_PREFIX}${components.push(component) - 1}`;
					parent.children[index] = { type: 'paragraph', children: [], data: { hName: 'div', hProperties: { id } }, position: node.position } as RootContent as never;
					return SKIP;
				}
			} else return;
			parent.children.splice(index, 1);
			return [SKIP, index];
		});
		(file.data as Partial<ArticleComponentsData>).articleComponents = components;
	};
}

type Report = (reason: string, place: Position | undefined) => void;

function check(node: JsxElement, topLevel: boolean, error: Report, options: ArticleComponentsOptions): ArticleComponent | null {
	const name = node.name ?? '';
	const tag = `\`<${name}>\``;
	if (name !== 'Hinh' && name !== 'BieuDoChiTieu') {
		error(`Thành phần ${name ? tag : '`<>`'} không có. Chỉ dùng ${COMPONENTS}.`, node.position);
		return null;
	}
	if (node.type === 'mdxJsxTextElement' || !topLevel) {
		error(`Đặt ${tag} trên một dòng riêng, ngoài đoạn văn, danh sách và trích dẫn.`, node.position);
		return null;
	}
	if (node.children.length > 0) {
		error(`${tag} không có nội dung bên trong: viết \`<${name} … />\`${name === 'Hinh' ? ', chú thích đặt trong `chuThich`' : ''}.`, node.position);
		return null;
	}
	const allowed = name === 'Hinh' ? ['chuThich', 'src', 'moTa'] : ['chiTieu', 'phamVi'];
	const values = new Map<string, string>();
	let ok = true;
	for (const attribute of node.attributes) {
		if (attribute.type !== 'mdxJsxAttribute' || !attribute.name || !allowed.includes(attribute.name)) {
			error(`${tag} không có thuộc tính \`${attribute.name ?? '{…}'}\`; chỉ có ${allowed.map((a) => `\`${a}\``).join(', ')}.`, node.position);
			ok = false;
		} else if (typeof attribute.value !== 'string' || !attribute.value.trim()) {
			error(`Thuộc tính \`${attribute.name}\` của ${tag} cần một giá trị trong ngoặc kép: \`${attribute.name}="…"\`.`, node.position);
			ok = false;
		} else values.set(attribute.name, attribute.value.normalize('NFC').replace(/\s+/g, ' ').trim());
	}
	if (!ok) return null;
	if (name === 'Hinh') {
		const caption = values.get('chuThich');
		if (!caption) {
			error('`<Hinh>` cần `chuThich="…"`: chú thích ảnh như bài viết.', node.position);
			return null;
		}
		const image = values.get('src') ?? null;
		if (image !== null && (!IMAGE_FILE.test(image) || (options.images && !options.images.has(image)))) {
			error(`Ảnh \`${image}\` không có trong thư mục content/anh/. Chép ảnh (.jpg, .png, .webp; tên chữ thường không dấu) vào đó và ghi đúng tên tệp, hoặc bỏ \`src\` nếu ảnh không còn lưu giữ.`, node.position);
			return null;
		}
		return { kind: 'figure', caption, image, alt: values.get('moTa') ?? null };
	}
	const indicator = values.get('chiTieu');
	if (!indicator || (options.indicators && !options.indicators.has(indicator))) {
		error(`\`<BieuDoChiTieu>\` cần \`chiTieu\` là mã một chỉ tiêu trong content/indicators.yaml${indicator ? ` (không có \`${indicator}\`)` : ''}.`, node.position);
		return null;
	}
	const scope = values.get('phamVi') ?? 'total';
	if (!(SCOPES as readonly string[]).includes(scope)) {
		error(`\`phamVi\` của \`<BieuDoChiTieu>\` là \`total\`, \`FDI\` hoặc \`DDI\`, không phải \`${scope}\`.`, node.position);
		return null;
	}
	return { kind: 'chart', indicator, scope: scope as (typeof SCOPES)[number] };
}
