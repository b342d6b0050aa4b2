import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { lintRule, RULE_DOCS, RULE_IDS } from '../../src/plugins/lint-rule.ts';
import { report, reportFocused } from '../../src/lib/check/report.ts';
// Every module that defines rules, so RULE_IDS holds them all.
import '../../src/lib/archive/index.ts';
import '../../src/lib/check/content-check.ts';
import '../../src/lib/indicators/figures.ts';
import { pagefindError } from '../../src/integrations/pagefind.ts';
import { reconcileError } from '../../src/integrations/reconcile.ts';

const rule = lintRule<{ n: number }>({ origin: 'archive:test-rule' }, ({ n }, file) => {
	for (let i = 0; i < n; i++) file.message(`Unexpected \`${i}\`.`, { place: { line: i + 1, column: 2 } }).note = 'Xóa nó.';
});

describe('lintRule', () => {
	it('stamps ruleId, source, url and fatal on every message the rule adds, and only those', () => {
		const file = new VFile({ path: 'x.md' });
		file.message('before');
		rule({ n: 2 }, file);
		expect(file.messages.map((m) => [String(m), m.ruleId, m.source, m.url, m.fatal, m.note])).toEqual([
			['x.md:1:1: before', undefined, undefined, undefined, false, undefined],
			['x.md:1:2: Unexpected `0`.', 'test-rule', 'archive', 'docs/huong-dan/loi-thuong-gap.md#test-rule', true, 'Xóa nó.'],
			['x.md:2:2: Unexpected `1`.', 'test-rule', 'archive', 'docs/huong-dan/loi-thuong-gap.md#test-rule', true, 'Xóa nó.'],
		]);
		expect([rule.ruleId, rule.source, rule.url]).toEqual(['test-rule', 'archive', 'docs/huong-dan/loi-thuong-gap.md#test-rule']);
	});

	it('takes another severity per call, and is silent when the rule finds nothing', () => {
		const file = new VFile({ path: 'x.md' });
		rule({ n: 1 }, file, 'warning');
		rule({ n: 0 }, file);
		expect(file.messages.map((m) => m.fatal)).toEqual([false]);
	});

	it('has every rule explained under its own heading in the staff guide', () => {
		const headings = new Set([...fs.readFileSync(RULE_DOCS, 'utf8').matchAll(/^### ([a-z-]+)$/gm)].map((m) => m[1]));
		const rules = [...RULE_IDS].filter((id) => id !== 'test-rule').sort();
		expect(rules.length).toBeGreaterThan(20);
		expect(rules.filter((id) => !headings.has(id))).toEqual([]);
		// The build's own failures (not lint rules) are documented too.
		expect(['pagefind', 'reconcile'].filter((id) => !headings.has(id))).toEqual([]);
	});
});

describe('report', () => {
	it('prints the file, then each message with its fix and documentation, without the English byline', () => {
		const file = new VFile({ path: 'x.md' });
		rule({ n: 1 }, file);
		rule({ n: 1 }, file, 'warning');
		expect(report([file, new VFile({ path: 'clean.md' })])).toBe(
			[
				'x.md',
				'  1:2 error  Unexpected `0`. test-rule archive',
				'  → Xóa nó.',
				'  xem: docs/huong-dan/loi-thuong-gap.md#test-rule',
				'  1:2 warning Unexpected `0`. test-rule archive',
				'  → Xóa nó.',
				'  xem: docs/huong-dan/loi-thuong-gap.md#test-rule',
			].join('\n'),
		);
		expect(report([file], { errorsOnly: true }).split('\n')).toEqual(['x.md', '  1:2 error Unexpected `0`. test-rule archive', '  → Xóa nó.', '  xem: docs/huong-dan/loi-thuong-gap.md#test-rule']);
		expect(report([new VFile({ path: 'clean.md' })])).toBe('');
	});
});

describe('reportFocused', () => {
	it('shows the user’s files in full first, others’ errors, and others’ warnings in one line', () => {
		const mine = new VFile({ path: 'b-mine.md' });
		rule({ n: 1 }, mine, 'warning');
		const other = new VFile({ path: 'a-other.md' });
		rule({ n: 2 }, other, 'warning');
		const broken = new VFile({ path: 'c-broken.md' });
		rule({ n: 1 }, broken);
		expect(reportFocused([other, mine, broken], new Set(['b-mine.md'])).split('\n')).toEqual([
			'b-mine.md',
			'  1:2 warning Unexpected `0`. test-rule archive',
			'  → Xóa nó.',
			'  xem: docs/huong-dan/loi-thuong-gap.md#test-rule',
			'',
			'c-broken.md',
			'  1:2 error Unexpected `0`. test-rule archive',
			'  → Xóa nó.',
			'  xem: docs/huong-dan/loi-thuong-gap.md#test-rule',
			'',
			'Các tệp khác: 2 cảnh báo trong 1 tệp (xem hết: `npm run check -- --all`).',
		]);
		expect(reportFocused([other], new Set(['b-mine.md']))).toBe('Các tệp khác: 2 cảnh báo trong 1 tệp (xem hết: `npm run check -- --all`).');
	});
});

describe('build failures outside the content', () => {
	it('say what failed, where, and what to do', () => {
		const p = pagefindError('/site/dist', 'addHTMLFile /bai-viet/x/', ['bad html']);
		expect([p.message, p.hint]).toEqual([
			'Pagefind không dựng được chỉ mục tìm kiếm (bước `addHTMLFile /bai-viet/x/`) trong `/site/dist`: bad html. Trang chưa được công bố.',
			'Kiểm tra trang được nêu (phần có `data-pagefind-body`) rồi chạy lại `npm run build`; nếu vẫn lỗi, gửi thông báo này cho người bảo trì (xem docs/huong-dan/loi-thuong-gap.md#pagefind).',
		]);
		const r = reconcileError('/site/dist', ['Thiếu tệp xuất du-lieu/articles.json.', 'Chỉ mục tìm kiếm trỏ tới 1 trang không có: /x/.']);
		expect([r.message, r.hint]).toEqual([
			'Số liệu của bản dựng trong `/site/dist` không khớp (2 chỗ), trang chưa được công bố:\n  Thiếu tệp xuất du-lieu/articles.json.\n  Chỉ mục tìm kiếm trỏ tới 1 trang không có: /x/.',
			'Các trang, tệp xuất du-lieu/ và chỉ mục tìm kiếm phải được dựng từ cùng nội dung. Chạy lại `npm run build`; nếu vẫn lỗi, gửi danh sách trên cho người bảo trì (xem docs/huong-dan/loi-thuong-gap.md#reconcile).',
		]);
	});
});
