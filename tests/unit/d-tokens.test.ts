/** The Pagefind integration's prefilter for the d/đ vocabulary (src/integrations/pagefind.ts `dTokens`). */
import { describe, expect, it } from 'vitest';
import { dTokens } from '../../src/integrations/pagefind.ts';
import { dVocabulary } from '../../src/lib/search/vocabulary.ts';

const TEXT = 'Hội nghị tổng kết Khối thi đua tại Đà Nẵng; Bà Rịa-Vũng Tàu, x-dũng, Ḍa (ḍ tách rời), KCN Dung Quất, năm 2020, (Đông)';

describe('dTokens', () => {
	it('keeps exactly the tokens that hold a d or đ, decomposed forms included', () => {
		expect(dTokens(TEXT)).toBe('đua Đà x-dũng, Ḍa (ḍ Dung (Đông)');
		expect(dTokens('Hội nghị tổng kết')).toBe('');
	});

	it('leaves the d/đ vocabulary unchanged', () => {
		expect(dVocabulary([dTokens(TEXT)])).toEqual(dVocabulary([TEXT]));
		expect(dVocabulary([dTokens(TEXT)])).toEqual(['d', 'da', 'dung', 'đa', 'đong', 'đua']);
	});
});
