/**
 * The article preview of the editor: the article as its page renders it, facts panel included,
 * derived by the build's own code (src/lib/cms/preview-archive.ts, preview.ts) from the form's
 * current values and the blocs and boards published with the editor (archive-data.json), styled
 * with the site's own stylesheet. What keeps the article from being published is listed above it.
 */
import type { CmsField } from '../lib/cms/config.ts';
import { withoutEmpty } from '../lib/cms/normalize.ts';
import { previewArchive, type RawEntry } from '../lib/cms/preview-archive.ts';
import { articlePreviewHtml } from '../lib/cms/preview.ts';
import type { DecapCms } from './admin.ts';

export interface ArchiveData {
	blocs: RawEntry[];
	units: RawEntry[];
	/** The site's stylesheets, for the preview frame. */
	styles: string[];
}

interface PreviewProps {
	entry: { get(key: 'data'): { toJS(): Record<string, unknown> }; get(key: 'slug'): string | undefined };
}
type CreateElement = (type: string, props: Record<string, unknown>) => unknown;
type CreateClass = (spec: { render(this: { props: PreviewProps }): unknown }) => unknown;

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The page's file name when the entry has none yet: the collection's slug template, filled. */
const slugOf = (data: Record<string, unknown>) => `${String(data.year ?? '')}-${String(data.bloc ?? '')}-${String(data.event ?? 'tong-ket')}`;

export function previewHtml(archive: ArchiveData, fields: readonly CmsField[], values: Record<string, unknown>, slug: string | undefined): string {
	const { body = '', ...rest } = values;
	const data = withoutEmpty(rest, fields);
	const result = previewArchive({ blocs: archive.blocs, units: archive.units, article: { id: slug || slugOf(data), data, body: String(body) } });
	const problems = result.problems.length
		? `<div class="notice" role="note" aria-label="Chưa thể đăng"><p><strong>Chưa thể đăng:</strong></p><ul>${result.problems.map((p) => `<li>${esc(p)}</li>`).join('')}</ul></div>`
		: '';
	return `<main id="noi-dung"><div class="container">${problems}${result.ok ? articlePreviewHtml(result.article, result.bloc, result.units) : ''}</div></main>`;
}

export async function registerArticlePreview(cms: DecapCms, fields: readonly CmsField[]): Promise<void> {
	const response = await fetch('/admin/archive-data.json').catch(() => null);
	if (!response?.ok) return;
	const archive = (await response.json()) as ArchiveData;
	for (const href of archive.styles) cms.registerPreviewStyle(href);
	const w = window as unknown as { h?: CreateElement; createClass?: CreateClass };
	if (!w.h || !w.createClass) return;
	const h = w.h;
	const preview = w.createClass({
		render() {
			const { entry } = this.props;
			return h('div', { dangerouslySetInnerHTML: { __html: previewHtml(archive, fields, entry.get('data').toJS(), entry.get('slug')) } });
		},
	});
	cms.registerPreviewTemplate('articles', preview);
}
