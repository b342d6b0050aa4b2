/**
 * Phase 2, articles: references, the rendered body with its cited sentences anchored, the
 * figures read and checked against their quotes. Mentions are the last phase (`mentions.ts`);
 * same-bloc navigation is set by the conflicts phase.
 */
import type { Point, Position } from 'unist';
import type { ArticleData } from '../../schemas/article.ts';
import { refId } from '../../schemas/common.ts';
import { lintRule, stamp } from '../../plugins/lint-rule.ts';
import { checkFigure, resolveFigure, type FigureProblem, type FigureRule, type Vocabulary } from '../indicators/figures.ts';
import { ROUTES } from '../site/routes.ts';
import { normalizeText } from '../text/match.ts';
import { renderArticleBody, type RenderedBody } from './article-body.ts';
import type { References } from './boards.ts';
import type { Diagnostics } from './diagnostics.ts';
import type { Article, AwardFact, Cited, Figure, SourceEntry } from './types.ts';

/** What the articles phase needs from the run. */
export interface ArticlesContext {
	refs: References;
	diagnostics: Diagnostics;
	vocabulary?: Vocabulary;
	sourceFiles?: ReadonlySet<string>;
	/** File names present in `content/anh/` (photos MDX articles may show). */
	imageFiles?: ReadonlySet<string>;
	/** Renders a body (a cached renderer in the build and the checker). */
	renderBody?: typeof renderArticleBody;
}

type Place = Point | undefined;

/** `source-file`: `source.file` names no file in content/sources/. */
export const sourceFileRule = lintRule<{ name: string; place: Place }>({ origin: 'archive:source-file' }, ({ name, place }, file) => {
	const message = file.message(`\`source.file\`: Tệp nguồn \`${name}\` không có trong content/sources/.`, { place });
	message.note = 'Chép văn bản gốc vào content/sources/ với đúng tên này (trang /nguon/ công bố nó), hoặc sửa `source.file`.';
});

/** `encoding`: the body has U+FFFD, the mark of a file read in the wrong encoding. */
export const replacementCharRule = lintRule<{ place: Point }>({ origin: 'archive:encoding' }, ({ place }, file) => {
	const message = file.message('Văn bản có ký tự thay thế “\uFFFD”: tệp đã bị đọc sai bảng mã.', { place });
	message.note = 'Mở lại bản gốc, lưu dạng UTF-8 (hoặc dùng `npm run import`).';
});

/** Where a quote stops matching the body, and the body sentence nearest to it. */
export interface QuoteMiss {
	/** Characters of the (normalised) quote, from its start, that occur in the body. */
	matched: number;
	length: number;
	/** The rest of the quote from where it stops matching. */
	rest: string;
	/** The body sentence that holds the matched start (or shares most words with the quote). */
	nearest: string | null;
}

/** Finds how far a quote matches the body text and the nearest sentence (both normalised). */
export function quoteMiss(quote: string, bodyText: string): QuoteMiss {
	const q = normalizeText(quote);
	const body = normalizeText(bodyText);
	let [lo, hi] = [0, q.length];
	while (lo < hi) {
		const mid = Math.ceil((lo + hi) / 2);
		if (body.includes(q.slice(0, mid))) lo = mid;
		else hi = mid - 1;
	}
	const sentences = body.split(/(?<=[.!?…;])\s+|\n+/u).filter((x) => x.trim());
	const words = new Set(q.toLowerCase().split(/\s+/));
	const overlap = (s: string) => s.toLowerCase().split(/\s+/).filter((w) => words.has(w)).length;
	const prefix = q.slice(0, lo);
	const holding = lo >= 8 ? sentences.find((s) => s.includes(prefix)) : undefined;
	const best = holding ?? [...sentences].sort((a, b) => overlap(b) - overlap(a))[0];
	return { matched: lo, length: q.length, rest: q.slice(lo), nearest: best && overlap(best) > 0 ? best : null };
}

const clip = (text: string, n: number) => (text.length > n ? `${text.slice(0, n)}…` : text);

/** `quote`: a quote of a fact that is not in the body; says where it stops matching and the nearest sentence. */
export const quoteRule = lintRule<{ field: string; quote: string; miss: QuoteMiss; place: Place }>({ origin: 'archive:quote' }, ({ field, miss, place }, file) => {
	const where = miss.matched === 0 ? 'ngay từ đầu đã không khớp' : `${miss.matched}/${miss.length} ký tự đầu khớp, khác từ \`${clip(miss.rest, 40)}\``;
	const message = file.message(`\`${field}\`: Câu trích không có nguyên văn trong thân bài: ${where}.`, { place });
	message.note = `${miss.nearest ? `Câu gần nhất trong thân bài: “${clip(miss.nearest, 200)}”. ` : ''}Chép nguyên văn một câu (hoặc một đoạn câu) của thân bài vào trường \`quote\`.`;
});

/** The figure checks (`src/lib/indicators/figures.ts`), one rule each. */
const FIGURE_RULE_IDS: readonly FigureRule[] = ['unknown-key', 'quote-not-found', 'printed-not-in-quote', 'unparseable', 'kind-mismatch', 'number-against-convention', 'number-ambiguous'];
export const figureRules = new Map(
	FIGURE_RULE_IDS.map((id) => [
		id,
		lintRule<{ field: string; problem: FigureProblem; place: Place }>({ origin: `archive:${id}` }, ({ field, problem, place }, file) => {
			const message = file.message(`\`${field}\`: ${problem.message}`, { place });
			if (problem.hint) message.note = problem.hint;
		}),
	]),
);

/** Quotes of an article's facts, to anchor in its body. */
export function quotesOf(d: ArticleData): string[] {
	const quotes = [d.conference.quote, d.chair?.quote, d.viceChair?.quote, d.elected.chair?.quote, d.elected.viceChair?.quote, d.nextConference?.quote, ...d.awards.map((a) => a.quote), ...d.figures.map((f) => f.quote)];
	return quotes.filter((q): q is string => Boolean(q));
}

/** Derives every article (drafts only when asked) and the figures they give. */
export function deriveArticles(entries: readonly SourceEntry<ArticleData>[], ctx: ArticlesContext): { articles: Map<string, Article>; figures: Figure[] } {
	const articles = new Map<string, Article>();
	const figures: Figure[] = [];
	for (const entry of entries) articles.set(entry.id, deriveArticle(entry, ctx, figures));
	return { articles, figures };
}

function deriveArticle(entry: SourceEntry<ArticleData>, ctx: ArticlesContext, figures: Figure[]): Article {
	const d = entry.data;
	const { file } = entry;
	const url = ROUTES.article(entry.id);
	const blocId = refId(d.bloc);
	ctx.refs.bloc(file, 'bloc', blocId);
	checkSource(entry, ctx);
	const body = renderBody(entry, ctx);
	const citeOf = citer(entry, body, ctx.diagnostics);
	const role = (field: string, value: { unit: { id: string } | string; quote?: string } | null): Cited<string> | null => {
		if (!value) return null;
		const id = refId(value.unit);
		ctx.refs.unit(file, `${field}.unit`, id);
		return { value: id, cite: citeOf(`${field}.quote`, value.quote) };
	};
	const host = d.conference.host.map(refId);
	host.forEach((h, i) => ctx.refs.unit(file, `conference.host[${i}]`, h));
	(d.nextConference?.host ?? []).map(refId).forEach((h, i) => ctx.refs.unit(file, `nextConference.host[${i}]`, h));
	const awards = awardsOf(entry, ctx.refs, citeOf);
	figures.push(...figuresOf(entry, body.text, citeOf, ctx));
	const [chair, viceChair, electedChair, electedViceChair] = [role('chair', d.chair), role('viceChair', d.viceChair), role('elected.chair', d.elected.chair), role('elected.viceChair', d.elected.viceChair)];
	const start = d.conference.start;
	return {
		id: entry.id,
		file,
		url,
		data: d,
		title: d.title,
		bloc: blocId,
		year: d.year,
		host,
		chair,
		viceChair,
		electedYear: d.elected.year ?? d.year + 1,
		electedChair,
		electedViceChair,
		conferenceCite: citeOf('conference.quote', d.conference.quote),
		nextConferenceCite: d.nextConference ? citeOf('nextConference.quote', d.nextConference.quote) : null,
		awards,
		html: body.html,
		text: body.text,
		anchors: body.anchors,
		mentions: [],
		sortKey: start ? start.iso : `${d.year + 1}`,
		prev: null,
		next: null,
	};
}

/** The source file exists, and the body was not read in a wrong encoding. */
function checkSource(entry: SourceEntry<ArticleData>, ctx: ArticlesContext): void {
	const vfile = ctx.diagnostics.file(entry.file);
	const name = entry.data.source.file;
	if (ctx.sourceFiles && !ctx.sourceFiles.has(name)) sourceFileRule({ name, place: ctx.diagnostics.at(entry.file, 'source.file') }, vfile);
	const body = entry.body ?? '';
	const replacement = body.indexOf('\uFFFD');
	if (replacement >= 0) replacementCharRule({ place: ctx.diagnostics.inBody(entry.file, { line: body.slice(0, replacement).split('\n').length, column: 1 }) }, vfile);
}

/** Renders the body; the renderer's messages (raw HTML, unsafe links) move to the content file, at their line in it. */
function renderBody(entry: SourceEntry<ArticleData>, ctx: ArticlesContext): RenderedBody {
	const components = { indicators: ctx.vocabulary ? new Set(ctx.vocabulary.keys()) : undefined, images: ctx.imageFiles };
	const body = (ctx.renderBody ?? renderArticleBody)(entry.body ?? '', { path: entry.file, quotes: quotesOf(entry.data), components });
	const diagnostics = ctx.diagnostics;
	const vfile = diagnostics.file(entry.file);
	for (const m of body.messages) {
		const moved = vfile.message(m.reason, { place: shiftPlace(m.place, (p) => diagnostics.inBody(entry.file, p)), ruleId: m.ruleId, source: m.source });
		if (m.note) moved.note = m.note;
		stamp(moved, { fatal: Boolean(m.fatal), url: m.url });
	}
	return body;
}

function shiftPlace(place: Point | Position | undefined, shift: (p: Point) => Point): Point | Position | undefined {
	if (!place) return undefined;
	if ('start' in place) return { start: shift(place.start), end: shift(place.end) };
	return shift(place);
}

/** Links a fact to the sentence quoting it (or to the article), reporting a quote that is not in the body. */
function citer(entry: SourceEntry<ArticleData>, body: RenderedBody, diagnostics: Diagnostics): (field: string, quote: string | undefined) => string {
	const url = ROUTES.article(entry.id);
	return (field, quote) => {
		if (!quote) return url;
		const anchor = body.anchors.get(normalizeText(quote));
		if (anchor) return `${url}#${anchor}`;
		quoteRule({ field, quote, miss: quoteMiss(quote, body.text), place: diagnostics.at(entry.file, field) }, diagnostics.file(entry.file));
		return url;
	};
}

function awardsOf(entry: SourceEntry<ArticleData>, refs: References, citeOf: (field: string, quote: string | undefined) => string): AwardFact[] {
	return entry.data.awards.map((a, i) => {
		const recipients = a.recipients.map(refId);
		recipients.forEach((r, j) => refs.unit(entry.file, `awards[${i}].recipients[${j}]`, r));
		return { kind: a.kind, name: a.name, recipients, count: a.count, status: a.status, by: a.by, period: a.period, cite: citeOf(`awards[${i}].quote`, a.quote) };
	});
}

/** The article's figures, checked against their quotes and read; a figure that does not read is left out (and reported). */
function figuresOf(entry: SourceEntry<ArticleData>, bodyText: string, citeOf: (field: string, quote: string | undefined) => string, ctx: ArticlesContext): Figure[] {
	const d = entry.data;
	const vfile = ctx.diagnostics.file(entry.file);
	const figures: Figure[] = [];
	for (const [i, f] of d.figures.entries()) {
		const cite = citeOf(`figures[${i}].quote`, f.quote);
		// `number-ambiguous` is the normal Vietnamese reading (`38.561`): not worth a message; `quote-not-found` is the `quote` rule's.
		for (const problem of checkFigure(f, bodyText, ctx.vocabulary).filter((x) => x.ruleId !== 'number-ambiguous' && x.ruleId !== 'quote-not-found')) {
			const field = `figures[${i}].${problem.field}`;
			figureRules.get(problem.ruleId)!({ field, problem, place: ctx.diagnostics.at(entry.file, field) }, vfile, problem.fatal ? 'error' : 'warning');
		}
		const resolved = resolveFigure(f, ctx.vocabulary);
		if (!resolved.ok) continue;
		const r = resolved.figure;
		figures.push({
			articleId: entry.id,
			bloc: refId(d.bloc),
			year: d.year,
			event: d.event,
			key: r.key,
			label: r.label ?? r.key,
			scope: r.scope,
			measure: r.measure,
			unit: r.unit,
			value: r.value,
			printed: r.printed,
			unitLabel: r.unitLabel,
			scale: r.scale,
			fractionDigits: r.fractionDigits,
			quote: r.quote,
			estimate: r.estimate,
			asOf: r.asOf?.iso ?? null,
			note: r.note,
			cite,
		});
	}
	return figures;
}
