/** Route templates of the built site, for measuring the largest page of each (page budgets, `scripts/page-heights.ts`). */

/** The route a built page belongs to (`/khoi/<khối>/`); numbered pages of a listing belong to the listing. */
export function routeTemplate(url: string): string {
	return url
		.replace(/^\/(khen-thuong\/.+|khoi|ban-quan-ly|chi-tieu\/[^/]+)\/\d{1,3}\/$/, '/$1/')
		.replace(/^\/khen-thuong\/[^/]+\/\d{4}\/[^/]+\/$/, '/khen-thuong/<khối>/<năm>/<khen-thưởng>/')
		.replace(/^\/khen-thuong\/khoi\/[^/]+\/nam\/\d{4}\/$/, '/khen-thuong/khoi/<khối>/nam/<năm>/')
		.replace(/^\/khen-thuong\/nam\/\d{4}\/loai\/[^/]+\/$/, '/khen-thuong/nam/<năm>/loai/<hình-thức>/')
		.replace(/^\/khen-thuong\/(khoi|loai|nam)\/[^/]+\/$/, '/khen-thuong/$1/<x>/')
		.replace(/^\/nam\/\d{4}\/(\d+\/)?$/, '/nam/<năm>/')
		.replace(/^\/bai-viet\/\d+\/$/, '/bai-viet/')
		.replace(/^\/bai-viet\/[^/]+\/$/, '/bai-viet/<bài>/')
		.replace(/^\/khoi\/[^/]+\/(chi-tieu\/|luan-phien\/)?$/, '/khoi/<khối>/$1')
		.replace(/^\/ban-quan-ly\/[^/]+\/$/, '/ban-quan-ly/<ban>/')
		.replace(/^\/chi-tieu\/[^/]+\/$/, '/chi-tieu/<chỉ-tiêu>/')
		.replace(/^\/nguon\/doc\/[^/]+\/$/, '/nguon/doc/<tệp>/');
}
