/**
 * A deterministic synthetic archive for benchmarks: `articles` articles over blocs, boards and
 * years, as the files of a content tree (`blocs/`, `units/`, `articles/`, `sources/`). Pure: the
 * same options give the same files, byte for byte. `scripts/generate-synthetic.ts` writes them.
 */
import { writeYaml } from '../content/yaml.ts';
import { writeArticle, type ReportKind } from './article.ts';
import { planArchive, planConference, type Plan } from './plan.ts';
import { createRandom } from './random.ts';
import { formatVn } from './vietnamese.ts';

export interface SyntheticOptions {
	/** How many articles (exactly). */
	articles: number;
	/** Paragraphs recombined into bodies (taken from the seed articles). */
	fillers: readonly string[];
	seed?: number;
	/** First and last reviewed year. */
	firstYear?: number;
	lastYear?: number;
	/** Place names the synthetic boards and blocs must not use (they would fold like these). */
	reservedPlaces?: readonly string[];
}

/** A file of the content tree, path relative to its root. */
export interface SyntheticFile {
	path: string;
	text: string;
}

export interface SyntheticArchive {
	files: SyntheticFile[];
	stats: { blocs: number; units: number; articles: number; years: [number, number] };
}

/** Entries are written by the archive's one YAML writer, as staff files are. */
const yaml = (data: unknown) => writeYaml(data);

/** Articles in a stable order: bloc by bloc, year by year, until `count`. */
function* reports(plan: Plan): Generator<{ bloc: Plan['blocs'][number]; year: number; report: ReportKind }> {
	for (const bloc of plan.blocs) {
		for (let year = bloc.from; year <= plan.lastYear; year++) {
			const random = createRandom(plan.seed, `reports:${bloc.id}:${year}`);
			yield { bloc, year, report: 'main' };
			if (random.chance(0.25)) yield { bloc, year, report: 'second' };
			if (random.chance(0.35)) yield { bloc, year, report: 'so-ket' };
		}
	}
}

/** Generates the synthetic archive. */
export function generateSyntheticArchive(options: SyntheticOptions): SyntheticArchive {
	if (options.fillers.length === 0) throw new Error('generateSyntheticArchive: no filler paragraphs.');
	const seed = options.seed ?? 1;
	const firstYear = options.firstYear ?? 1996;
	const lastYear = options.lastYear ?? 2024;
	const plan = planArchive({ articles: options.articles, seed, firstYear, lastYear, reservedPlaces: options.reservedPlaces });
	const files: SyntheticFile[] = [];
	const usedBlocs = new Set<string>();
	let count = 0;
	for (const { bloc, year, report } of reports(plan)) {
		if (count >= options.articles) break;
		const conference = planConference(plan, bloc, year, report === 'so-ket' ? 'so-ket' : 'tong-ket', formatVn);
		const article = writeArticle(plan, bloc, conference, report, options.fillers);
		files.push({ path: `articles/${article.id}.md`, text: `---\n${yaml(article.data)}---\n\n${article.body}` });
		files.push({ path: `sources/${article.source.file}`, text: article.source.text });
		usedBlocs.add(bloc.id);
		count++;
	}
	const blocs = plan.blocs.filter((b) => usedBlocs.has(b.id));
	const unitIds = new Set(blocs.flatMap((b) => b.members));
	for (const bloc of blocs) {
		const data: Record<string, unknown> = {
			kind: bloc.kind,
			names: [{ name: bloc.name, short: bloc.short, from: bloc.from }],
			variants: [bloc.name.replace('Ban Quản lý các KCN, KKT', 'các Ban Quản lý KCN, KKT')],
			region: bloc.region,
			from: bloc.from,
			memberCount: bloc.members.length,
			members: bloc.members.map((unit) => ({ unit })),
		};
		if (bloc.predecessor && usedBlocs.has(bloc.predecessor.bloc)) data.predecessors = [{ ...bloc.predecessor, change: 'tách, đổi tên' }];
		files.push({ path: `blocs/${bloc.id}.yaml`, text: yaml(data) });
	}
	for (const id of unitIds) {
		const unit = plan.units.get(id)!;
		files.push({ path: `units/${id}.yaml`, text: yaml({ names: unit.names, variants: unit.variants, province: unit.province, zoneKinds: unit.zoneKinds }) });
	}
	return { files, stats: { blocs: blocs.length, units: unitIds.size, articles: count, years: [firstYear, lastYear] } };
}
