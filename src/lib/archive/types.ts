/**
 * Types of the derived archive, shared by the derivation's phases, the views and the pages.
 */
import type { renderArticleBody } from './article-body.ts';
import type { VFile } from 'vfile';
import type { Point } from 'unist';
import type { ArticleData } from '../../schemas/article.ts';
import type { BlocData } from '../../schemas/bloc.ts';
import type { UnitData } from '../../schemas/unit.ts';
import type { FigureRecord, IndicatorTable, Vocabulary } from '../indicators/figures.ts';
import type { PartialDate } from '../text/partial-date.ts';
import type { Scale } from '../text/vn-number.ts';
import type { Role, RotationDispute, RotationEntry } from './rotation.ts';

/** One content file as loaded: id, path relative to the project, parsed data, Markdown body. */
export interface SourceEntry<T> {
	id: string;
	file: string;
	data: T;
	body?: string;
	/** The file's diagnostics: messages of the derivation are added to it (a new VFile when absent). */
	vfile?: VFile;
	/** Where a field (`awards[0].recipients[1]`) is written in the file, when the caller parsed it with positions. */
	locate?: (field: string) => Point | undefined;
	/** Line of the body's first line in the file (default 1: positions relative to the body). */
	bodyLine?: number;
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
	/** File names present in `content/anh/`; when given, every `<Hinh src>` of an MDX article must be one of them. */
	imageFiles?: ReadonlySet<string>;
	/** Renders a body; `renderArticleBody` unless the caller caches it (src/data/body-cache.ts). */
	renderBody?: typeof renderArticleBody;
}

/** A figure of an article, resolved, with the link to its sentence. */
export interface Figure extends FigureRecord {
	label: string;
	/** Scale word the value was printed with (`triệu` in `5.056,1 triệu USD`), or `null`. */
	scale: Scale | null;
	/** Decimals printed (1 in `5.056,1 triệu USD`), to show the value with the same precision. */
	fractionDigits: number;
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
	/** Who served (or, failing a statement, who was elected), with who was elected when it differs. */
	chair: RotationEntry | null;
	viceChair: RotationEntry | null;
	/** Roles of the year the sources disagree about, recorded in the bloc file: every value, none picked. */
	disputes: RotationDispute[];
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
	/** One VFile per content file (blocs, units, articles, in input order) with the derivation's messages; fatal ones fail the build. */
	diagnostics: VFile[];
}

