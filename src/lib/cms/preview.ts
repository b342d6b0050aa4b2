/**
 * The editor's article preview: the article as its page renders it (title, meta line, source
 * notice, body, facts panel), from the same derived `Article` the build makes (buildArchive). It
 * mirrors src/pages/bai-viet/[id].astro, RestorationNotice.astro and FactsPanel.astro markup for
 * markup (search attributes aside), and tests/e2e/admin.test.ts compares it with the built page.
 * Pure: plain data in, an HTML string out.
 */
import type { Article, Bloc, Unit } from '../archive/index.ts';
import { unitNameAt, unitShortAt } from '../archive/index.ts';
import { AWARD_KIND_LABELS, AWARD_STATUS_LABELS, CONDITION_LABELS, EVENT_LABELS, UNKNOWN } from '../site/labels.ts';
import { ROUTES } from '../site/routes.ts';
import { formatDateRange } from '../text/partial-date.ts';
import { refId } from '../../schemas/common.ts';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escAttr = (s: string) => esc(s).replace(/"/g, '&quot;');

/** UnitName.astro */
function unitName(units: ReadonlyMap<string, Unit>, id: string, year: number | null): string {
	const label = unitShortAt(units, id, year);
	const full = unitNameAt(units, id, year);
	return `<a href="${escAttr(ROUTES.unit(id))}"${full !== label ? ` title="${escAttr(full)}"` : ''}>${esc(label)}</a>`;
}

/** CiteLink.astro */
function citeLink(href: string, label = 'nguồn'): string {
	return `<a class="source-link" href="${escAttr(href)}">[${esc(label)}<span class="visually-hidden">${href.includes('#') ? ': câu trong bài gốc' : ': bài gốc'}</span>]</a>`;
}

/** Unknown.astro */
const unknown = (text = UNKNOWN) => `<span class="unknown">${esc(text)}</span>`;

const list = (ids: readonly string[], units: ReadonlyMap<string, Unit>, year: number | null) => ids.map((id) => unitName(units, id, year)).join(', ');

/** FactsPanel.astro */
export function factsPanelHtml(article: Article, bloc: Bloc, units: ReadonlyMap<string, Unit>): string {
	const d = article.data;
	const c = d.conference;
	const y = article.year;
	const role = (r: Article['chair'], year: number) => (r ? `${unitName(units, r.value, year)} ${citeLink(r.cite)}` : unknown('bài không nêu'));
	const elected =
		article.electedChair || article.electedViceChair
			? `<ul>${article.electedChair ? `<li>${esc(bloc.chairTitle)}: ${unitName(units, article.electedChair.value, article.electedYear)} ${citeLink(article.electedChair.cite)}</li>` : ''}${article.electedViceChair ? `<li>${esc(bloc.viceChairTitle)}: ${unitName(units, article.electedViceChair.value, article.electedYear)} ${citeLink(article.electedViceChair.cite)}</li>` : ''}</ul>`
			: unknown('bài không nêu');
	const next = d.nextConference
		? `<dt>Hội nghị năm sau</dt><dd>Dự kiến ${d.nextConference.host.length > 0 ? `do ${list(d.nextConference.host.map(refId), units, article.electedYear)} đăng cai` : ''}${d.nextConference.place ? ` tại ${esc(d.nextConference.place)}` : ''}${article.nextConferenceCite ? citeLink(article.nextConferenceCite) : ''}</dd>`
		: '';
	const awards =
		article.awards.length === 0
			? unknown('bài không nêu')
			: `<ul>${article.awards
					.map(
						(a) =>
							`<li><strong>${esc(a.name)}</strong> <span class="status status--${a.status}">${AWARD_STATUS_LABELS[a.status]}</span>${a.kind !== 'other' && a.name !== AWARD_KIND_LABELS[a.kind] ? `<span class="visually-hidden"> (${AWARD_KIND_LABELS[a.kind]})</span>` : ''}${a.period ? ` giai đoạn ${esc(a.period)}` : ''}: ${a.recipients.length > 0 ? list(a.recipients, units, y) : `${a.count} đơn vị (bài không nêu tên)`}${a.by ? ` — ${a.status === 'proposed' ? 'đề nghị' : 'do'} ${esc(a.by)}` : ''} ${citeLink(a.cite)}</li>`,
					)
					.join('')}</ul>`;
	const officials = d.officials.length === 0 ? unknown('bài không nêu') : `<ul>${d.officials.map((o) => `<li>${esc(o.name)} — ${esc(o.title)}${o.role ? ` (${esc(o.role)})` : ''}</li>`).join('')}</ul>`;
	return (
		`<aside class="facts" aria-labelledby="facts-title"><h2 id="facts-title">Dữ kiện</h2><dl>` +
		`<dt>Khối</dt><dd><a href="${escAttr(bloc.url)}">${esc(bloc.short)}</a></dd>` +
		`<dt>Năm tổng kết</dt><dd>${y}</dd>` +
		`<dt>Thời gian</dt><dd>${c.start ? `${esc(formatDateRange(c.start, c.end))} ${citeLink(article.conferenceCite)}` : unknown()}</dd>` +
		(c.note ? `<dt>Ghi chú biên tập</dt><dd class="note">${esc(c.note)}</dd>` : '') +
		`<dt>Địa điểm</dt><dd>${c.place ? esc(c.place) : unknown()}</dd>` +
		`<dt>Đăng cai</dt><dd>${article.host.length > 0 ? list(article.host, units, y) : unknown()}</dd>` +
		`<dt>${esc(bloc.chairTitle)} ${y}</dt><dd>${role(article.chair, y)}</dd>` +
		`<dt>${esc(bloc.viceChairTitle)} ${y}</dt><dd>${role(article.viceChair, y)}</dd>` +
		`<dt>Bầu cho ${article.electedYear}</dt><dd>${elected}</dd>` +
		next +
		`<dt>Khen thưởng</dt><dd>${awards}</dd>` +
		`<dt>Đại biểu</dt><dd>${officials}</dd>` +
		`</dl></aside>`
	);
}

/** RestorationNotice.astro */
function restorationNotice(article: Article): string {
	const source = article.data.source;
	const restored = source.condition !== 'clean';
	const credits =
		source.author || source.publisher || (source.title && source.title !== article.title)
			? `<p>${source.author ? `Tác giả/ký tên: ${esc(source.author)}. ` : ''}${source.publisher ? `Nơi đăng: ${esc(source.publisher)}. ` : ''}${source.title && source.title !== article.title ? `Tiêu đề gốc: “${esc(source.title)}”.` : ''}</p>`
			: '';
	const note = source.note ? `<details><summary>Ghi chú biên tập</summary><p>${esc(source.note)}</p></details>` : '';
	return `<div class="notice" role="note" aria-label="Nguồn và tình trạng văn bản"><p><strong>${restored ? 'Văn bản đã được khôi phục từ nguồn hỏng.' : 'Nguồn:'}</strong> ${esc(CONDITION_LABELS[source.condition])}. <a href="${escAttr(ROUTES.sourceText(source.file))}">Xem văn bản gốc</a> (<a href="${escAttr(ROUTES.source(source.file))}" type="text/plain" download>tải tệp gốc</a>)</p>${credits}${note}</div>`;
}

/** The `<article>` of src/pages/bai-viet/[id].astro. */
export function articlePreviewHtml(article: Article, bloc: Bloc, units: ReadonlyMap<string, Unit>): string {
	const c = article.data.conference;
	const editorial = article.data.titleEditorial ? `<span class="editorial" title="Nguồn không có tiêu đề; tiêu đề do kho lưu trữ đặt">tiêu đề biên tập</span>` : '';
	return (
		`<article><header><h1>${esc(article.title)}${editorial}</h1>` +
		`<p class="meta"><span>${esc(bloc.short)}</span> · ${EVENT_LABELS[article.data.event]} năm <span>${article.year}</span> · ${esc(formatDateRange(c.start, c.end))}${c.place ? ` · ${esc(c.place)}` : ''} · <a href="#facts-title">Dữ kiện</a></p></header>` +
		restorationNotice(article) +
		`<div class="article-layout"><div class="article-body">${article.html}</div>${factsPanelHtml(article, bloc, units)}</div></article>`
	);
}

/** Removes what only search uses from built page markup (Pagefind attributes, hidden filter spans), to compare it with the preview. */
export function withoutSearchAttributes(html: string): string {
	return html.replace(/ data-pagefind-[a-z]+(?:="[^"]*")?/g, '').replace(/<span hidden>[^<]*<\/span>/g, '');
}
