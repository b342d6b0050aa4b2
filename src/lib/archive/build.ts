/**
 * Derives the whole archive from validated content, once per build: resolves references,
 * renders bodies, anchors cited sentences, and computes timelines, rotations, awards and
 * mentions. Pure: the same input gives the same archive; problems are collected, never skipped.
 */
import type { ArticleData } from '../../schemas/article.ts';
import type { BlocData } from '../../schemas/bloc.ts';
import { refId } from '../../schemas/common.ts';
import type { UnitData } from '../../schemas/unit.ts';
import { renderArticleBody } from './article-body.ts';
import { checkFigure, findConflicts, indicatorTable, resolveFigure, type FigureRecord, type IndicatorTable, type Vocabulary } from '../indicators/figures.ts';
import { createMentionMatcher } from './mentions.ts';
import { nameAt, shortName } from '../text/names.ts';
import { comparePartialDates, type PartialDate } from '../text/partial-date.ts';
import { deriveRotation, yearSpan, type Role, type RoleStatement, type RotationEntry } from './rotation.ts';
import { normalizeText } from '../text/match.ts';
import { ROUTES } from '../site/routes.ts';

/** One content file as loaded: id, path relative to the project, parsed data, Markdown body. */
export interface SourceEntry<T> {
	id: string;
	file: string;
	data: T;
	body?: string;
}

/** A problem found while deriving, reported as `file: field: message` with a hint. */
export interface Problem {
	file: string;
	field?: string;
	message: string;
	hint?: string;
	line?: number;
	column?: number;
	ruleId: string;
	fatal: boolean;
}

/** Input of `buildArchive`. */
export interface ArchiveInput {
	blocs: SourceEntry<BlocData>[];
	units: SourceEntry<UnitData>[];
	articles: SourceEntry<ArticleData>[];
	/** Include `draft: true` articles (dev server, checker). */
	includeDrafts?: boolean;
	/** The indicator vocabulary (`content/indicators.yaml`); without it figure keys are not checked. */
	vocabulary?: Vocabulary;
	/** File names present in `content/sources/`; when given, every `source.file` must be one of them. */
	sourceFiles?: ReadonlySet<string>;
	/** Renders a body; `renderArticleBody` unless the caller caches it (src/data/body-cache.ts). */
	renderBody?: typeof renderArticleBody;
}

/** A figure of an article, resolved, with the link to its sentence. */
export interface Figure extends FigureRecord {
	label: string;
	cite: string;
	asOf: string | null;
	note?: string;
}

export interface Unit {
	id: string;
	file: string;
	url: string;
	data: UnitData;
	/** Current name (latest). */
	name: string;
	short: string;
}

export interface Bloc {
	id: string;
	file: string;
	url: string;
	data: BlocData;
	name: string;
	short: string;
	/** Label for the chair in this bloc: Khối trưởng or Cụm trưởng. */
	chairTitle: string;
	viceChairTitle: string;
	members: Array<{ unit: string; from?: number; to?: number }>;
	predecessors: Array<{ bloc: string; act: string; date: PartialDate | null; change?: string }>;
	/** Derived from the other blocs' `predecessors`. */
	successors: Array<{ bloc: string; act: string; date: PartialDate | null; change?: string }>;
}

/** A fact with the link to the sentence that states it. */
export interface Cited<T> {
	value: T;
	/** `/bai-viet/<id>/#c-…`, or the article URL when no sentence is quoted. */
	cite: string;
}

export interface AwardFact {
	kind: ArticleData['awards'][number]['kind'];
	name: string;
	recipients: string[];
	count?: number;
	status: 'proposed' | 'conferred';
	by: string | null;
	period?: string;
	cite: string;
}

export interface Article {
	id: string;
	file: string;
	url: string;
	data: ArticleData;
	title: string;
	bloc: string;
	year: number;
	host: string[];
	chair: Cited<string> | null;
	viceChair: Cited<string> | null;
	electedYear: number;
	electedChair: Cited<string> | null;
	electedViceChair: Cited<string> | null;
	conferenceCite: string;
	/** Link to the sentence announcing the next conference, if any. */
	nextConferenceCite: string | null;
	awards: AwardFact[];
	html: string;
	text: string;
	/** Normalised quote → anchor id. */
	anchors: Map<string, string>;
	/** Boards named in front matter or found in the body by their name variants. */
	mentions: string[];
	/** Sort key: conference start, else the year after the reviewed year. */
	sortKey: string;
	prev: string | null;
	next: string | null;
}

/** One row of a bloc's year-by-year timeline; a year without articles is a gap. */
export interface TimelineYear {
	year: number;
	articles: string[];
	chair: RotationEntry | null;
	viceChair: RotationEntry | null;
	gap: boolean;
}

export interface ChairRow {
	bloc: string;
	blocName: string;
	year: number;
	role: Role;
	unit: string;
	unitName: string;
	sources: string[];
	cites: string[];
}

export interface AwardRow {
	bloc: string;
	blocName: string;
	year: number;
	award: AwardFact['kind'];
	awardName: string;
	unit: string | null;
	unitName: string | null;
	count: number | null;
	status: 'proposed' | 'conferred';
	by: string | null;
	period: string | null;
	sources: string[];
	cite: string;
}

export interface Archive {
	units: Map<string, Unit>;
	blocs: Map<string, Bloc>;
	articles: Map<string, Article>;
	/** Articles newest first. */
	articleList: Article[];
	/** Per bloc: timeline rows, oldest first. */
	timelines: Map<string, TimelineYear[]>;
	chairs: ChairRow[];
	awards: AwardRow[];
	/** The indicator vocabulary the figures were checked against (empty when none was given). */
	vocabulary: Vocabulary;
	/** Every figure of every published article. */
	figures: Figure[];
	/** Per bloc: indicators × years. */
	indicatorTables: Map<string, IndicatorTable<Figure>>;
	/** Years that have any article, newest first. */
	years: number[];
	problems: Problem[];
}

/** Bloc ids that would collide with the award filter routes (`/khen-thuong/khoi/…`, `/khen-thuong/loai/…`, `/khen-thuong/nam/…`). */
const RESERVED_BLOC_IDS = new Set(['khoi', 'loai', 'nam']);

const CHAIR_TITLES = { khoi: ['Khối trưởng', 'Khối phó'], cum: ['Cụm trưởng', 'Cụm phó'] } as const;

/** Builds the archive; returns it with every problem found (the caller fails on fatal ones). */
export function buildArchive(input: ArchiveInput): Archive {
	const problems: Problem[] = [];
	const fail = (file: string, field: string | undefined, message: string, hint?: string, ruleId = 'reference') =>
		problems.push({ file, field, message, hint, ruleId, fatal: true });

	// Units and blocs first: everything else refers to them.
	const units = new Map<string, Unit>();
	for (const entry of input.units) {
		const latest = nameAt(entry.data.names, null);
		units.set(entry.id, { id: entry.id, file: entry.file, url: ROUTES.unit(entry.id), data: entry.data, name: latest.name, short: shortName(latest) });
	}
	const blocIds = new Set(input.blocs.map((b) => b.id));
	const checkUnit = (file: string, field: string, id: string) => {
		if (units.has(id)) return true;
		fail(file, field, `Ban quản lý \`${id}\` không tồn tại.`, `Dùng mã một tệp trong content/units/ (ví dụ \`${[...units.keys()][0] ?? 'hai-duong'}\`) hoặc thêm tệp content/units/${id}.yaml.`);
		return false;
	};
	const checkBloc = (file: string, field: string, id: string) => {
		if (blocIds.has(id)) return true;
		fail(file, field, `Khối thi đua \`${id}\` không tồn tại.`, `Dùng mã một tệp trong content/blocs/ (${[...blocIds].map((b) => `\`${b}\``).join(', ')}) hoặc thêm tệp content/blocs/${id}.yaml.`);
		return false;
	};

	const blocs = new Map<string, Bloc>();
	for (const entry of input.blocs) {
		if (RESERVED_BLOC_IDS.has(entry.id)) {
			fail(entry.file, undefined, `Mã khối \`${entry.id}\` trùng với một đường dẫn của trang (/khen-thuong/${entry.id}/…).`, `Đổi tên tệp, ví dụ \`khoi-${entry.id}.yaml\`.`, 'reserved-id');
		}
		const latest = nameAt(entry.data.names, null);
		const [chairTitle, viceChairTitle] = CHAIR_TITLES[entry.data.kind];
		const members = entry.data.members
			.map((m, i) => ({ unit: refId(m.unit), from: m.from, to: m.to, i }))
			.filter((m) => checkUnit(entry.file, `members[${m.i}].unit`, m.unit))
			.map(({ i: _i, ...m }) => m);
		const predecessors = entry.data.predecessors
			.map((p, i) => ({ bloc: refId(p.bloc), act: p.act, date: p.date, change: p.change, i }))
			.filter((p) => checkBloc(entry.file, `predecessors[${p.i}].bloc`, p.bloc))
			.map(({ i: _i, ...p }) => p);
		blocs.set(entry.id, {
			id: entry.id,
			file: entry.file,
			url: ROUTES.bloc(entry.id),
			data: entry.data,
			name: latest.name,
			short: latest.short,
			chairTitle,
			viceChairTitle,
			members,
			predecessors,
			successors: [],
		});
	}
	for (const bloc of blocs.values()) {
		for (const p of bloc.predecessors) blocs.get(p.bloc)?.successors.push({ bloc: bloc.id, act: p.act, date: p.date, change: p.change });
	}

	const mentionNames = new Map<string, string[]>();
	for (const unit of units.values()) mentionNames.set(unit.id, [...unit.data.names.filter(() => unit.data.officialNameKnown).map((n) => n.name), ...unit.data.variants]);
	const findMentions = createMentionMatcher(mentionNames);

	// Articles: references, body, anchors.
	const articles = new Map<string, Article>();
	const figures: Figure[] = [];
	const published = input.articles.filter((a) => input.includeDrafts || !a.data.draft);
	for (const entry of published) {
		const d = entry.data;
		const file = entry.file;
		const url = ROUTES.article(entry.id);
		const blocId = refId(d.bloc);
		checkBloc(file, 'bloc', blocId);
		const quotes: string[] = [];
		const want = (quote: string | undefined) => quote && quotes.push(quote);
		want(d.conference.quote);
		want(d.chair?.quote);
		want(d.viceChair?.quote);
		want(d.elected.chair?.quote);
		want(d.elected.viceChair?.quote);
		want(d.nextConference?.quote);
		d.awards.forEach((a) => want(a.quote));
		d.figures.forEach((f) => want(f.quote));

		if (input.sourceFiles && !input.sourceFiles.has(d.source.file)) {
			fail(file, 'source.file', `Tệp nguồn \`${d.source.file}\` không có trong content/sources/.`, 'Chép văn bản gốc vào content/sources/ với đúng tên này (trang /nguon/ công bố nó), hoặc sửa `source.file`.', 'source-file');
		}
		const replacement = (entry.body ?? '').indexOf('\uFFFD');
		if (replacement >= 0) {
			const line = (entry.body ?? '').slice(0, replacement).split('\n').length;
			problems.push({ file, line, column: 1, message: 'Văn bản có ký tự thay thế “\uFFFD”: tệp đã bị đọc sai bảng mã. Mở lại bản gốc, lưu dạng UTF-8 (hoặc dùng `npm run import`).', ruleId: 'encoding', fatal: true });
		}
		const body = (input.renderBody ?? renderArticleBody)(entry.body ?? '', { path: file, quotes });
		for (const message of body.messages) {
			problems.push({ file, message: message.reason, line: message.line ?? undefined, column: message.column ?? undefined, ruleId: message.ruleId ?? 'body', fatal: Boolean(message.fatal) });
		}
		const citeOf = (field: string, quote: string | undefined) => {
			if (!quote) return url;
			const anchor = body.anchors.get(normalizeText(quote));
			if (!anchor) {
				fail(file, field, `Câu trích \`${quote.slice(0, 80)}${quote.length > 80 ? '…' : ''}\` không có trong thân bài.`, 'Chép nguyên văn một câu (hoặc một đoạn câu) của thân bài vào trường `quote`.', 'quote');
				return url;
			}
			return `${url}#${anchor}`;
		};
		const role = (field: string, value: { unit: { id: string } | string; quote?: string } | null): Cited<string> | null => {
			if (!value) return null;
			const id = refId(value.unit);
			checkUnit(file, `${field}.unit`, id);
			return { value: id, cite: citeOf(`${field}.quote`, value.quote) };
		};

		const host = d.conference.host.map(refId);
		host.forEach((h, i) => checkUnit(file, `conference.host[${i}]`, h));
		(d.nextConference?.host ?? []).map(refId).forEach((h, i) => checkUnit(file, `nextConference.host[${i}]`, h));
		const awards: AwardFact[] = d.awards.map((a, i) => {
			const recipients = a.recipients.map(refId);
			recipients.forEach((r, j) => checkUnit(file, `awards[${i}].recipients[${j}]`, r));
			return { kind: a.kind, name: a.name, recipients, count: a.count, status: a.status, by: a.by, period: a.period, cite: citeOf(`awards[${i}].quote`, a.quote) };
		});
		for (const [i, f] of d.figures.entries()) {
			const cite = citeOf(`figures[${i}].quote`, f.quote);
			// `number-ambiguous` is the normal Vietnamese reading (`38.561`): not worth a message.
			for (const p of checkFigure(f, body.text, input.vocabulary).filter((x) => x.ruleId !== 'number-ambiguous' && x.ruleId !== 'quote-not-found')) {
				problems.push({ file, field: `figures[${i}].${p.field}`, message: p.message, hint: p.hint, ruleId: p.ruleId, fatal: p.fatal });
			}
			const resolved = resolveFigure(f, input.vocabulary);
			if (!resolved.ok) continue;
			const r = resolved.figure;
			figures.push({
				articleId: entry.id,
				bloc: blocId,
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
				quote: r.quote,
				estimate: r.estimate,
				asOf: r.asOf?.iso ?? null,
				note: r.note,
				cite,
			});
		}

		const chair = role('chair', d.chair);
		const viceChair = role('viceChair', d.viceChair);
		const electedChair = role('elected.chair', d.elected.chair);
		const electedViceChair = role('elected.viceChair', d.elected.viceChair);
		const frontMatterUnits = [...host, ...awards.flatMap((a) => a.recipients), ...[chair, viceChair, electedChair, electedViceChair].filter((r) => r !== null).map((r) => r.value)];
		const mentions = [...new Set([...frontMatterUnits, ...findMentions(body.text)])].filter((u) => units.has(u)).sort();
		const start = d.conference.start;
		articles.set(entry.id, {
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
			mentions,
			sortKey: start ? start.iso : `${d.year + 1}`,
			prev: null,
			next: null,
		});
	}

	// Same-bloc navigation, and conflicting conference facts between reports of one conference.
	const byBloc = new Map<string, Article[]>();
	for (const a of articles.values()) byBloc.set(a.bloc, [...(byBloc.get(a.bloc) ?? []), a]);
	for (const list of byBloc.values()) {
		list.sort((a, b) => a.year - b.year || a.sortKey.localeCompare(b.sortKey) || a.id.localeCompare(b.id));
		list.forEach((a, i) => {
			a.prev = list[i - 1]?.id ?? null;
			a.next = list[i + 1]?.id ?? null;
		});
		for (let i = 0; i < list.length; i++) {
			for (let j = i + 1; j < list.length; j++) {
				const a = list[i]!;
				const b = list[j]!;
				if (a.year !== b.year || a.data.event !== b.data.event) continue;
				const [sa, sb] = [a.data.conference.start, b.data.conference.start];
				if (sa && sb && comparePartialDates(sa, sb) !== 0 && sa.precision === sb.precision) {
					fail(b.file, 'conference.start', `Hai bài nói khác nhau về ngày hội nghị năm ${a.year}: \`${sa.iso}\` (${a.file}) và \`${sb.iso}\` (${b.file}).`, 'Đối chiếu với nguồn và sửa bài sai; nếu nguồn thật sự khác nhau, ghi rõ ở `conference.note` và để `uncertain: true` ở cả hai bài sau khi thống nhất ngày.', 'conflict');
				}
			}
		}
	}

	// Rotation, timelines and the chairs export.
	const timelines = new Map<string, TimelineYear[]>();
	const chairs: ChairRow[] = [];
	for (const bloc of blocs.values()) {
		const list = byBloc.get(bloc.id) ?? [];
		const statements: RoleStatement[] = [];
		const push = (article: Article, year: number, role: Role, basis: RoleStatement['basis'], fact: Cited<string> | null) => {
			if (fact) statements.push({ year, role, unit: fact.value, basis, article: article.id, file: article.file, cite: fact.cite });
		};
		for (const a of list) {
			push(a, a.year, 'chair', 'stated', a.chair);
			push(a, a.year, 'vice-chair', 'stated', a.viceChair);
			push(a, a.electedYear, 'chair', 'elected', a.electedChair);
			push(a, a.electedYear, 'vice-chair', 'elected', a.electedViceChair);
		}
		const rotation = deriveRotation(statements);
		for (const c of rotation.conflicts) {
			const detail = c.statements.map((s) => `\`${s.unit}\` (${s.file}, ${s.basis === 'elected' ? 'bầu cho năm sau' : 'nêu trong năm'})`).join(' và ');
			fail(c.statements.at(-1)!.file, c.role === 'chair' ? 'chair' : 'viceChair', `Các bài mâu thuẫn về ${c.role === 'chair' ? bloc.chairTitle : bloc.viceChairTitle} năm ${c.year} của ${bloc.short}: ${detail}.`, 'Đối chiếu với nguồn rồi sửa bài sai. Kho lưu trữ không tự chọn một bên.', 'conflict');
		}
		const years = yearSpan([...list.map((a) => a.year), ...rotation.entries.map((e) => e.year), ...(bloc.data.from ? [bloc.data.from] : []), ...(bloc.data.to ? [bloc.data.to] : [])]);
		timelines.set(
			bloc.id,
			years.map((year) => {
				const ids = list.filter((a) => a.year === year).map((a) => a.id);
				const chair = rotation.entries.find((e) => e.year === year && e.role === 'chair') ?? null;
				const viceChair = rotation.entries.find((e) => e.year === year && e.role === 'vice-chair') ?? null;
				return { year, articles: ids, chair, viceChair, gap: ids.length === 0 && !chair && !viceChair };
			}),
		);
		for (const e of rotation.entries) {
			chairs.push({
				bloc: bloc.id,
				blocName: nameAt(bloc.data.names, e.year).name,
				year: e.year,
				role: e.role,
				unit: e.unit,
				unitName: unitNameAt(units, e.unit, e.year),
				sources: [...new Set(e.sources.map((s) => s.article))],
				cites: [...new Set(e.sources.map((s) => s.cite))],
			});
		}
	}

	chairs.sort((a, b) => a.bloc.localeCompare(b.bloc) || a.year - b.year || (a.role === b.role ? 0 : a.role === 'chair' ? -1 : 1));
	const articleList = [...articles.values()].sort((a, b) => b.sortKey.localeCompare(a.sortKey) || a.id.localeCompare(b.id));
	const awards: AwardRow[] = [];
	for (const a of [...articleList].reverse()) {
		const bloc = blocs.get(a.bloc);
		const blocName = bloc ? nameAt(bloc.data.names, a.year).name : a.bloc;
		for (const award of a.awards) {
			const base = { bloc: a.bloc, blocName, year: a.year, award: award.kind, awardName: award.name, status: award.status, by: award.by, period: award.period ?? null, sources: [a.id], cite: award.cite };
			if (award.recipients.length === 0) awards.push({ ...base, unit: null, unitName: null, count: award.count ?? null });
			for (const unit of award.recipients) awards.push({ ...base, unit, unitName: unitNameAt(units, unit, a.year), count: null });
		}
	}

	// Indicators: one table per bloc; two articles giving different values for one cell fail.
	const indicatorTables = new Map<string, IndicatorTable<Figure>>();
	for (const bloc of blocs.values()) indicatorTables.set(bloc.id, indicatorTable(figures, bloc.id, { vocabulary: input.vocabulary }));
	for (const conflict of findConflicts(figures, input.vocabulary)) {
		const sources = conflict.values.flatMap((v) => v.sources);
		fail(articles.get(sources.at(-1)!.articleId)!.file, 'figures', conflict.message, `Đối chiếu với nguồn (${[...new Set(sources.map((f) => articles.get(f.articleId)!.file))].join(', ')}) và sửa con số sai; kho lưu trữ không tự chọn.`, 'conflict');
	}

	const years = [...new Set(articleList.map((a) => a.year))].sort((a, b) => b - a);
	return { units, blocs, articles, articleList, timelines, chairs, awards, vocabulary: input.vocabulary ?? new Map(), figures, indicatorTables, years, problems };
}

/** The name a board had in `year`, or its id when it is unknown to the archive. */
export function unitNameAt(units: ReadonlyMap<string, Unit>, id: string, year: number | null): string {
	const unit = units.get(id);
	return unit ? nameAt(unit.data.names, year).name : id;
}

/** The short name a board had in `year`. */
export function unitShortAt(units: ReadonlyMap<string, Unit>, id: string, year: number | null): string {
	const unit = units.get(id);
	return unit ? shortName(nameAt(unit.data.names, year)) : id;
}

/** Formats problems as `file:line:col: field: message (hint)` lines, like remark-lint. */
export function formatProblems(problems: readonly Problem[]): string {
	return problems
		.map((p) => {
			const place = p.line ? `${p.file}:${p.line}:${p.column ?? 1}` : p.file;
			return `${place}: ${p.field ? `${p.field}: ` : ''}${p.message}${p.hint ? `\n    → ${p.hint}` : ''}`;
		})
		.join('\n');
}
