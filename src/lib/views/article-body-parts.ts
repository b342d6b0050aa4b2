/**
 * An article body as the page renders it: HTML, with the indicator charts an MDX article places
 * (`<BieuDoChiTieu>`, left as empty `div.article-chart` markers by the body renderer) drawn from
 * the article's bloc. A Markdown article is one HTML part.
 */
import type { Figure } from '../archive/index.ts';
import type { IndicatorTable, Vocabulary } from '../indicators/figures.ts';
import { chartViews, rowId, type ChartView } from '../indicators/view.ts';
import { ROUTES } from '../site/routes.ts';

export type BodyPart =
	| { kind: 'html'; html: string }
	/** The charts of one `<BieuDoChiTieu>`: one per unit the series is given in; none when no series has two years. */
	| { kind: 'charts'; indicator: string; label: string; charts: ChartView[]; tableUrl: string };

const MARKER = /<div class="article-chart" data-chi-tieu="([a-z0-9-]+)" data-pham-vi="(total|FDI|DDI)"><\/div>/g;

export function articleBodyParts(html: string, blocId: string, table: IndicatorTable<Figure> | undefined, figures: readonly Figure[], vocabulary: Vocabulary): BodyPart[] {
	const parts: BodyPart[] = [];
	let cursor = 0;
	let n = 0;
	for (const m of html.matchAll(MARKER)) {
		if (m.index > cursor) parts.push({ kind: 'html', html: html.slice(cursor, m.index) });
		const [, indicator, scope] = m as unknown as [string, string, string];
		const rows = new Map((table?.rows ?? []).map((r) => [rowId(r), r]));
		// Ids stay unique when an article places several charts.
		const charts = table ? chartViews(table, figures, `bieu-do-${++n}`).filter((c) => rows.get(c.rowId)?.key === indicator && rows.get(c.rowId)?.scope === scope) : [];
		parts.push({ kind: 'charts', indicator, label: vocabulary.get(indicator)?.label ?? indicator, charts, tableUrl: ROUTES.bloc(blocId) });
		cursor = m.index + m[0].length;
	}
	if (cursor < html.length || parts.length === 0) parts.push({ kind: 'html', html: html.slice(cursor) });
	return parts;
}
