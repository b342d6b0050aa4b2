import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSite, OUTPUT } from '../helpers/build-site.ts';
import { writeMixedContent } from '../../scripts/search-relevance-content.ts';

declare module 'vitest' {
	export interface ProvidedContext {
		mixedSiteDir: string;
	}
}

/** The real archive among 1,000 synthetic articles, generated and built once for the relevance suite. */
export const MIXED_ARTICLES = 1000;

export default function setup(project: TestProject) {
	const content = path.join(OUTPUT, 'relevance-content');
	writeMixedContent({ articles: MIXED_ARTICLES, out: content });
	const result = buildSite('relevance', content);
	if (!result.ok) throw new Error(`The mixed archive does not build:\n${result.log.slice(-4000)}`);
	project.provide('mixedSiteDir', result.outDir);
}
