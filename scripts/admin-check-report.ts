/**
 * `npm run check:pr` (CI, .github/workflows/ci.yml): runs `npm run check` and reports its messages
 * where a staff member who saved in the editor sees them: as GitHub annotations on the pull
 * request's files (`file:line:col`), in the job summary, and as a comment written to
 * `--comment FILE` for the workflow to post. Exits with the checker's status.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { githubAnnotations, parseCheckOutput, pullRequestComment } from '../src/lib/cms/check-output.ts';

const { values } = parseArgs({ options: { comment: { type: 'string' } }, allowPositionals: false });
const run = spawnSync(process.execPath, ['scripts/check.ts'], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' } });
const output = `${run.stdout}${run.stderr}`;
process.stdout.write(output);
const result = parseCheckOutput(output, run.status ?? 1);
for (const line of githubAnnotations(result)) console.log(line);
const comment = pullRequestComment(result);
if (values.comment) fs.writeFileSync(values.comment, comment);
if (process.env.GITHUB_STEP_SUMMARY) fs.appendFileSync(process.env.GITHUB_STEP_SUMMARY, comment);
process.exitCode = run.status ?? 1;
