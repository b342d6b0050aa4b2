import { describe, expect, it } from 'vitest';
import { EXCERPT_WORDS, markPairs, resultExcerpt } from '../../src/lib/search/excerpt.ts';
import { indexedText, pageType, titleText, withPairMeta } from '../../src/lib/search/html.ts';
import { pairKey, pairTokens, pairVocabulary, queryPairs } from '../../src/lib/search/pairs.ts';
import { missingNotice } from '../../src/lib/search/params.ts';
import { pairPrefix, searchPlan, WHOLE_WORD } from '../../src/lib/search/query.ts';
import { missingTerms, missingWords, queryUnits, titleCoverage, titleOrder } from '../../src/lib/search/rank.ts';
import type { FragmentLike } from '../../src/lib/search/hit.ts';

const TEXTS = [
	'Ban Quản lý các KCN tỉnh Hà Nam được tặng Bằng khen năm 2020.',
	'Ban Quản lý Khu công nghệ cao và các khu công nghiệp Đà Nẵng là Khối trưởng năm 2021.',
	'Tạo đà cho năng lực mới, đa năng. Hội nghị tại tỉnh Hải Dương; Khối thi đua đồng bằng sông Hồng.',
];
const VOCABULARY = pairVocabulary(TEXTS);
const W = WHOLE_WORD;

describe('pairVocabulary', () => {
	it('holds adjacent capitalised syllables and domain terms, with their indexed spelling, not common pairs', () => {
		expect(VOCABULARY).toEqual({
			bangkhen: 'bang khen',
			danang: 'đa nang',
			dongbang: 'đong bang',
			haiduong: 'hai duong',
			hanam: 'ha nam',
			hoinghi: 'hoi nghi',
			khoitruong: 'khoi truong',
			thidua: 'thi đua',
		});
	});

	it('does not pair across punctuation, numbers or acronyms', () => {
		expect(pairVocabulary(['Hà Nội, Hà Nam', 'KCN Bắc Ninh', 'Năm 2020 Hà'])).toEqual({ bacninh: 'bac ninh', hanam: 'ha nam', hanoi: 'ha noi' });
	});

	it('does not take a word that leads a name for part of it ("Cụm", "Năm"), but keeps names that fold like one ("Nam Định")', () => {
		expect(pairVocabulary(['Cụm Duyên Hải', 'Năm Mới', 'Nam Định', 'Chu Lai', 'Chủ Tịch'])).toEqual({ chulai: 'chu lai', duyenhai: 'duyen hai', namdinh: 'nam đinh' });
	});
});

describe('pairTokens', () => {
	it('joins the pairs a text holds, in any case, each once', () => {
		expect(pairTokens('HÀ NAM và Hà Nam; hà năm', VOCABULARY)).toEqual(['hanam']);
		expect(pairTokens('đà nẵng, Đà Nẵng', VOCABULARY)).toEqual(['danang']);
		expect(pairTokens('năm 2020 Hà, Nam', VOCABULARY)).toEqual([]);
	});
});

describe('searchPlan', () => {
	const dWords = ['dan', 'duong', 'đa', 'đong', 'dong', 'đua', 'đuong'].sort();
	it('searches joined pairs, whole, instead of their syllables, in one search', () => {
		expect(searchPlan('Hải Dương', dWords, VOCABULARY)).toEqual({ texts: [`haiduong${W}`], loose: [`hải${W} dương`, `hải${W} đương`], pairs: [['hải', 'dương']], words: ['hải', 'dương'] });
		expect(searchPlan('dong bang', dWords, VOCABULARY).texts).toEqual([`dongbang${W}`]);
		// Words outside every pair keep their place; the open last one is a prefix.
		expect(searchPlan('bang khen ha nam 20', dWords, VOCABULARY).texts).toEqual([`20 bangkhen${W} hanam${W}`]);
		expect(searchPlan('tinh ha nam', dWords, VOCABULARY).texts).toEqual([`tinh${W} hanam${W}`]);
	});
	it('keeps the first syllable of each run of pairs, spelled as its pair spells d/đ, when the query has a year', () => {
		expect(searchPlan('da nang khoi truong 2021', dWords, VOCABULARY)).toEqual({
			texts: [`đa${W} khoi${W} 2021 danang${W} khoitruong${W}`],
			loose: [`đa${W} nang${W} khoi${W} truong${W} 2021`],
			pairs: [
				['da', 'nang'],
				['khoi', 'truong'],
			],
			words: ['da', 'nang', 'khoi', 'truong', '2021'],
		});
		expect(searchPlan('2020 dong bang', dWords, VOCABULARY).texts).toEqual([`2020${W} đong${W} dongbang${W}`]);
		expect(searchPlan('co thi dua 2022', dWords, { cothi: 'co thi', thidua: 'thi đua' }).texts).toEqual([`co${W} 2022 cothi${W} thidua${W}`]);
	});
	it('closes the last word when white space follows it (a finished word, preloaded)', () => {
		expect(searchPlan('khoi ', dWords, VOCABULARY).texts).toEqual([`khoi${W}`]);
		expect(searchPlan('khoi', dWords, VOCABULARY).texts).toEqual(['khoi']);
		// Closed, a d/đ word keeps only the spellings the index holds as whole words.
		expect(searchPlan('do', ['dong', 'đo'], VOCABULARY).texts).toEqual(['do', 'đo']);
		expect(searchPlan('do ', ['dong', 'đo'], VOCABULARY).texts).toEqual([`đo${W}`]);
	});
	it('keeps both d/đ spellings of a word outside every pair, and phrases as typed', () => {
		expect(searchPlan('dong', dWords, VOCABULARY).texts).toEqual(['dong', 'đong']);
		expect(searchPlan('"Hà Nam"', dWords, VOCABULARY)).toEqual({ texts: ['"hà nam"'], loose: [], pairs: [], words: ['"hà', 'nam"'] });
		expect(searchPlan('  ', dWords, VOCABULARY).texts).toEqual([]);
	});
	it('gives the beginning of the pair being typed, for the page to preload', () => {
		expect(pairPrefix('da n', VOCABULARY)).toBe('dan');
		expect(pairPrefix('bao cao Đà Nẵn', VOCABULARY)).toBe('danan');
		expect(pairPrefix('ha nam', VOCABULARY)).toBe('hanam');
		expect(pairPrefix('da x', VOCABULARY)).toBeNull();
		expect(pairPrefix('da ', VOCABULARY)).toBeNull();
		expect(pairPrefix('da', VOCABULARY)).toBeNull();
	});
	it('finds the pairs of a query as the vocabulary spells them', () => {
		expect(queryPairs(['2020', 'bang', 'khen', 'ha', 'nam'], VOCABULARY)).toEqual([
			{ at: 1, key: 'bangkhen', spelling: ['bang', 'khen'] },
			{ at: 3, key: 'hanam', spelling: ['ha', 'nam'] },
		]);
		expect(pairKey('Đà', 'Nẵng')).toBe('danang');
	});
});

const fragment = (meta: Record<string, string>, filters: Record<string, string[]> = {}, content = ''): FragmentLike => ({ url: '/x/', content, excerpt: '', plain_excerpt: '', meta, filters });
const board = fragment({ title: 'Ban Quản lý các KCN tỉnh Hà Nam', 'từ ghép tên': 'banquan hanam' }, { loại: ['ban quản lý'] });
const award = fragment({ title: 'Bằng khen năm 2020', 'đơn vị': 'BQL các KCN Hà Nam', 'từ ghép tiêu đề': 'bangkhen hanam' }, { loại: ['khen thưởng'], năm: ['2020'] });
const article = fragment({ title: 'Biểu trưng tinh thần đoàn kết', 'từ ghép': 'hanam bangkhen' }, { loại: ['bài viết'], năm: ['2020'] }, 'tặng Bằng khen cho Ban Quản lý các KCN tỉnh Hà Nam');

describe('title order', () => {
	it('counts the query units a title holds: pairs, other words, the year', () => {
		const units = queryUnits(['bang', 'khen', 'ha', 'nam', '2020'], [['bang', 'khen'], ['ha', 'nam']]);
		expect(units).toEqual({ pairs: ['bangkhen', 'hanam'], words: [], years: ['2020'], lastIsPrefix: true });
		expect([board, award, article].map((f) => titleCoverage(f, units))).toEqual([1 / 3, 1, 1 / 3]);
		expect(titleOrder([article, board, award], units)).toEqual([2, 1, 0]);
	});
	it('puts the board before its awards for its name alone', () => {
		const units = queryUnits(['ha', 'nam'], [['ha', 'nam']]);
		expect(titleOrder([article, award, board], units)).toEqual([2, 1, 0]);
	});
	it('names the words no result holds', () => {
		expect(missingWords(article, ['bang', 'khen', 'zzz', 'ha'])).toEqual(['zzz']);
		expect(missingWords(article, ['tang', 'ban', 'qu'])).toEqual([]);
		expect(missingNotice(['zzz'])).toBe(' Không trang nào có “zzz”: các kết quả dưới đây chỉ khớp các từ còn lại.');
		expect(missingNotice([])).toBe('');
	});
});

describe('markPairs', () => {
	it('marks a pair where its syllables stand together, not a syllable alone or across punctuation', () => {
		expect(markPairs([{ text: 'trong năm 2020, tỉnh Hà Nam. Hà, Nam', mark: false }], [['ha', 'nam']])).toEqual([
			{ text: 'trong năm 2020, tỉnh ', mark: false },
			{ text: 'Hà Nam', mark: true },
			{ text: '. Hà, Nam', mark: false },
		]);
	});
	it('marks overlapping pairs as one run and keeps Pagefind\'s marks', () => {
		const parts = [
			{ text: 'tặng Cờ thi đua cho ', mark: false },
			{ text: '2022', mark: true },
		];
		expect(markPairs(parts, [['co', 'thi'], ['thi', 'dua']])).toEqual([
			{ text: 'tặng ', mark: false },
			{ text: 'Cờ thi đua', mark: true },
			{ text: ' cho ', mark: false },
			{ text: '2022', mark: true },
		]);
		expect(markPairs(parts, [])).toEqual(parts);
	});
});

describe('resultExcerpt', () => {
	const words = Array.from({ length: 60 }, (_, i) => `w${i}`);
	const content = [...words.slice(0, 40), 'Hà', 'Nam', ...words.slice(40)].join(' ');
	const start = content.split(' ').slice(0, EXCERPT_WORDS).join(' ');
	it('cuts the page text around the first pair when Pagefind highlighted nothing (a query of pairs only)', () => {
		const view = resultExcerpt({ excerpt: start, plain_excerpt: start, content }, [['ha', 'nam']]);
		expect(view.parts.map((p) => p.text).join('')).toBe(content.split(' ').slice(40 - Math.floor(EXCERPT_WORDS / 3), 40 - Math.floor(EXCERPT_WORDS / 3) + EXCERPT_WORDS).join(' '));
		expect(view.parts.filter((p) => p.mark)).toEqual([{ text: 'Hà Nam', mark: true }]);
		expect(view).toMatchObject({ cutStart: true, cutEnd: true });
	});
	it('keeps Pagefind\'s excerpt when it highlights a word, or when the page lacks the pair', () => {
		const marked = resultExcerpt({ excerpt: '<mark>w1</mark> w2', plain_excerpt: 'w1 w2', content }, [['ha', 'nam']]);
		expect(marked.parts).toEqual([
			{ text: 'w1', mark: true },
			{ text: ' w2', mark: false },
		]);
		const without = resultExcerpt({ excerpt: start, plain_excerpt: start, content: words.join(' ') }, [['ha', 'nam']]);
		expect(without).toEqual({ parts: [{ text: start, mark: false }], cutStart: false, cutEnd: true });
	});
});

describe('page text for pairs', () => {
	const html =
		'<html><body><header data-pagefind-ignore="all">Khối thi đua</header><div class="container" data-pagefind-body><nav class="breadcrumbs" data-pagefind-ignore="all">Trang chủ</nav>' +
		'<h1 data-pagefind-meta="title:Bằng khen năm 2020">Bằng khen năm 2020</h1><span data-pagefind-meta="đơn vị:BQL các KCN Hà Nam" hidden></span>' +
		'<span data-pagefind-filter="loại:khen thưởng" hidden></span><p class="meta" data-pagefind-meta="sự kiện:Hội nghị tổng kết">tại tỉnh Bắc Ninh</p><p>Văn bản &amp; nguồn.</p>' +
		'<dl><dt data-pagefind-ignore>Khối</dt><dd data-pagefind-ignore="all"><a href="/khoi/x/">Khối thi đua <b>x</b></a></dd><dt data-pagefind-ignore>Cấp khen</dt><dd>Thủ tướng</dd></dl> <a class="source-link" href="#c" data-pagefind-ignore>[nguồn<span> bài gốc</span>]</a></div><footer class="site-footer">Chân trang</footer></body></html>';
	it('reads the title, recipient and event line, the indexed text, and the page type', () => {
		expect(titleText(html)).toBe('Bằng khen năm 2020 . Bằng khen năm 2020 . BQL các KCN Hà Nam . Hội nghị tổng kết . tại tỉnh Bắc Ninh');
		expect(indexedText(html).replace(/\s+/g, ' ').trim()).toBe('Bằng khen năm 2020 tại tỉnh Bắc Ninh Văn bản & nguồn. Thủ tướng');
		expect(pageType(html)).toBe('khen thưởng');
		expect(pageType('<span data-pagefind-filter="loại" data-pagefind-ignore hidden>ban quản lý</span>')).toBe('ban quản lý');
	});
	it('adds the pairs as metadata inside the indexed element, leaving empty fields out', () => {
		const out = withPairMeta(html, [
			['từ ghép tiêu đề', ['bangkhen', 'hanam']],
			['từ ghép', []],
		]);
		expect(out).toContain('<div class="container" data-pagefind-body><span data-pagefind-meta="từ ghép tiêu đề:bangkhen hanam" hidden></span><nav');
		expect(out.length - html.length).toBe('<span data-pagefind-meta="từ ghép tiêu đề:bangkhen hanam" hidden></span>'.length);
	});
});

describe('missingTerms', () => {
	it('names the terms of a query text a result lacks: whole words with $, the others as beginnings', () => {
		expect(missingTerms(article, 'tang$ hanam$ bangkhen$ qu')).toEqual([]);
		expect(missingTerms(article, 'khoipho$ hanam$ namdinh$')).toEqual(['khoipho$', 'namdinh$']);
		// `ba$` is whole: "ban" does not hold it; `ba` may begin "ban".
		expect(missingTerms(article, 'ba$ ba')).toEqual(['ba$']);
		// đ folds like the index's words, and a hyphenated word holds its parts and the whole.
		expect(missingTerms(fragment({}, {}, 'Đắk Nông, Bà Rịa-Vũng Tàu'), 'đak$ nong$ riavung$ vung$ tau')).toEqual([]);
	});
});
