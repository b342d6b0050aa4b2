import { defineConfig } from 'vitest/config';

// Three projects: `unit` runs on plain data in seconds; `site` builds the real archive once
// (tests/global-setup.ts) and tests the built pages, then drives Chromium against them;
// `relevance` builds the real archive among 1,000 synthetic articles and runs the search suite.
export default defineConfig({
	test: {
		testTimeout: 30_000,
		hookTimeout: 240_000,
		projects: [
			{ extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
			{ extends: true, test: { name: 'site', include: ['tests/build/**/*.test.ts', 'tests/e2e/**/*.test.ts'], globalSetup: ['tests/global-setup.ts'] } },
			// The relevance suite among 1,000 synthetic articles: generated and built once (about a minute).
			{ extends: true, test: { name: 'relevance', include: ['tests/relevance/**/*.test.ts'], globalSetup: ['tests/relevance/global-setup.ts'] } },
		],
	},
});
