import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareExtraction, totals } from '../../src/lib/import/accuracy.ts';
import { loadExtractContext } from '../../src/lib/import/context.ts';
import { extractArticle, type Extraction } from '../../src/lib/import/extract.ts';
import { yamlData } from '../../src/lib/content/yaml.ts';

const ctx = loadExtractContext();
const corpus = (part: string) =>
	readdirSync(join('tests/fixtures/import', part))
		.filter((f) => f.endsWith('.txt'))
		.sort()
		.map((f) => compareExtraction(yamlData(readFileSync(join('tests/fixtures/import', part, f.replace(/\.txt$/, '.yaml')), 'utf8')) as Record<string, unknown>, extractArticle(readFileSync(join('tests/fixtures/import', part, f), 'utf8'), ctx)));

describe('importer accuracy on the test corpus (npm run import:accuracy)', () => {
	it('gets every field right and invents nothing, on the dev part and both set-aside parts', () => {
		expect(['dev', 'held-out', 'held-out-2'].map((part) => [part, totals(corpus(part)).all])).toEqual([
			['dev', { scored: 105, correct: 105, invented: 0 }],
			['held-out', { scored: 79, correct: 79, invented: 0 }],
			['held-out-2', { scored: 48, correct: 48, invented: 0 }],
		]);
	});
});

describe('compareExtraction', () => {
	const x = (over: Partial<Extraction>) =>
		({
			title: null, bloc: null, year: null, event: 'tong-ket', conference: { start: null, end: null, place: null, host: null, quote: null }, chair: null, viceChair: null,
			elected: { year: null, chair: null, viceChair: null }, nextConference: null, awards: [], officials: [], figures: [], condition: 'clean',
			cleaned: { author: null }, published: null, duplicateOf: null, draftUnits: [], draftBloc: null, ...over,
		}) as unknown as Extraction;

	it('calls a value the article does not have invented, and a list shows only its difference', () => {
		const r = compareExtraction({ chair: null, conference: { host: ['a', 'b'] }, published: '2020-01-14' }, x({ chair: { unit: 'ha-nam', quote: 'q', review: '' }, conference: { start: null, end: null, place: null, host: { value: ['b', 'c'], review: '' }, quote: null } }));
		expect(r.chair).toEqual({ verdict: 'invented', extra: 1, expected: 'null', got: 'ha-nam' });
		expect(r['conference.host']).toEqual({ verdict: 'wrong', detail: '1/2 (+1)', expected: '[a]', got: '[c]', extra: 1 });
		expect(r.published).toEqual({ verdict: 'missing', expected: '2020-01-14', got: 'null' });
		// Fields the reviewed data does not carry are not scored.
		expect(r.duplicateOf).toEqual({ verdict: 'n.a.' });
	});
});
