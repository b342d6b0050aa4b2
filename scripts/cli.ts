/**
 * What every staff command (`new`, `import`, `check`, `schemas`) shares: `--help`, Vietnamese
 * one-line errors without a stack trace, and reading the options.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';

/** Prints `message` as `Lỗi: …` (and where to get help) on stderr and exits 1. Never a stack trace. */
export function fail(command: string, message: string): never {
	console.error(`Lỗi: ${message}`);
	console.error(`Xem hướng dẫn: npm run ${command} -- --help`);
	process.exit(1);
}

/**
 * Reads the command's options. `--help` (or `-h`) prints `help` and exits 0; an unknown option or a
 * missing value says so in Vietnamese and exits 1.
 */
export function commandArgs<O extends NonNullable<ParseArgsConfig['options']>>(command: string, help: string, options: O, positionals = false, args = process.argv.slice(2)) {
	if (args.includes('--help') || args.includes('-h')) {
		console.log(help);
		process.exit(0);
	}
	try {
		return parseArgs({ args, options, allowPositionals: positionals, strict: true });
	} catch (error) {
		const code = (error as { code?: string }).code;
		const option = /'(-{1,2}[^'\s]+)/.exec((error as Error).message)?.[1];
		if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') fail(command, `không có tùy chọn \`${option}\`.`);
		if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') fail(command, `tùy chọn \`${option}\` cần một giá trị.`);
		if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') fail(command, `lệnh này không nhận \`${args.find((a) => !a.startsWith('-'))}\`.`);
		fail(command, (error as Error).message);
	}
}
