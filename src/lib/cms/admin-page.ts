/**
 * The /admin/ page of the staff editor and its own Content-Security-Policy. Every other page keeps
 * the site's policy (src/lib/site/csp.ts); this one allows only what Decap CMS needs:
 *
 * - `script-src 'unsafe-eval'`: Decap validates its configuration with ajv, which compiles
 *   validators with `new Function`. Still no inline script and nothing from another host.
 * - `style-src 'unsafe-inline'`: Decap's interface is styled by emotion, which injects `<style>`
 *   elements at run time.
 * - `img-src data: blob:` for Decap's own icons and uploaded files;
 *   `https://avatars.githubusercontent.com` for the signed-in staff member's picture.
 * - `connect-src https://api.github.com`: reading and committing content through the GitHub API
 *   (production). The local backend (`npm run admin`) is served from the page's own origin.
 *   `connect-src blob:`: Decap reads back its own in-memory files (`blob:` URLs) with `fetch`.
 * - `frame-src 'self'`: the preview pane is a same-origin frame.
 *
 * The page loads only files served with it under /admin/: Decap's bundle (copied from
 * node_modules), the generated config.yml and the archive's admin script.
 */
import { parseCsp } from '../site/csp.ts';

export const ADMIN_CSP_DIRECTIVES = {
	'default-src': ["'self'"],
	'script-src': ["'self'", "'unsafe-eval'"],
	'style-src': ["'self'", "'unsafe-inline'"],
	'img-src': ["'self'", 'data:', 'blob:', 'https://avatars.githubusercontent.com'],
	'font-src': ["'self'", 'data:'],
	'connect-src': ["'self'", 'blob:', 'https://api.github.com'],
	'frame-src': ["'self'"],
	'object-src': ["'none'"],
	'base-uri': ["'none'"],
	'form-action': ["'none'"],
} as const satisfies Record<string, readonly string[]>;

const serialise = (directives: Record<string, readonly string[]>) =>
	Object.entries(directives)
		.map(([name, sources]) => `${name} ${sources.join(' ')}`)
		.join('; ');

/** The /admin/ policy for its `<meta http-equiv>`. */
export const ADMIN_CSP_META = serialise(ADMIN_CSP_DIRECTIVES);
/** The /admin/ policy for the response header (public/_headers); adds `frame-ancestors`. */
export const ADMIN_CSP_HEADER = serialise({ ...ADMIN_CSP_DIRECTIVES, 'frame-ancestors': ["'none'"] });

export { parseCsp };

/** The editor's page. `scripts` are loaded in order: our setup first, then Decap's bundle. */
export function adminPageHtml(): string {
	return `<!doctype html>
<html lang="vi">
	<head>
		<meta charset="utf-8">
		<meta http-equiv="Content-Security-Policy" content="${ADMIN_CSP_META}">
		<meta name="viewport" content="width=device-width, initial-scale=1">
		<meta name="robots" content="noindex">
		<title>Trình soạn thảo · Kho tư liệu Khối thi đua</title>
		<link rel="icon" href="/favicon.svg" type="image/svg+xml">
		<link rel="cms-config-url" type="text/yaml" href="/admin/config.yml">
		<link rel="stylesheet" href="/admin/admin.css">
		<script src="/admin/admin.js"></script>
		<script src="/admin/decap-cms.js"></script>
	</head>
	<body>
		<noscript>Trình soạn thảo cần JavaScript.</noscript>
	</body>
</html>
`;
}
