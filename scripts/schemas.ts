/** `npm run schemas`: regenerates the editor JSON schemas and the Vietnamese front-matter reference. */
import fs from 'node:fs';
import { editorSchemas, referenceMarkdown } from '../src/lib/content/schema-docs.ts';
import { commandArgs } from './cli.ts';

commandArgs('schemas', `Cách dùng: npm run schemas

Sinh lại docs/schemas/*.schema.json (cho trình soạn thảo) và docs/huong-dan/tham-chieu-du-kien.md
(bảng mọi trường dữ kiện) từ các lược đồ trong src/schemas/. Chạy sau mỗi lần sửa lược đồ.

  --help   in hướng dẫn này`, {});

for (const [name, schema] of Object.entries(editorSchemas())) {
	fs.writeFileSync(`docs/schemas/${name}.schema.json`, `${JSON.stringify(schema, null, '\t')}\n`);
}
fs.writeFileSync('docs/huong-dan/tham-chieu-du-kien.md', referenceMarkdown());
console.log('Đã sinh docs/schemas/*.schema.json và docs/huong-dan/tham-chieu-du-kien.md.');
