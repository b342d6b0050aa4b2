/**
 * The relevance suite: queries typed as readers type them (no diacritics, d for đ, capitals,
 * board short names, people, award + board + year, place + topic), each with the one page it
 * must return among the first three, on the five-article site and among 1,000 synthetic
 * articles (`scripts/search-relevance-content.ts`). Every query has a single right answer in
 * both archives: synthetic boards never fold like a real place, and synthetic bodies copy no seed
 * paragraph that names a person or a province.
 */

/** What a query is about, for the per-kind figures in docs/search.md. */
export type RelevanceKind = 'board' | 'bloc' | 'award' | 'role' | 'person' | 'place+topic';

export interface RelevanceCase {
	query: string;
	page: string;
	kind: RelevanceKind;
}

const board = (id: string) => `/ban-quan-ly/${id}/`;
const bloc = (id: string) => `/khoi/${id}/`;
const article = (id: string) => `/bai-viet/${id}/`;
const award = (bloc: string, year: number, slug: string) => `/khen-thuong/${bloc}/${year}/${slug}/`;
const DBSH = 'dong-bang-song-hong';
const TNDH = 'tay-nguyen-duyen-hai-mien-trung';

export const RELEVANCE_CASES: RelevanceCase[] = [
	// Boards by province or short name: the board's page first, never "năm" for "nam".
	{ query: 'da nang', page: board('da-nang'), kind: 'board' },
	{ query: 'DA NANG', page: board('da-nang'), kind: 'board' },
	{ query: 'Đà Nẵng', page: board('da-nang'), kind: 'board' },
	{ query: 'dak nong', page: board('dak-nong'), kind: 'board' },
	{ query: 'Ha Nam', page: board('ha-nam'), kind: 'board' },
	{ query: 'HA NAM', page: board('ha-nam'), kind: 'board' },
	{ query: 'nam dinh', page: board('nam-dinh'), kind: 'board' },
	{ query: 'quang nam', page: board('quang-nam'), kind: 'board' },
	{ query: 'Van Phong', page: board('van-phong'), kind: 'board' },
	{ query: 'quang ninh', page: board('quang-ninh'), kind: 'board' },
	{ query: 'hai duong', page: board('hai-duong'), kind: 'board' },
	{ query: 'kon tum', page: board('kon-tum'), kind: 'board' },
	{ query: 'chu lai', page: board('chu-lai'), kind: 'board' },
	{ query: 'dak lak', page: board('dak-lak'), kind: 'board' },
	{ query: 'lam dong', page: board('lam-dong'), kind: 'board' },
	{ query: 'hai phong', page: board('hai-phong'), kind: 'board' },
	{ query: 'binh dinh', page: board('binh-dinh'), kind: 'board' },
	{ query: 'ha noi', page: board('ha-noi'), kind: 'board' },
	{ query: 'BQL KKT Van Phong', page: board('van-phong'), kind: 'board' },
	{ query: 'ban quan ly cac kcn bac ninh', page: board('bac-ninh'), kind: 'board' },
	// Blocs.
	{ query: 'dong bang song hong', page: bloc(DBSH), kind: 'bloc' },
	{ query: 'tay nguyen', page: bloc(TNDH), kind: 'bloc' },
	{ query: 'cum duyen hai mien trung', page: bloc('cum-duyen-hai-mien-trung'), kind: 'bloc' },
	{ query: 'khoi thi dua tay nguyen va duyen hai mien trung', page: bloc(TNDH), kind: 'bloc' },
	// Awards: kind + board (+ year), in any order.
	{ query: 'bang khen ha nam 2020', page: award(DBSH, 2020, 'bang-khen-ha-nam'), kind: 'award' },
	{ query: 'ha nam bang khen 2020', page: award(DBSH, 2020, 'bang-khen-ha-nam'), kind: 'award' },
	{ query: '2020 bang khen Ha Nam', page: award(DBSH, 2020, 'bang-khen-ha-nam'), kind: 'award' },
	{ query: 'co thi dua kon tum 2022', page: award(TNDH, 2022, 'co-thi-dua-kon-tum'), kind: 'award' },
	{ query: 'co thi dua hai duong', page: award(DBSH, 2019, 'co-thi-dua-hai-duong'), kind: 'award' },
	{ query: 'co thi dua nam dinh 2020', page: award(DBSH, 2020, 'co-thi-dua-nam-dinh'), kind: 'award' },
	{ query: 'bang khen dak nong', page: award(TNDH, 2022, 'bang-khen-dak-nong'), kind: 'award' },
	{ query: 'Cờ thi đua Vân Phong', page: award(TNDH, 2022, 'co-thi-dua-van-phong'), kind: 'award' },
	{ query: 'bang khen quang ngai 2022', page: award(TNDH, 2022, 'bang-khen-quang-ngai'), kind: 'award' },
	{ query: 'ninh binh co thi dua 2019', page: award(DBSH, 2019, 'co-thi-dua-ninh-binh'), kind: 'award' },
	{ query: 'bang khen thai binh', page: award(DBSH, 2019, 'bang-khen-thai-binh'), kind: 'award' },
	// Roles, boards and years.
	{ query: 'khoi truong hai duong', page: board('hai-duong'), kind: 'role' },
	{ query: 'khoi truong da nang', page: board('da-nang'), kind: 'role' },
	{ query: 'da nang khoi truong 2021', page: article('2020-tay-nguyen-duyen-hai-mien-trung-tong-ket'), kind: 'role' },
	{ query: 'khoi pho 2021 nam dinh', page: article('2020-dong-bang-song-hong-tong-ket'), kind: 'role' },
	// People: the articles where they spoke.
	{ query: 'le huu hoang', page: article('2022-tay-nguyen-duyen-hai-mien-trung-tong-ket'), kind: 'person' },
	{ query: 'Bui Hoang Mai', page: article('2020-dong-bang-song-hong-tong-ket'), kind: 'person' },
	{ query: 'nguyen thi bich ngoc', page: article('2020-dong-bang-song-hong-tong-ket'), kind: 'person' },
	{ query: 'pham truong son', page: article('2020-tay-nguyen-duyen-hai-mien-trung-tong-ket'), kind: 'person' },
	{ query: 'pham minh phuong', page: article('2019-dong-bang-song-hong-tong-ket'), kind: 'person' },
	{ query: 'phan viet hung', page: article('2020-tay-nguyen-duyen-hai-mien-trung-tong-ket'), kind: 'person' },
	{ query: 'nguyen trong hoang', page: article('2022-tay-nguyen-duyen-hai-mien-trung-tong-ket'), kind: 'person' },
	// A place and a topic: the article about the conference held there.
	{ query: 'thi dua hai duong', page: article('2019-dong-bang-song-hong-tong-ket'), kind: 'place+topic' },
	{ query: 'hoi nghi nha trang', page: article('2022-tay-nguyen-duyen-hai-mien-trung-tong-ket'), kind: 'place+topic' },
	{ query: 'hoi nghi tong ket bac ninh 2020', page: article('2020-dong-bang-song-hong-tong-ket'), kind: 'place+topic' },
	{ query: 'tong ket quang nam 2016', page: article('2016-duyen-hai-mien-trung-tong-ket'), kind: 'place+topic' },
];
