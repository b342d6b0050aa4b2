/**
 * Where the derivation's messages go: one VFile per content file, and the positions of fields
 * and body lines in it when the caller knows them (the checker parses YAML with positions; the
 * build does not, and its messages name the field instead).
 */
import type { Point } from 'unist';
import { VFile } from 'vfile';
import { VFileMessage } from 'vfile-message';
import type { SourceEntry } from './types.ts';

interface Known {
	vfile: VFile;
	locate?: (field: string) => Point | undefined;
	bodyLine: number;
}

/** The files of one derivation run. */
export class Diagnostics {
	readonly #files = new Map<string, Known>();

	/** Registers a content file (its own VFile when given). */
	add(entry: Pick<SourceEntry<unknown>, 'file' | 'vfile' | 'locate' | 'bodyLine'>): void {
		if (this.#files.has(entry.file)) return;
		this.#files.set(entry.file, { vfile: entry.vfile ?? new VFile({ path: entry.file }), locate: entry.locate, bodyLine: entry.bodyLine ?? 1 });
	}

	/** The VFile of a content file. */
	file(path: string): VFile {
		if (!this.#files.has(path)) this.add({ file: path });
		return this.#files.get(path)!.vfile;
	}

	/** Where a front-matter field is written, when known. */
	at(path: string, field: string | undefined): Point | undefined {
		return field === undefined ? undefined : this.#files.get(path)?.locate?.(field);
	}

	/** A position relative to the body, moved to the file. */
	inBody(path: string, point: { line: number; column: number }): Point {
		return { line: point.line + (this.#files.get(path)?.bodyLine ?? 1) - 1, column: point.column };
	}

	/**
	 * A message at another file, for `cause` ("the other article says …"): its reason starts with
	 * `file:line:col` (vfile-reporter prints a cause's reason but not its file); an info, never fatal.
	 */
	causeAt(path: string, field: string | undefined, reason: string): VFileMessage {
		const place = this.at(path, field);
		const message = new VFileMessage(`${path}${place ? `:${place.line}:${place.column}` : ''}${field ? ` \`${field}\`` : ''}: ${reason}`);
		message.file = path;
		message.place = place;
		return message;
	}

	/** Every registered file, in registration order. */
	list(): VFile[] {
		return [...this.#files.values()].map((f) => f.vfile);
	}
}
