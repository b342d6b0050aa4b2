import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readSource, topicProblem } from '../../src/lib/import/input-check.ts';
import { draftUnitData, renderDraftUnit, validateDraftUnit } from '../../src/lib/import/draft.ts';
import { extractArticle } from '../../src/lib/import/extract.ts';
import { loadVocabulary } from '../../src/lib/indicators/figures.ts';
import { yamlData } from '../../src/lib/content/yaml.ts';

const bad = (name: string) => readSource(name, new Uint8Array(readFileSync(`tests/fixtures/import/bad/${name}`)));
const ctx = { units: [], blocs: [], vocabulary: loadVocabulary(readFileSync('content/indicators.yaml', 'utf8')) };

describe('bad input: one line, no draft', () => {
	it('refuses empty, blank, binary and undecidable files', () => {
		expect(bad('empty.txt')).toEqual({ ok: false, message: 'tệp empty.txt trống: không có gì để nhập.' });
		expect(bad('blank.txt')).toEqual({ ok: false, message: 'tệp blank.txt chỉ có khoảng trắng: không có gì để nhập.' });
		expect(bad('anh.png')).toEqual({ ok: false, message: 'anh.png không phải tệp văn bản (có thể là ảnh, PDF hay tệp Word): chép nội dung bài vào một tệp .txt rồi nhập tệp đó.' });
		expect(bad('latin1.txt')).toEqual({ ok: false, message: 'không nhận ra bảng mã của latin1.txt (không rõ là Windows-1258, TCVN3 hay VNI): mở tệp bằng trình soạn thảo, lưu lại dạng UTF-8 rồi nhập lại.' });
	});

	it('refuses a text that is not about a conference, and reads the seeds in every encoding', () => {
		const offTopic = bad('off-topic.txt');
		expect(offTopic.ok).toBe(true);
		if (!offTopic.ok) return;
		expect(topicProblem('off-topic.txt', extractArticle(offTopic.text, ctx))).toBe('off-topic.txt không giống bài về hội nghị của một khối thi đua (không thấy tên khối, năm tổng kết hay ngày họp): không viết bài nháp.');
		for (const f of ['000_caff4a0b6ce4a24f.txt', '001_744e028017157e5f.txt', '003_ba135f90c862c4d5.txt']) {
			const r = readSource(f, new Uint8Array(readFileSync(`content/sources/${f}`)));
			expect(r.ok, f).toBe(true);
			if (r.ok) expect(topicProblem(f, extractArticle(r.text, ctx)), f).toBeNull();
		}
	});
});

describe('new boards', () => {
	const e = extractArticle(readFileSync('tests/fixtures/import/dev/01-dong-nam-bo-2019.txt', 'utf8'), ctx);

	it('drafts every board the article names under its province, with the forms seen', () => {
		expect(e.draftUnits.map((u) => [u.id, u.name, u.province, u.variants])).toEqual([
			['binh-duong', 'Ban Quản lý các KCN tỉnh Bình Dương', 'Bình Dương', []],
			['dong-nai', 'Ban Quản lý các KCN Đồng Nai', 'Đồng Nai', []],
			['ba-ria-vung-tau', 'Ban Quản lý các KCN tỉnh Bà Rịa - Vũng Tàu', 'Bà Rịa - Vũng Tàu', []],
			['tay-ninh', 'Ban Quản lý Khu kinh tế tỉnh Tây Ninh', 'Tây Ninh', []],
			['binh-phuoc', 'Ban Quản lý Khu kinh tế tỉnh Bình Phước', 'Bình Phước', []],
			['ho-chi-minh', 'Ban Quản lý các Khu chế xuất và công nghiệp thành phố Hồ Chí Minh', 'Hồ Chí Minh', []],
		]);
		expect([e.bloc?.value, e.chair?.unit, e.viceChair?.unit, e.elected.chair?.unit, e.elected.viceChair?.unit, e.conference.place?.value]).toEqual(['dong-nam-bo', 'binh-duong', 'dong-nai', 'dong-nai', 'ba-ria-vung-tau', 'tỉnh Bình Dương']);
		// The place is a board's seat, not a host.
		expect(e.conference.host).toBeNull();
	});

	it('writes a valid draft board file', () => {
		const hcm = e.draftUnits.find((u) => u.id === 'ho-chi-minh')!;
		expect(renderDraftUnit(hcm, 'bai.txt')).toBe(
			[
				'# KIỂM TRA: ban quản lý mới, lập tự động từ bai.txt. Hoàn thiện (tên chính thức, năm dùng tên) rồi đổi tên tệp thành ho-chi-minh.yaml.',
				'',
				'names:',
				'  - name: "Ban Quản lý các Khu chế xuất và công nghiệp thành phố Hồ Chí Minh" # KIỂM TRA: tên như bài in; ghi tên chính thức nếu biết',
				'variants: []',
				'province: "Hồ Chí Minh" # KIỂM TRA: tỉnh, thành phố nêu trong tên',
				'zoneKinds: [KCN, KCX] # KIỂM TRA: loại khu theo tên ban',
				'',
			].join('\n'),
		);
		expect(validateDraftUnit(draftUnitData(hcm, 'bai.txt').data)).toEqual([]);
		expect(yamlData(renderDraftUnit(hcm, 'bai.txt'))).toEqual({ names: [{ name: 'Ban Quản lý các Khu chế xuất và công nghiệp thành phố Hồ Chí Minh' }], variants: [], province: 'Hồ Chí Minh', zoneKinds: ['KCN', 'KCX'] });
	});
});
