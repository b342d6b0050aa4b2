/** Every URL of the site, built in one place. Ids are ASCII slugs (file names). */
export const ROUTES = {
	home: '/',
	articles: '/bai-viet/',
	article: (id: string) => `/bai-viet/${id}/`,
	blocs: '/khoi/',
	bloc: (id: string) => `/khoi/${id}/`,
	/** A bloc's rotation over every year. */
	blocRotation: (id: string) => `/khoi/${id}/luan-phien/`,
	/** A bloc's indicators: every year, the charts, and the table as CSV. */
	blocIndicators: (id: string) => `/khoi/${id}/chi-tieu/`,
	blocIndicatorsCsv: (id: string) => `/khoi/${id}/chi-tieu/bang.csv`,
	units: '/ban-quan-ly/',
	unit: (id: string) => `/ban-quan-ly/${id}/`,
	years: '/nam/',
	year: (year: number) => `/nam/${year}/`,
	awards: '/khen-thuong/',
	awardsByBloc: (bloc: string) => `/khen-thuong/khoi/${bloc}/`,
	awardsByKind: (kind: string) => `/khen-thuong/loai/${kind}/`,
	awardsByYear: (year: number) => `/khen-thuong/nam/${year}/`,
	indicators: '/chi-tieu/',
	/** One cross-bloc comparison and its CSV. */
	comparison: (id: string) => `/chi-tieu/${id}/`,
	comparisonCsv: (id: string) => `/chi-tieu/${id}/bang.csv`,
	data: '/du-lieu/',
	dataFile: (name: string) => `/du-lieu/${name}`,
	search: '/tim-kiem/',
	source: (file: string) => `/nguon/${file}`,
	/** The original text as a readable page (the file name without its extension). */
	sourceText: (file: string) => `/nguon/doc/${file.replace(/\.[^.]+$/, '')}/`,
	rss: '/rss.xml',
	sitemap: '/sitemap-index.xml',
	favicon: '/favicon.svg',
	/** Pagefind's script, written by the build into `pagefind/`. */
	pagefindScript: '/pagefind/pagefind.js',
} as const;
