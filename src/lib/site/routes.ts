/** Every URL of the site, built in one place. Ids are ASCII slugs (file names). */
export const ROUTES = {
	home: '/',
	articles: '/bai-viet/',
	article: (id: string) => `/bai-viet/${id}/`,
	blocs: '/khoi/',
	bloc: (id: string) => `/khoi/${id}/`,
	units: '/ban-quan-ly/',
	unit: (id: string) => `/ban-quan-ly/${id}/`,
	years: '/nam/',
	year: (year: number) => `/nam/${year}/`,
	awards: '/khen-thuong/',
	awardsByBloc: (bloc: string) => `/khen-thuong/khoi/${bloc}/`,
	awardsByKind: (kind: string) => `/khen-thuong/loai/${kind}/`,
	awardsByYear: (year: number) => `/khen-thuong/nam/${year}/`,
	indicators: '/chi-tieu/',
	data: '/du-lieu/',
	dataFile: (name: string) => `/du-lieu/${name}`,
	search: '/tim-kiem/',
	source: (file: string) => `/nguon/${file}`,
	/** A photo of content/anh/, shown by `<Hinh src>` in an MDX article. */
	image: (file: string) => `/anh/${file}`,
	rss: '/rss.xml',
} as const;
