/**
 * Where content lives, changed in one place. Paths are relative to the project root.
 * `ARCHIVE_CONTENT_DIR` points the build at another content tree (test fixtures, benchmarks).
 */
const root = (process.env.ARCHIVE_CONTENT_DIR ?? './content').replace(/\/$/, '');

export const CONTENT_DIRS = {
	root,
	blocs: `${root}/blocs`,
	units: `${root}/units`,
	articles: `${root}/articles`,
	/** Original source texts, published as plain text under `/nguon/`. */
	sources: `${root}/sources`,
	/** Photos an MDX article shows with `<Hinh src>`, published under `/anh/`. */
	images: `${root}/anh`,
	/** The indicator vocabulary. */
	indicators: `${root}/indicators.yaml`,
} as const;
