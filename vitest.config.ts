import { defineConfig } from 'vitest/config';

// Two projects: `unit` runs on plain data in seconds; `site` builds the site fixture
// (tests/fixtures/site/content, see tests/helpers/build-site.ts) once in tests/global-setup.ts and
// tests the built pages, then drives Chromium against them. The `site` project's test processes
// read the same fixture through src/content-paths.ts (the reconciliation, the content loaders).
export default defineConfig({
	test: {
		testTimeout: 30_000,
		hookTimeout: 240_000,
		projects: [
			{ extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
			{ extends: true, test: { name: 'site', include: ['tests/build/**/*.test.ts', 'tests/e2e/**/*.test.ts'], globalSetup: ['tests/global-setup.ts'], env: { ARCHIVE_CONTENT_DIR: 'tests/fixtures/site/content' } } },
		],
	},
});
