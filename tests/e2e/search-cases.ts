/**
 * The search test set: each query as a reader types it with diacritics and without (d for đ),
 * and the page it must find among the first three results. Used by tests/e2e/search.test.ts and
 * scripts/search-fold-experiment.ts (which compares folding mechanisms on it).
 */

/** Each query, with and without diacritics, and the page it must find among the first three. */
export const SEARCH_CASES: Array<{ marked: string; plain: string; page: string }> = [
	{ marked: 'Đà Nẵng', plain: 'da nang', page: '/ban-quan-ly/da-nang/' },
	{ marked: 'Đắk Nông', plain: 'dak nong', page: '/ban-quan-ly/dak-nong/' },
	{ marked: 'Khối trưởng Hải Dương', plain: 'khoi truong hai duong', page: '/ban-quan-ly/hai-duong/' },
	{ marked: 'cờ thi đua Kon Tum 2022', plain: 'co thi dua kon tum 2022', page: '/khen-thuong/tay-nguyen-duyen-hai-mien-trung/2022/co-thi-dua-kon-tum/' },
	{ marked: 'đồng bằng sông Hồng', plain: 'dong bang song hong', page: '/khoi/dong-bang-song-hong/' },
	{ marked: 'Vân Phong', plain: 'van phong', page: '/ban-quan-ly/van-phong/' },
	{ marked: 'thi đua 2016', plain: 'thi dua 2016', page: '/bai-viet/2016-duyen-hai-mien-trung-tong-ket/' },
	{ marked: 'bằng khen Đắk Nông', plain: 'bang khen dak nong', page: '/khen-thuong/tay-nguyen-duyen-hai-mien-trung/2022/bang-khen-dak-nong/' },
	{ marked: 'Cờ thi đua Hải Dương', plain: 'co thi dua hai duong', page: '/khen-thuong/dong-bang-song-hong/2019/co-thi-dua-hai-duong/' },
	{ marked: 'hội nghị tổng kết 2019', plain: 'hoi nghi tong ket 2019', page: '/bai-viet/2019-dong-bang-song-hong-tong-ket/' },
	{ marked: 'Cụm Duyên hải miền Trung', plain: 'cum duyen hai mien trung', page: '/khoi/cum-duyen-hai-mien-trung/' },
	{ marked: 'Tây Nguyên', plain: 'tay nguyen', page: '/khoi/tay-nguyen-duyen-hai-mien-trung/' },
	{ marked: 'Nha Trang', plain: 'nha trang', page: '/bai-viet/2022-tay-nguyen-duyen-hai-mien-trung-tong-ket/' },
	{ marked: 'Lê Hữu Hoàng', plain: 'le huu hoang', page: '/bai-viet/2022-tay-nguyen-duyen-hai-mien-trung-tong-ket/' },
	{ marked: 'Khối trưởng Đà Nẵng', plain: 'khoi truong da nang', page: '/ban-quan-ly/da-nang/' },
	{ marked: 'Quảng Ninh', plain: 'quang ninh', page: '/ban-quan-ly/quang-ninh/' },
];
