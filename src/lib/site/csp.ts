/**
 * The site's Content-Security-Policy, written once and delivered twice: as a `<meta http-equiv>`
 * in every page (src/layouts/BaseLayout.astro) and as an HTTP header in public/_headers
 * (Netlify/Cloudflare Pages format; tests/e2e/security.test.ts checks the two agree).
 *
 * The policy holds because the site has no inline code at all: styles are external files
 * (`build.inlineStylesheets: 'never'`), Astro's processed scripts are never inlined
 * (`vite.build.assetsInlineLimit: 0` in astro.config.mjs) and no markup carries event handlers.
 * JSON-LD blocks (`<script type="application/ld+json">`) are data, not script: CSP does not
 * apply to them and Chromium reports no violation. Pagefind compiles WebAssembly, hence
 * `'wasm-unsafe-eval'` (which allows WebAssembly only, not `eval`).
 */

/** Directive → sources. `frame-ancestors` is header-only: browsers ignore it in a meta element. */
export const CSP_DIRECTIVES = {
	'default-src': ["'self'"],
	'script-src': ["'self'", "'wasm-unsafe-eval'"],
	'style-src': ["'self'"],
	'img-src': ["'self'"],
	'font-src': ["'self'"],
	'connect-src': ["'self'"],
	'object-src': ["'none'"],
	'base-uri': ["'none'"],
	'form-action': ["'self'"],
} as const satisfies Record<string, readonly string[]>;

/** Directives that only work when delivered as an HTTP header. */
export const CSP_HEADER_ONLY = {
	'frame-ancestors': ["'none'"],
} as const satisfies Record<string, readonly string[]>;

const serialise = (directives: Record<string, readonly string[]>) =>
	Object.entries(directives)
		.map(([name, sources]) => `${name} ${sources.join(' ')}`)
		.join('; ');

/** The policy for `<meta http-equiv="Content-Security-Policy">`. */
export const CSP_META = serialise(CSP_DIRECTIVES);

/**
 * The policy for `npm run dev` only. The dev server injects styles as inline `<style>` elements,
 * runs Vite's client (inline module scripts, a WebSocket for live reload) and its toolbar: a
 * strict policy there blocks them and staff see an unstyled preview. Built pages never get it.
 */
export const CSP_DEV_META = serialise({
	...CSP_DIRECTIVES,
	'script-src': ["'self'", "'unsafe-inline'", "'wasm-unsafe-eval'"],
	'style-src': ["'self'", "'unsafe-inline'"],
	'img-src': ["'self'", 'data:', 'blob:'],
	'connect-src': ["'self'", 'ws:', 'wss:'],
});

/** The policy for the `Content-Security-Policy` response header (public/_headers). */
export const CSP_HEADER = serialise({ ...CSP_DIRECTIVES, ...CSP_HEADER_ONLY });

/** Parses a policy string into directive → sources, for tests comparing the two deliveries. */
export function parseCsp(policy: string): Map<string, string[]> {
	const out = new Map<string, string[]>();
	for (const part of policy.split(';')) {
		const [name, ...sources] = part.trim().split(/\s+/);
		if (name) out.set(name.toLowerCase(), sources);
	}
	return out;
}
