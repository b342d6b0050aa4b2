/**
 * Writes the articles of the synthetic archive: a Vietnamese body (fact sentences written from
 * the plan, filler paragraphs recombined from the seed articles) and front matter whose every
 * quote is copied from that body, so the build's quote, figure and conflict checks pass.
 */
import { createRandom, type Random } from './random.ts';
import { MINISTRY, hostOf, unitNameAt, type Plan, type PlanBloc, type PlanConference, type PlanDate } from './plan.ts';

/** One article, ready to be written as `articles/<id>.md` and `sources/<source>.txt`. */
export interface SyntheticArticle {
	id: string;
	/** Front matter, as plain data (the schema's input shape). */
	data: Record<string, unknown>;
	body: string;
	/** The source text published at `/nguon/<file>`. */
	source: { file: string; text: string };
}

/** How a report covers the conference: the main report, a second publisher's, or the mid-year review. */
export type ReportKind = 'main' | 'second' | 'so-ket';

const PUBLISHERS = ['Cổng thông tin điện tử Bộ Kế hoạch và Đầu tư', 'Báo Đầu tư', 'Tạp chí Khu công nghiệp Việt Nam', 'Báo Kinh tế và Đô thị', 'Cổng thông tin điện tử tỉnh'];

function dateText(date: PlanDate): string | null {
	if (date.precision === 'unknown') return null;
	if (date.precision === 'month') return `Trong tháng ${date.month}/${date.year}`;
	return date.days === 2 ? `Trong hai ngày ${date.day}-${date.day + 1}/${date.month}/${date.year}` : `Ngày ${date.day}/${date.month}/${date.year}`;
}

function dateFields(date: PlanDate): { start: string | null; end: string | null } {
	const pad = (n: number) => String(n).padStart(2, '0');
	if (date.precision === 'unknown') return { start: null, end: null };
	if (date.precision === 'month') return { start: `${date.year}-${pad(date.month)}`, end: null };
	const start = `${date.year}-${pad(date.month)}-${pad(date.day)}`;
	return { start, end: date.days === 2 ? `${date.year}-${pad(date.month)}-${pad(date.day + 1)}` : null };
}

/** Replaces the years of a seed paragraph with the article's year, so a filler reads as of its time. */
function filler(random: Random, fillers: readonly string[], year: number): string {
	return random.pick(fillers).replace(/\b(19|20)\d\d\b/g, String(year));
}

/** Joins names the Vietnamese way: `A`, `A và B`, `A, B và C`. */
function joinNames(names: readonly string[]): string {
	return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} và ${names.at(-1)}`;
}

/** Writes one article reporting `conference`. */
export function writeArticle(plan: Plan, bloc: PlanBloc, conference: PlanConference, report: ReportKind, fillers: readonly string[]): SyntheticArticle {
	const { year, event } = conference;
	const random = createRandom(plan.seed, `article:${bloc.id}:${year}:${report}`);
	const id = `${year}-${bloc.id}-${report === 'so-ket' ? 'so-ket' : report === 'second' ? 'tong-ket-2' : 'tong-ket'}`;
	const name = (unit: string) => {
		const u = plan.units.get(unit)!;
		// Bodies use the official name or a variant, as real reports do.
		return random.chance(0.7) ? unitNameAt(u, year).name : random.pick(u.variants);
	};
	const chairWord = bloc.kind === 'khoi' ? 'Khối trưởng' : 'Cụm trưởng';
	const viceWord = bloc.kind === 'khoi' ? 'Khối phó' : 'Cụm phó';
	const blocWord = bloc.kind === 'khoi' ? 'Khối thi đua' : 'Cụm thi đua';
	const paragraphs: string[] = [];
	const data: Record<string, unknown> = {};
	const fill = (n: number) => {
		for (let i = 0; i < n; i++) paragraphs.push(filler(random, fillers, year));
	};

	// The conference: date, place, host.
	const when = dateText(conference.date);
	const what = event === 'tong-ket' ? `Hội nghị tổng kết công tác thi đua, khen thưởng năm ${year} và phát động phong trào thi đua năm ${year + 1}` : `Hội nghị sơ kết công tác thi đua 6 tháng đầu năm ${year}`;
	const opening = `${when ? `${when}, ` : ''}${conference.place ? `${when ? 'tại' : 'Tại'} ${conference.place}, ` : ''}${bloc.name} đã tổ chức ${what}`;
	const hostSentence = `${name(conference.host)} đăng cai tổ chức Hội nghị`;
	paragraphs.push(`${opening[0]!.toUpperCase()}${opening.slice(1)}. ${hostSentence}.`);
	const officialLine = `Tham dự Hội nghị về phía ${MINISTRY} có ${conference.official.honorific} ${conference.official.name} - ${conference.official.title.replace(` (${MINISTRY})`, '')}; cùng đại diện lãnh đạo các đơn vị thành viên trong ${blocWord}.`;
	paragraphs.push(officialLine);
	const chairUnit = plan.units.get(bloc.chair.get(year)!)!;
	data.title =
		event === 'so-ket'
			? `${bloc.short} sơ kết công tác thi đua 6 tháng đầu năm ${year}`
			: report === 'second'
				? `${bloc.short}: ký kết giao ước thi đua năm ${year + 1}`
				: `Hội nghị tổng kết công tác thi đua, khen thưởng năm ${year} của ${bloc.short}`;
	data.bloc = bloc.id;
	data.year = year;
	data.event = event;
	const { start, end } = dateFields(conference.date);
	data.conference = { start, end, place: conference.place, host: [conference.host], quote: `${opening[0]!.toUpperCase()}${opening.slice(1)}. ${hostSentence}` };
	fill(report === 'second' ? 1 : 2);

	// The chair speaks for the bloc.
	if (random.chance(0.75)) {
		const chairName = name(chairUnit.id);
		const quote = `${chairName} - ${chairWord} ${blocWord} năm ${year}`;
		paragraphs.push(`Phát biểu khai mạc Hội nghị, ${chairUnit.head.honorific} ${chairUnit.head.name}, Trưởng ban, đại diện ${quote} cho biết các đơn vị trong ${blocWord} đã nỗ lực khắc phục khó khăn, triển khai hiệu quả các phong trào thi đua.`);
		data.chair = { unit: chairUnit.id, quote };
	}
	const viceId = bloc.viceChair.get(year)!;
	if (random.chance(0.5)) {
		const quote = `${name(viceId)} - ${viceWord} ${blocWord} năm ${year}`;
		paragraphs.push(`Đại diện ${quote} đã trình bày báo cáo tổng kết công tác thi đua, khen thưởng của ${blocWord}.`);
		data.viceChair = { unit: viceId, quote };
	}

	// Figures: the main report gives them all, a second report a few.
	const clauses = report === 'second' ? conference.clauses.slice(0, 2) : conference.clauses;
	const figures: Array<Record<string, unknown>> = [];
	if (clauses.length > 0) {
		paragraphs.push(event === 'tong-ket' ? '## Những kết quả nổi bật' : '## Kết quả 6 tháng đầu năm');
		const sentences = clauses.map((c, i) => `${i === 0 ? `Theo báo cáo của ${blocWord}, năm ${year} ` : 'Bên cạnh đó, '}${c.clause}.`);
		for (let i = 0; i < sentences.length; i += 3) paragraphs.push(sentences.slice(i, i + 3).join(' '));
		for (const c of clauses) {
			for (const f of c.figures) {
				const fig: Record<string, unknown> = { key: f.key, printed: f.printed, quote: c.clause };
				if (f.scope !== 'total') fig.scope = f.scope;
				if (f.measure !== 'value') fig.measure = f.measure;
				if (f.asOf) fig.asOf = f.asOf;
				figures.push(fig);
			}
		}
		fill(report === 'second' ? 1 : 2);
	}
	paragraphs.push(`_Ảnh: Quang cảnh ${event === 'tong-ket' ? 'Hội nghị tổng kết' : 'Hội nghị sơ kết'} năm ${year} của ${bloc.short}_`);

	// Awards.
	const awards: Array<Record<string, unknown>> = [];
	if (conference.awards.length > 0) {
		const parts = conference.awards.map((a) => {
			const who = a.recipients.length > 0 ? joinNames(a.recipients.map(name)) : `${a.count} đơn vị`;
			return { award: a, text: `${a.status === 'proposed' ? 'tặng' : 'trao tặng'} ${a.name} cho ${who}` };
		});
		const lead = conference.awards[0]!.status === 'proposed' ? `Ghi nhận thành tích năm ${year}, các thành viên ${blocWord} đã nhất trí đề nghị Bộ trưởng ${MINISTRY} ` : `Tại Hội nghị, thừa ủy quyền của Bộ trưởng ${MINISTRY}, lãnh đạo Vụ Thi đua - Khen thưởng và Truyền thông đã `;
		paragraphs.push(`${lead}${parts.map((p) => p.text).join('; ')}.`);
		for (const p of parts) {
			const award: Record<string, unknown> = { kind: p.award.kind, name: p.award.name, recipients: p.award.recipients, status: p.award.status, by: `Bộ trưởng ${MINISTRY}`, quote: p.text };
			if (p.award.count !== undefined) award.count = p.award.count;
			awards.push(award);
		}
	}

	// Elections and the next conference (year-end reviews only).
	if (event === 'tong-ket') {
		const next = year + 1;
		paragraphs.push(`## Ký kết giao ước thi đua năm ${next}`);
		const sentences = [`Tại Hội nghị, các đơn vị thành viên đã ký kết giao ước thi đua năm ${next}.`];
		const elected: Record<string, unknown> = {};
		if (random.chance(0.85)) {
			const chairQuote = `bầu ${name(bloc.chair.get(next)!)} làm ${chairWord} ${blocWord} năm ${next}`;
			const viceText = random.chance(0.8) ? `${name(bloc.viceChair.get(next)!)} làm ${viceWord} ${blocWord} năm ${next}` : null;
			sentences.push(`Các thành viên ${blocWord} đã tín nhiệm ${chairQuote}${viceText ? ` và ${viceText}` : ''}.`);
			elected.chair = { unit: bloc.chair.get(next)!, quote: chairQuote };
			if (viceText) elected.viceChair = { unit: bloc.viceChair.get(next)!, quote: viceText };
			data.elected = elected;
		}
		if (year < plan.lastYear && random.chance(0.5)) {
			const nextHost = hostOf(plan, bloc, next, 'tong-ket');
			const place = `tỉnh ${plan.units.get(nextHost)!.place}`;
			const quote = `Hội nghị tổng kết công tác thi đua năm ${next} của ${blocWord} sẽ do ${name(nextHost)} đăng cai và được tổ chức tại ${place}`;
			sentences.push(`${quote}.`);
			data.nextConference = { host: [nextHost], place, quote };
		}
		paragraphs.push(sentences.join(' '));
	}
	fill(1);

	data.awards = awards;
	data.officials = [{ name: conference.official.name, title: conference.official.title, role: 'phát biểu' }];
	if (data.chair) (data.officials as unknown[]).push({ name: chairUnit.head.name, title: `Trưởng ban, ${name(chairUnit.id)}`, role: 'chủ trì Hội nghị' });
	data.figures = figures;
	const publisher = report === 'second' ? random.pick(PUBLISHERS.slice(1)) : PUBLISHERS[0]!;
	const file = `${id}.txt`;
	data.source = { publisher, title: data.title, author: random.chance(0.5) ? `${random.pick(['Minh', 'Hà', 'Lan', 'Quang', 'Thu'])} ${random.pick(['Anh', 'Hương', 'Tuấn', 'Trang'])}` : null, file, condition: 'clean' };
	const body = `${paragraphs.join('\n\n')}\n`;
	return { id, data, body, source: { file, text: `${data.title as string}\n\n${body.replace(/^## /gm, '').replace(/^_(.*)_$/gm, '$1')}` } };
}
