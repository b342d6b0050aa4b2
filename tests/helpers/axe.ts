/** axe-core (WCAG 2.0/2.1/2.2 A and AA) run in a page, for the accessibility gates. */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT } from './build-site.ts';

const AXE = path.join(ROOT, 'node_modules/axe-core/axe.min.js');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * The page's axe violations, one line per node (`id (impact) target: summary`). axe is injected as
 * an inline script, which the site's Content-Security-Policy forbids: use a context with `bypassCSP`.
 */
export async function axeViolations(page: Page): Promise<string[]> {
	if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE });
	const results = (await page.evaluate(`axe.run(document, { runOnly: { type: 'tag', values: ${JSON.stringify(TAGS)} } })`)) as {
		violations: Array<{ id: string; impact: string; nodes: Array<{ target: string[]; failureSummary: string }> }>;
	};
	return results.violations.flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}) ${n.target.join(' ')}: ${n.failureSummary.replace(/\s+/g, ' ')}`));
}
