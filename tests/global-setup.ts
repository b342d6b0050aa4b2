import type { TestProject } from 'vitest/node';
import { buildSite } from './helpers/build-site.ts';

declare module 'vitest' {
	export interface ProvidedContext {
		siteDir: string;
	}
}

/** Builds the site fixture (tests/fixtures/site/content) once for every build and browser test. */
export default function setup(project: TestProject) {
	const result = buildSite('site');
	if (!result.ok) throw new Error(`The archive does not build:\n${result.log}`);
	project.provide('siteDir', result.outDir);
}
