/**
 * The synthetic archive's facts, before any text is written: blocs, boards (with renames),
 * each bloc's chair rotation, and one conference per bloc and year with its date, place, host,
 * awards and figures. Every article that reports a conference reads the same facts, so articles
 * never disagree: the chair elected in year Y−1 is the chair stated in Y, two reports of one
 * conference give one date and the same figures, and the next conference's host is that
 * conference's host.
 */
import { slugify } from '../text/slug.ts';
import { createRandom, type Random } from './random.ts';
import { personName, placeNames } from './vietnamese.ts';

/** One official name of a board, as in `content/units/*.yaml`. */
export interface PlanName {
	name: string;
	short: string;
	from?: number;
	to?: number;
}

export interface PlanUnit {
	id: string;
	place: string;
	province: string;
	zoneKinds: Array<'KCN' | 'KCX' | 'KKT' | 'KCNC'>;
	names: PlanName[];
	/** Other spellings used in bodies; every one is also listed in the unit file. */
	variants: string[];
	/** The head of the board (Trưởng ban), who speaks for it. */
	head: { name: string; honorific: 'ông' | 'bà' };
}

export interface PlanBloc {
	id: string;
	kind: 'khoi' | 'cum';
	name: string;
	short: string;
	region: string;
	from: number;
	members: string[];
	/** Chair and vice-chair per year. */
	chair: Map<number, string>;
	viceChair: Map<number, string>;
	predecessor?: { bloc: string; act: string; date: string };
}

/** A conference date as precise as the reports give it. */
export type PlanDate =
	| { precision: 'day'; year: number; month: number; day: number; days: 1 | 2 }
	| { precision: 'month'; year: number; month: number }
	| { precision: 'unknown' };

export interface PlanAward {
	kind: 'flag' | 'merit';
	name: string;
	recipients: string[];
	count?: number;
	status: 'proposed' | 'conferred';
}

/** A figure: its indicator key and scope, the clause that states it, and the value as printed. */
export interface PlanFigure {
	key: string;
	scope: 'total' | 'FDI' | 'DDI';
	measure: 'value' | 'percent-of-plan' | 'growth-percent';
	printed: string;
	asOf?: string;
}

/** A sentence of figures: the clause quoted by every figure it states. */
export interface PlanFigureClause {
	clause: string;
	figures: PlanFigure[];
}

export interface PlanConference {
	bloc: string;
	year: number;
	event: 'tong-ket' | 'so-ket';
	date: PlanDate;
	/** `tỉnh X`, or null when the reports do not say. */
	place: string | null;
	host: string;
	awards: PlanAward[];
	clauses: PlanFigureClause[];
	/** A ministry official present, with the title held then. */
	official: { name: string; honorific: 'ông' | 'bà'; title: string };
}

export interface Plan {
	seed: number;
	firstYear: number;
	lastYear: number;
	units: Map<string, PlanUnit>;
	blocs: PlanBloc[];
}

export const MINISTRY = 'Bộ Kế hoạch và Đầu tư';

/** A board's name in `year` (renamed boards change name once). */
export function unitNameAt(unit: PlanUnit, year: number): PlanName {
	return unit.names.find((n) => (n.from ?? -Infinity) <= year && year <= (n.to ?? Infinity)) ?? unit.names.at(-1)!;
}

function planUnit(random: Random, place: string): PlanUnit {
	const id = `bql-${slugify(place)}`;
	const head = personName(random);
	const roll = random.next();
	if (roll < 0.25) {
		return {
			id,
			place,
			province: place,
			zoneKinds: ['KKT', 'KCN'],
			names: [{ name: `Ban Quản lý Khu kinh tế tỉnh ${place}`, short: `BQL KKT ${place}` }],
			variants: [`Ban Quản lý KKT tỉnh ${place}`, `BQL KKT ${place}`],
			head,
		};
	}
	if (roll < 0.4) {
		return {
			id,
			place,
			province: place,
			zoneKinds: ['KCN', 'KCX'],
			names: [{ name: `Ban Quản lý các khu công nghiệp và chế xuất ${place}`, short: `BQL các KCN và KCX ${place}` }],
			variants: [`Ban Quản lý các KCN và CX ${place}`, `BQL các KCN và KCX ${place}`],
			head,
		};
	}
	const old = { name: `Ban Quản lý các khu công nghiệp tỉnh ${place}`, short: `BQL các KCN ${place}` };
	const variants = [`Ban Quản lý các KCN tỉnh ${place}`, `BQL các KCN ${place}`];
	if (random.chance(0.2)) {
		// Renamed once when the province set up an economic zone.
		const year = random.int(2005, 2020);
		return {
			id,
			place,
			province: place,
			zoneKinds: ['KCN', 'KKT'],
			names: [
				{ ...old, to: year - 1 },
				{ name: `Ban Quản lý các khu công nghiệp và khu kinh tế tỉnh ${place}`, short: `BQL các KCN và KKT ${place}`, from: year },
			],
			variants: [...variants, `Ban Quản lý các KCN và KKT tỉnh ${place}`],
			head,
		};
	}
	return { id, place, province: place, zoneKinds: ['KCN'], names: [old], variants, head };
}

/** Expected articles per bloc and year (one review, sometimes a second report and a mid-year review). */
export const ARTICLES_PER_BLOC_YEAR = 1.6;

/**
 * Plans enough blocs for `articles` articles over `firstYear`–`lastYear` (reviewed years).
 * Blocs start in different years, have 6–10 member boards each and rotate the chair.
 */
export function planArchive(options: { articles: number; seed: number; firstYear: number; lastYear: number; reservedPlaces?: readonly string[] }): Plan {
	const { seed, firstYear, lastYear } = options;
	const random = createRandom(seed, 'plan');
	const span = lastYear - firstYear + 1;
	// Upper bound on blocs: every bloc starts at the latest possible year and has the fewest articles.
	const maxBlocs = Math.ceil(options.articles / (Math.ceil(span / 2) * 1)) + 2;
	const places = placeNames(random, maxBlocs * 11, options.reservedPlaces);
	let cursor = 0;
	const units = new Map<string, PlanUnit>();
	const blocs: PlanBloc[] = [];
	let expected = 0;
	while (expected < options.articles) {
		const b = blocs.length;
		const r = createRandom(seed, `bloc:${b}`);
		const region = places[cursor++]!;
		const kind = r.chance(0.2) ? 'cum' : 'khoi';
		const word = kind === 'khoi' ? 'Khối' : 'Cụm';
		const from = r.chance(0.6) ? firstYear : r.int(firstYear + 1, Math.max(firstYear + 1, lastYear - Math.floor(span / 2)));
		const members: string[] = [];
		for (let i = r.int(6, 10); i > 0; i--) {
			const unit = planUnit(r, places[cursor++]!);
			units.set(unit.id, unit);
			members.push(unit.id);
		}
		const offset = r.int(0, members.length - 1);
		const chair = new Map<number, string>();
		const viceChair = new Map<number, string>();
		for (let year = from; year <= lastYear + 1; year++) {
			chair.set(year, members[(year + offset) % members.length]!);
			viceChair.set(year, members[(year + offset + 3) % members.length]!);
		}
		const bloc: PlanBloc = {
			id: `${kind}-${slugify(region)}`,
			kind,
			name: `${word} thi đua Ban Quản lý các KCN, KKT vùng ${region}`,
			short: `${word} vùng ${region}`,
			region: `Vùng ${region}`,
			from,
			members,
			chair,
			viceChair,
		};
		const previous = blocs.at(-1);
		if (previous && b % 10 === 5) bloc.predecessor = { bloc: previous.id, act: `Thông tư số ${String(r.int(1, 20)).padStart(2, '0')}/${from}/TT-BKHĐT`, date: `${from - 1}-12-${r.int(10, 28)}` };
		blocs.push(bloc);
		expected += (lastYear - from + 1) * ARTICLES_PER_BLOC_YEAR;
	}
	return { seed, firstYear, lastYear, units, blocs };
}

const OFFICIAL_TITLES = [
	`Vụ trưởng Vụ Quản lý các khu kinh tế (${MINISTRY})`,
	`Phó Vụ trưởng Vụ Quản lý các khu kinh tế (${MINISTRY})`,
	`Phó Vụ trưởng Vụ Thi đua - Khen thưởng và Truyền thông (${MINISTRY})`,
];

/** `5.056,1`-style money with one decimal, in a range that grows with the year. */
function money(random: Random, low: number, high: number, growth: number): number {
	return Math.round(random.int(low, high) * growth * 10 + random.int(1, 9)) / 10;
}

/** The board that hosts a conference: usually, not always, that year's chair. */
export function hostOf(plan: Plan, bloc: PlanBloc, year: number, event: 'tong-ket' | 'so-ket'): string {
	const random = createRandom(plan.seed, `host:${bloc.id}:${year}:${event}`);
	return random.chance(0.7) ? bloc.chair.get(year)! : random.pick(bloc.members);
}

/**
 * The facts of one conference of `bloc` reviewing `year`. Deterministic per (seed, bloc, year,
 * event): every article reporting it gets the same facts.
 */
export function planConference(plan: Plan, bloc: PlanBloc, year: number, event: 'tong-ket' | 'so-ket', format: (value: number, decimals: number) => string): PlanConference {
	const random = createRandom(plan.seed, `conf:${bloc.id}:${year}:${event}`);
	const host = hostOf(plan, bloc, year, event);
	const roll = random.next();
	let date: PlanDate;
	if (event === 'so-ket') date = roll < 0.85 ? { precision: 'day', year, month: random.int(7, 8), day: random.int(3, 27), days: 1 } : { precision: 'month', year, month: 7 };
	else if (roll < 0.8) date = { precision: 'day', year: year + 1, month: random.int(1, 2), day: random.int(5, 26), days: random.chance(0.2) ? 2 : 1 };
	else if (roll < 0.92) date = { precision: 'month', year: year + 1, month: random.int(1, 2) };
	else date = { precision: 'unknown' };
	const hostPlace = plan.units.get(host)!.place;
	const place = date.precision === 'unknown' && random.chance(0.5) ? null : `tỉnh ${hostPlace}`;
	const growth = 1 + (year - plan.firstYear) * 0.06;

	const awards: PlanAward[] = [];
	const clauses: PlanFigureClause[] = [];
	if (event === 'tong-ket') {
		const [a, b, c, d, e] = random.sample(bloc.members, 5) as [string, string, string, string, string];
		const status = random.chance(0.8) ? 'proposed' : 'conferred';
		awards.push({ kind: 'flag', name: 'Cờ thi đua', recipients: random.chance(0.5) ? [a, b] : [a], status });
		if (random.chance(0.15)) awards.push({ kind: 'merit', name: 'Bằng khen', recipients: [], count: random.int(2, 5), status });
		else awards.push({ kind: 'merit', name: 'Bằng khen', recipients: random.chance(0.5) ? [c, d, e] : [c, d], status });

		const fdi = random.int(20, 400);
		const ddi = random.int(10, 200);
		clauses.push({
			clause: `các KCN, KKT trong Khối đã cấp mới Giấy chứng nhận đăng ký đầu tư cho ${fdi + ddi} dự án, gồm ${fdi} dự án có vốn đầu tư nước ngoài (FDI) và ${ddi} dự án đầu tư trong nước (DDI)`,
			figures: [
				{ key: 'projects-new', scope: 'total', measure: 'value', printed: `${fdi + ddi} dự án` },
				{ key: 'projects-new', scope: 'FDI', measure: 'value', printed: `${fdi} dự án` },
				{ key: 'projects-new', scope: 'DDI', measure: 'value', printed: `${ddi} dự án` },
			],
		});
		const capFdi = format(money(random, 300, 6000, growth), 1);
		const capDdi = format(money(random, 2000, 40000, growth), 1);
		clauses.push({
			clause: `tổng vốn đầu tư cấp mới và điều chỉnh tăng thêm trong năm của các dự án FDI là ${capFdi} triệu USD và dự án DDI là ${capDdi} tỷ đồng`,
			figures: [
				{ key: 'capital-new-and-added', scope: 'FDI', measure: 'value', printed: `${capFdi} triệu USD` },
				{ key: 'capital-new-and-added', scope: 'DDI', measure: 'value', printed: `${capDdi} tỷ đồng` },
			],
		});
		const revFdi = format(money(random, 5000, 90000, growth), 1);
		const revDdi = format(money(random, 20000, 300000, growth), 1);
		clauses.push({
			clause: `tổng doanh thu khối doanh nghiệp FDI đạt ${revFdi} triệu USD, khối doanh nghiệp DDI đạt ${revDdi} tỷ đồng`,
			figures: [
				{ key: 'revenue', scope: 'FDI', measure: 'value', printed: `${revFdi} triệu USD` },
				{ key: 'revenue', scope: 'DDI', measure: 'value', printed: `${revDdi} tỷ đồng` },
			],
		});
		const exp = format(money(random, 3000, 70000, growth), 1);
		const plan = `${format(random.int(950, 1300) / 10, 1)}%`;
		clauses.push({
			clause: `giá trị xuất khẩu khối doanh nghiệp FDI đạt ${exp} triệu USD, đạt ${plan} so với kế hoạch năm`,
			figures: [
				{ key: 'exports', scope: 'FDI', measure: 'value', printed: `${exp} triệu USD` },
				{ key: 'exports', scope: 'FDI', measure: 'percent-of-plan', printed: plan },
			],
		});
		const budget = format(money(random, 100, 3000, growth), 1);
		const budgetGrowth = `${format(random.int(10, 250) / 10, 1)}%`;
		clauses.push({
			clause: `nộp ngân sách nhà nước của khối doanh nghiệp FDI đạt ${budget} triệu USD, tăng ${budgetGrowth} so với cùng kỳ năm ${year - 1}`,
			figures: [
				{ key: 'state-budget', scope: 'FDI', measure: 'value', printed: `${budget} triệu USD` },
				{ key: 'state-budget', scope: 'FDI', measure: 'growth-percent', printed: budgetGrowth },
			],
		});
		const kcn = random.int(8, 60);
		const area = format(random.int(20000, 400000) / 10, 1);
		clauses.push({
			clause: `toàn Khối có ${kcn} KCN với tổng diện tích ${area} ha`,
			figures: [
				{ key: 'zones-kcn', scope: 'total', measure: 'value', printed: `${kcn} KCN` },
				{ key: 'zones-kcn-area', scope: 'total', measure: 'value', printed: `${area} ha` },
			],
		});
		const jobs = format(random.int(3000, 90000), 0);
		clauses.push({ clause: `các KCN, KKT trong Khối đã giải quyết việc làm cho ${jobs} lao động của các địa phương`, figures: [{ key: 'jobs-new', scope: 'total', measure: 'value', printed: `${jobs} lao động` }] });
		const day = random.int(10, 25);
		const workers = format(random.int(1_000_000, 3_000_000), 0);
		clauses.push({
			clause: `tính đến ngày ${day}/12/${year} các KCN, KKT trong Khối đã tạo việc làm cho ${workers} người lao động`,
			figures: [{ key: 'workers-total', scope: 'total', measure: 'value', printed: `${workers} người lao động`, asOf: `${year}-12-${String(day).padStart(2, '0')}` }],
		});
	} else {
		const projects = random.int(10, 300);
		const capital = format(money(random, 100, 3000, growth), 1);
		clauses.push({
			clause: `trong 6 tháng đầu năm ${year}, các KCN, KKT trong Khối đã thu hút ${projects} dự án mới với tổng vốn đăng ký của các dự án FDI đạt ${capital} triệu USD`,
			figures: [
				{ key: 'projects-new', scope: 'total', measure: 'value', printed: `${projects} dự án` },
				{ key: 'capital-new', scope: 'FDI', measure: 'value', printed: `${capital} triệu USD` },
			],
		});
	}
	const person = personName(random);
	return { bloc: bloc.id, year, event, date, place, host, awards, clauses, official: { ...person, title: random.pick(OFFICIAL_TITLES) } };
}
