import { defineConfig } from 'vitest/config';

// Two projects: `unit` runs on plain data in seconds; `site` builds the real archive once
// (tests/global-setup.ts) and tests the built pages, then drives Chromium against them.
export default defineConfig({
	test: {
		testTimeout: 30_000,
		hookTimeout: 240_000,
		projects: [
			{ extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
			{ extends: true, test: { name: 'site', include: ['tests/build/**/*.test.ts', 'tests/e2e/**/*.test.ts'], globalSetup: ['tests/global-setup.ts'] } },
		],
	},
});
