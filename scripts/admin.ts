/**
 * `npm run admin`: the staff editor on this machine, over the working copy's content (or another
 * tree with `--content DIR`). Open the printed address; saving writes the Markdown/YAML file into
 * the tree and runs `npm run check` on it. Commit and open a pull request as usual afterwards.
 *
 *   npm run admin                      # http://localhost:8080/admin/
 *   npm run admin -- --port 9000 --no-spelling
 */
import { parseArgs } from 'node:util';
import { CONTENT_DIRS } from '../src/content-paths.ts';
import { startAdminServer } from './admin-server.ts';

const { values } = parseArgs({
	options: { content: { type: 'string' }, port: { type: 'string', default: '8080' }, 'no-spelling': { type: 'boolean', default: false } },
	allowPositionals: false,
});

const server = await startAdminServer({ contentRoot: values.content ?? CONTENT_DIRS.root, port: Number(values.port), host: 'localhost', spelling: !values['no-spelling'] });
console.log(`Trình soạn thảo: ${server.url.replace('127.0.0.1', 'localhost')}/admin/  (Ctrl+C để dừng)`);
const stop = () => void server.stop().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
