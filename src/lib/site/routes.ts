/**
 * Every URL of the site, built in one place. Ids are ASCII slugs (file names).
 *
 * The site may be served under a base path (a project Pages site: `/<repo>/`). Astro's `base`
 * (BASE_PATH at build time) reaches every module Vite builds as `import.meta.env.BASE_URL`, so
 * every route here carries it. Outside a Vite build (plain Node scripts, build integrations)
 * there is no base and routes are the paths of the built files.
 */
const BASE: string = baseUrl().replace(/\/?$/, '/');

/**
 * Astro's base path (`base` in astro.config.mjs, from BASE_PATH). Pages are rendered in Node,
 * where BASE_PATH is read directly; in the browser bundle Vite replaces
 * `import.meta.env.BASE_URL` by its value; plain Node scripts without BASE_PATH get `/`.
 */
function baseUrl(): string {
	if (typeof process !== 'undefined' && process.env.BASE_PATH) return process.env.BASE_PATH;
	try {
		return import.meta.env.BASE_URL ?? '/';
	} catch {
		return '/';
	}
}

/** Prefixes a site path (`/khoi/`) with the base path the site is served under. */
export function withBase(path: string): string {
	return BASE + path.replace(/^\//, '');
}

export const ROUTES = {
	home: withBase('/'),
	articles: withBase('/bai-viet/'),
	article: (id: string) => withBase(`/bai-viet/${id}/`),
	blocs: withBase('/khoi/'),
	bloc: (id: string) => withBase(`/khoi/${id}/`),
	/** A bloc's rotation over every year. */
	blocRotation: (id: string) => withBase(`/khoi/${id}/luan-phien/`),
	/** A bloc's indicators: every year, the charts, and the table as CSV. */
	blocIndicators: (id: string) => withBase(`/khoi/${id}/chi-tieu/`),
	blocIndicatorsCsv: (id: string) => withBase(`/khoi/${id}/chi-tieu/bang.csv`),
	units: withBase('/ban-quan-ly/'),
	unit: (id: string) => withBase(`/ban-quan-ly/${id}/`),
	years: withBase('/nam/'),
	year: (year: number) => withBase(`/nam/${year}/`),
	awards: withBase('/khen-thuong/'),
	awardsByBloc: (bloc: string) => withBase(`/khen-thuong/khoi/${bloc}/`),
	awardsByKind: (kind: string) => withBase(`/khen-thuong/loai/${kind}/`),
	awardsByYear: (year: number) => withBase(`/khen-thuong/nam/${year}/`),
	indicators: withBase('/chi-tieu/'),
	/** One cross-bloc comparison and its CSV. */
	comparison: (id: string) => withBase(`/chi-tieu/${id}/`),
	comparisonCsv: (id: string) => withBase(`/chi-tieu/${id}/bang.csv`),
	data: withBase('/du-lieu/'),
	dataFile: (name: string) => withBase(`/du-lieu/${name}`),
	search: withBase('/tim-kiem/'),
	source: (file: string) => withBase(`/nguon/${file}`),
	/** The original text as a readable page (the file name without its extension). */
	sourceText: (file: string) => withBase(`/nguon/doc/${file.replace(/\.[^.]+$/, '')}/`),
	/** A photo of content/anh/, shown by `<Hinh src>` in an MDX article. */
	image: (file: string) => withBase(`/anh/${file}`),
	rss: withBase('/rss.xml'),
	sitemap: withBase('/sitemap-index.xml'),
	favicon: withBase('/favicon.svg'),
	/** Pagefind's script of the index's first shard, written by the build into `pagefind/`. */
	pagefindScript: withBase('/pagefind/pagefind.js'),
} as const;
