import type { Element, Root } from 'hast';
import type { VFile } from 'vfile';
import { PLACEHOLDER_PREFIX, type ArticleComponent, type ArticleComponentsData } from './remark-article-components.ts';
import { missingPhotoFigure } from './rehype-photo-captions.ts';
import { ROUTES } from '../lib/site/routes.ts';

/**
 * Renders the placeholders `remarkArticleComponents` left, after sanitising (the sanitiser keeps
 * no figure): `<Hinh>` becomes a figure with its caption (and its photo when the archive keeps
 * it), `<BieuDoChiTieu>` an empty `div.article-chart` the article page fills with the bloc's
 * chart (`src/lib/views/article-body-parts.ts`).
 */
export function rehypeArticleComponents() {
	return (tree: Root, file: VFile) => {
		const components = (file.data as Partial<ArticleComponentsData>).articleComponents ?? [];
		tree.children = tree.children.map((node) => {
			if (node.type !== 'element' || node.tagName !== 'div') return node;
			const id = String(node.properties.id ?? '');
			if (!id.startsWith(PLACEHOLDER_PREFIX)) return node;
			const component = components[Number(id.slice(PLACEHOLDER_PREFIX.length))];
			return component ? { ...render(component), position: node.position } : node;
		});
	};
}

function render(component: ArticleComponent): Element {
	if (component.kind === 'chart') {
		return { type: 'element', tagName: 'div', properties: { className: ['article-chart'], dataChiTieu: component.indicator, dataPhamVi: component.scope }, children: [] };
	}
	if (component.image === null) return missingPhotoFigure(component.caption);
	return {
		type: 'element',
		tagName: 'figure',
		properties: { className: ['article-figure'] },
		children: [
			{ type: 'element', tagName: 'img', properties: { src: ROUTES.image(component.image), alt: component.alt ?? '', loading: 'lazy' }, children: [] },
			{ type: 'element', tagName: 'figcaption', properties: {}, children: [{ type: 'text', value: component.caption }] },
		],
	};
}
