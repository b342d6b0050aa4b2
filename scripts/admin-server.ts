/**
 * The editor on a staff member's machine (`npm run admin`, and the tests): serves /admin/ (the same
 * files the build writes) and, behind the same origin, Decap's local backend (the `decap-server`
 * package, file-system mode) over a content tree, plus `POST /api/check`, which runs
 * `scripts/check.ts` over that tree and returns its messages. Saving writes the file straight into
 * the tree (Decap switches to simple publishing: the local backend has no pull requests).
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { adminConfigYaml, adminFiles, decapFile } from '../src/integrations/admin.ts';
import { ADMIN_CSP_HEADER } from '../src/lib/cms/admin-page.ts';
import { parseCheckOutput, type CheckResult } from '../src/lib/cms/check-output.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

export interface AdminServerOptions {
	/** The content tree to edit (a folder holding articles/, blocs/, units/ …). */
	contentRoot: string;
	/** Port to listen on; 0 picks a free one. */
	port?: number;
	host?: string;
	/** Run the spelling check after a save (slower; the CI check always does). */
	spelling?: boolean;
}

export interface AdminServer {
	/** `http://127.0.0.1:<port>` */
	url: string;
	stop(): Promise<void>;
}

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.yml': 'text/yaml; charset=utf-8', '.json': 'application/json; charset=utf-8' };

function freePort(host: string): Promise<number> {
	return new Promise((resolve, reject) => {
		const s = net.createServer();
		s.once('error', reject);
		s.listen(0, host, () => {
			const { port } = s.address() as net.AddressInfo;
			s.close(() => resolve(port));
		});
	});
}

async function waitFor(url: string, worker: { exited: boolean }): Promise<void> {
	for (let i = 0; i < 400; i++) {
		if (worker.exited) throw new Error('decap-server stopped');
		const ok = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"action":"info"}' }).then((r) => r.ok, () => false);
		if (ok) return;
		await new Promise((r) => setTimeout(r, 50));
	}
	throw new Error(`decap-server did not answer at ${url}`);
}

/** Runs the checker over the content tree, from its parent folder so paths read `content/…`. */
export function runCheck(contentRoot: string, spelling: boolean): Promise<CheckResult> {
	const repo = path.dirname(path.resolve(contentRoot));
	const args = [path.join(ROOT, 'scripts/check.ts'), ...(spelling ? [] : ['--no-spelling'])];
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, args, { cwd: repo, env: { ...process.env, ARCHIVE_CONTENT_DIR: path.basename(path.resolve(contentRoot)), FORCE_COLOR: '0', NO_COLOR: '1' } });
		let output = '';
		child.stdout.on('data', (d: Buffer) => (output += d.toString('utf8')));
		child.stderr.on('data', (d: Buffer) => (output += d.toString('utf8')));
		child.on('error', reject);
		child.on('close', (code) => resolve(parseCheckOutput(output, code ?? 1)));
	});
}

export async function startAdminServer(options: AdminServerOptions): Promise<AdminServer> {
	const host = options.host ?? '127.0.0.1';
	const contentRoot = path.resolve(options.contentRoot);
	if (!fs.existsSync(path.join(contentRoot, 'articles'))) throw new Error(`${contentRoot} is not a content tree (no articles/ folder).`);
	const repoDir = path.dirname(contentRoot);
	const contentDir = path.basename(contentRoot);
	const backendPort = await freePort(host);
	// decap-server reads its settings from the environment when loaded; a worker thread gets its
	// own environment and ends with this process (a child process could outlive it).
	const backend = new Worker(path.join(ROOT, 'node_modules/decap-server/dist/index.js'), {
		env: { ...process.env, PORT: String(backendPort), BIND_HOST: host, MODE: 'fs', GIT_REPO_DIRECTORY: repoDir, LOG_LEVEL: 'warn' },
	});
	const state = { exited: false };
	backend.on('exit', () => (state.exited = true));
	backend.on('error', (error) => console.error('decap-server:', error));
	const backendUrl = `http://${host}:${backendPort}/api/v1`;
	await waitFor(backendUrl, state);
	const files = await adminFiles({ contentRoot, contentDir });

	const server = http.createServer((req, res) => {
		const url = new URL(req.url ?? '/', 'http://localhost');
		const send = (status: number, type: string, body: string | Buffer, headers: Record<string, string> = {}) => {
			res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', 'x-content-type-options': 'nosniff', ...headers });
			res.end(body);
		};
		if (req.method === 'POST' && url.pathname === '/api/v1') {
			// The local backend, behind this origin (the page's policy allows `connect-src 'self'`).
			const proxied = http.request(backendUrl, { method: 'POST', headers: { 'content-type': req.headers['content-type'] ?? 'application/json' } }, (r) => {
				res.writeHead(r.statusCode ?? 502, { 'content-type': r.headers['content-type'] ?? 'application/json' });
				r.pipe(res);
			});
			proxied.on('error', () => send(502, 'text/plain', 'decap-server unavailable'));
			req.pipe(proxied);
			return;
		}
		if (req.method === 'POST' && url.pathname === '/api/check') {
			runCheck(contentRoot, options.spelling ?? true).then(
				(result) => send(200, TYPES['.json']!, JSON.stringify(result)),
				(error: unknown) => send(500, 'text/plain; charset=utf-8', String(error)),
			);
			return;
		}
		if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, 'text/plain', 'Method not allowed');
		if (url.pathname === '/' || url.pathname === '/admin') return send(302, 'text/plain', '', { location: '/admin/' });
		if (url.pathname === '/favicon.svg') return send(200, 'image/svg+xml', fs.readFileSync(path.join(ROOT, 'public/favicon.svg')));
		const name = url.pathname === '/admin/' ? 'index.html' : url.pathname.startsWith('/admin/') ? url.pathname.slice('/admin/'.length) : null;
		if (name === 'config.yml') {
			// The local backend's address is this server's own origin, as the browser reached it.
			return send(200, TYPES['.yml']!, adminConfigYaml({ contentRoot, contentDir, localBackendUrl: `http://${req.headers.host ?? `${host}`}/api/v1` }));
		}
		const generated = name ? files.get(name) : undefined;
		if (name && generated !== undefined) {
			return send(200, TYPES[path.extname(name)] ?? 'application/octet-stream', generated, name === 'index.html' ? { 'content-security-policy': ADMIN_CSP_HEADER } : {});
		}
		const decap = name ? decapFile(name) : null;
		if (decap) return send(200, TYPES['.js']!, fs.readFileSync(decap));
		send(404, 'text/plain; charset=utf-8', 'Không có trang này.');
	});
	await new Promise<void>((resolve) => server.listen(options.port ?? 0, host, resolve));
	const { port } = server.address() as net.AddressInfo;
	const stop = async () => {
		await backend.terminate();
		server.closeAllConnections();
		await new Promise<void>((resolve) => server.close(() => resolve()));
	};
	return { url: `http://${host}:${port}`, stop };
}
