/** `npm run schemas`: regenerates the editor JSON schemas and the Vietnamese front-matter reference. */
import fs from 'node:fs';
import { editorSchemas, referenceMarkdown } from '../src/lib/content/schema-docs.ts';

for (const [name, schema] of Object.entries(editorSchemas())) {
	fs.writeFileSync(`docs/schemas/${name}.schema.json`, `${JSON.stringify(schema, null, '\t')}\n`);
}
fs.writeFileSync('docs/huong-dan/tham-chieu-du-kien.md', referenceMarkdown());
console.log('Đã sinh docs/schemas/*.schema.json và docs/huong-dan/tham-chieu-du-kien.md.');
