/** The article preview of the editor: placeholder until the faithful preview lands. */
import type { DecapCms } from './admin.ts';

export async function registerArticlePreview(_cms: DecapCms): Promise<void> {}
