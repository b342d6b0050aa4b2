/** An article page's data: the article, its bloc, its neighbours and its facts panel, every board resolved. */
import type { Archive, Article, Bloc } from '../archive/index.ts';
import { AWARD_KIND_LABELS, EVENT_LABELS, UNKNOWN } from '../site/labels.ts';
import { formatDateRange } from '../text/partial-date.ts';
import { refId } from '../../schemas/common.ts';
import { unitRef, type UnitRef } from './refs.ts';

/** A fact naming a board, with its sentence. */
export interface CitedUnit {
	unit: UnitRef;
	cite: string;
}

/** The facts panel: what the front matter states, boards named as in the relevant year. */
export interface ArticleFacts {
	/** The conference date as text, or `null` when unknown. */
	when: string | null;
	hosts: UnitRef[];
	chair: CitedUnit | null;
	viceChair: CitedUnit | null;
	electedChair: CitedUnit | null;
	electedViceChair: CitedUnit | null;
	nextConference: { hosts: UnitRef[]; place: string | null; cite: string | null } | null;
	awards: Array<{
		name: string;
		status: 'proposed' | 'conferred';
		/** The kind's label when the printed name differs from it (read to screen readers). */
		kindLabel: string | null;
		period: string | null;
		recipients: UnitRef[];
		count: number | null;
		by: string | null;
		cite: string;
	}>;
}

/** Everything an article page shows besides the article itself. */
export interface ArticlePage {
	article: Article;
	bloc: Bloc;
	prev: { url: string; year: number; title: string } | null;
	next: { url: string; year: number; title: string } | null;
	eventLabel: string;
	/** Conference date as text (`chưa rõ` when unknown). */
	when: string;
	description: string;
	/** Search sort key: the conference's ISO date, else the year after the reviewed year. */
	date: string;
	facts: ArticleFacts;
}

/** The facts panel of an article. */
export function articleFacts(archive: Pick<Archive, 'units'>, article: Article): ArticleFacts {
	const y = article.year;
	const c = article.data.conference;
	const ref = (id: string, year: number) => unitRef(archive.units, id, year);
	const cited = (fact: Article['chair'], year: number): CitedUnit | null => (fact ? { unit: ref(fact.value, year), cite: fact.cite } : null);
	const next = article.data.nextConference;
	return {
		when: c.start ? formatDateRange(c.start, c.end) : null,
		hosts: article.host.map((h) => ref(h, y)),
		chair: cited(article.chair, y),
		viceChair: cited(article.viceChair, y),
		electedChair: cited(article.electedChair, article.electedYear),
		electedViceChair: cited(article.electedViceChair, article.electedYear),
		nextConference: next ? { hosts: next.host.map((h) => ref(refId(h), article.electedYear)), place: next.place ?? null, cite: article.nextConferenceCite } : null,
		awards: article.awards.map((a) => ({
			name: a.name,
			status: a.status,
			kindLabel: a.kind !== 'other' && a.name !== AWARD_KIND_LABELS[a.kind] ? AWARD_KIND_LABELS[a.kind] : null,
			period: a.period ?? null,
			recipients: a.recipients.map((r) => ref(r, y)),
			count: a.count ?? null,
			by: a.by,
			cite: a.cite,
		})),
	};
}

/** One article page's data. */
export function articlePage(archive: Archive, article: Article): ArticlePage {
	const bloc = archive.blocs.get(article.bloc)!;
	const neighbour = (id: string | null) => {
		const a = id ? archive.articles.get(id) : undefined;
		return a ? { url: a.url, year: a.year, title: a.title } : null;
	};
	const c = article.data.conference;
	const eventLabel = EVENT_LABELS[article.data.event];
	const when = formatDateRange(c.start, c.end);
	return {
		article,
		bloc,
		prev: neighbour(article.prev),
		next: neighbour(article.next),
		eventLabel,
		when,
		description: `${eventLabel} năm ${article.year} của ${bloc.name}. Thời gian: ${when}; địa điểm: ${c.place ?? UNKNOWN}.`,
		date: c.start?.iso ?? String(article.year + 1),
		facts: articleFacts(archive, article),
	};
}
