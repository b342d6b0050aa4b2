/**
 * Measuring helpers for `npm run bench`: run a command and record its wall time and the peak
 * resident memory of its whole process tree, folder sizes, and a static file server that counts
 * the bytes it sends (for bytes fetched per search query).
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';

export interface RunResult {
	ok: boolean;
	seconds: number;
	/** Peak of the summed resident memory of the process and its descendants, in bytes. */
	peakRss: number;
	/** User + system CPU seconds of the process and its descendants (from /usr/bin/time), or null. */
	cpuSeconds: number | null;
	log: string;
}

const PAGE = 4096;

/** Resident memory of `root` and every descendant, from /proc (Linux). */
function treeRss(root: number): number {
	const children = new Map<number, number[]>();
	let total = 0;
	let entries: string[];
	try {
		entries = fs.readdirSync('/proc').filter((d) => /^\d+$/.test(d));
	} catch {
		return 0;
	}
	const rss = new Map<number, number>();
	for (const d of entries) {
		try {
			const stat = fs.readFileSync(`/proc/${d}/stat`, 'utf8');
			const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
			const ppid = Number(fields[1]);
			const pid = Number(d);
			children.set(ppid, [...(children.get(ppid) ?? []), pid]);
			rss.set(pid, Number(fields[21]) * PAGE);
		} catch {
			// The process ended while we looked.
		}
	}
	const stack = [root];
	while (stack.length > 0) {
		const pid = stack.pop()!;
		total += rss.get(pid) ?? 0;
		stack.push(...(children.get(pid) ?? []));
	}
	return total;
}

/** Runs `command args` with `env`, streaming nothing, returning time, peak tree memory and the log. */
export function measure(command: string, args: string[], options: { env?: NodeJS.ProcessEnv; cwd?: string; onLine?: (line: string) => void } = {}): Promise<RunResult> {
	return new Promise((resolve) => {
		const started = performance.now();
		// CPU time is steadier than wall time on a shared machine: GNU time reports it for the whole tree.
		const timeFile = fs.existsSync('/usr/bin/time') ? path.join(fs.mkdtempSync('/tmp/bench-time-'), 'cpu') : null;
		if (timeFile) {
			args = ['-f', '%U %S', '-o', timeFile, command, ...args];
			command = '/usr/bin/time';
		}
		const child = spawn(command, args, { cwd: options.cwd, env: { ...process.env, ...options.env }, stdio: ['ignore', 'pipe', 'pipe'] });
		let log = '';
		let partial = '';
		const take = (chunk: Buffer) => {
			const text = chunk.toString();
			log += text;
			if (!options.onLine) return;
			partial += text;
			const lines = partial.split('\n');
			partial = lines.pop()!;
			for (const line of lines) options.onLine(line);
		};
		child.stdout.on('data', take);
		child.stderr.on('data', take);
		let peakRss = 0;
		const poll = setInterval(() => {
			if (child.pid) peakRss = Math.max(peakRss, treeRss(child.pid));
		}, 200);
		child.on('close', (code) => {
			clearInterval(poll);
			let cpuSeconds: number | null = null;
			if (timeFile && fs.existsSync(timeFile)) {
				const [user, system] = fs.readFileSync(timeFile, 'utf8').trim().split('\n').at(-1)!.split(' ').map(Number);
				if (Number.isFinite(user) && Number.isFinite(system)) cpuSeconds = user! + system!;
				fs.rmSync(path.dirname(timeFile), { recursive: true, force: true });
			}
			resolve({ ok: code === 0, seconds: (performance.now() - started) / 1000, peakRss, cpuSeconds, log });
		});
	});
}

/** Total size of the files under `dir`, in bytes. */
export function folderBytes(dir: string): number {
	if (!fs.existsSync(dir)) return 0;
	let total = 0;
	for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
		if (entry.isFile()) total += fs.statSync(path.join(entry.parentPath, entry.name)).size;
	}
	return total;
}

/** Number of files under `dir`. */
export function fileCount(dir: string, suffix = ''): number {
	if (!fs.existsSync(dir)) return 0;
	return fs.readdirSync(dir, { withFileTypes: true, recursive: true }).filter((e) => e.isFile() && e.name.endsWith(suffix)).length;
}

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript',
	'.mjs': 'text/javascript',
	'.css': 'text/css',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.wasm': 'application/wasm',
	'.woff2': 'font/woff2',
	'.xml': 'application/xml',
	'.txt': 'text/plain; charset=utf-8',
};

/** A static server for a built site that counts the bytes it sends, so a test can read bytes per query. */
export async function countingServer(root: string): Promise<{ url: string; bytes: () => number; requests: () => string[]; reset: () => void; close: () => Promise<void> }> {
	let bytes = 0;
	let requests: string[] = [];
	const server = http.createServer((req, res) => {
		const url = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
		let file = path.join(root, url);
		if (!file.startsWith(root)) {
			res.writeHead(403).end();
			return;
		}
		if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
		if (!fs.existsSync(file)) {
			res.writeHead(404).end();
			return;
		}
		const body = fs.readFileSync(file);
		bytes += body.length;
		requests.push(url);
		res.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'Content-Length': body.length, 'Cache-Control': 'no-cache' });
		res.end(body);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const address = server.address();
	const port = typeof address === 'object' && address ? address.port : 0;
	return {
		url: `http://127.0.0.1:${port}`,
		bytes: () => bytes,
		requests: () => requests,
		reset: () => {
			bytes = 0;
			requests = [];
		},
		close: () => new Promise<void>((resolve) => server.close(() => resolve())),
	};
}

/** `12.3 MB`. */
export function mb(bytes: number): string {
	return `${(bytes / 1e6).toFixed(1)} MB`;
}
