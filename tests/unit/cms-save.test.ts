import { describe, expect, it } from 'vitest';
import { formatCheckMessage, githubAnnotations, parseCheckOutput, pullRequestComment } from '../../src/lib/cms/check-output.ts';
import { cmsConfig } from '../../src/lib/cms/config.ts';
import { emptyPaths, withoutEmpty } from '../../src/lib/cms/normalize.ts';

const articleFields = cmsConfig({ indicators: [{ key: 'projects-new', label: 'Dự án cấp mới' }], repo: 'o/r' }).collections[0]!.fields;

describe('what the editor saves', () => {
	it('leaves out emptied fields and optional groups left empty, keeps required groups and lists of facts', () => {
		const data = {
			title: 'Hội nghị',
			year: 2021,
			conference: { start: '', end: '', place: 'Hải Phòng', host: [], quote: '' },
			chair: { unit: '', quote: '' },
			viceChair: { unit: 'nam-dinh', quote: '' },
			elected: { year: Number.NaN, chair: { unit: '' }, viceChair: {} },
			awards: [{ kind: 'flag', name: 'Cờ thi đua', recipients: ['hai-phong'], count: '', status: 'proposed', by: '' }],
			officials: [],
			source: { file: '', condition: '' },
			draft: false,
		};
		expect(emptyPaths(data, articleFields)).toEqual([
			['elected', 'chair', 'unit'],
			['awards', 0, 'count'],
			['awards', 0, 'by'],
			['conference', 'start'],
			['conference', 'end'],
			['conference', 'host'],
			['conference', 'quote'],
			['chair', 'unit'],
			['chair', 'quote'],
			['viceChair', 'quote'],
			['elected', 'year'],
			['elected', 'chair'],
			['elected', 'viceChair'],
			['source', 'file'],
			['source', 'condition'],
			['chair'],
			['elected'],
			['officials'],
		]);
		expect(withoutEmpty(data, articleFields)).toEqual({
			title: 'Hội nghị',
			year: 2021,
			conference: { place: 'Hải Phòng' },
			viceChair: { unit: 'nam-dinh' },
			awards: [{ kind: 'flag', name: 'Cờ thi đua', recipients: ['hai-phong'], status: 'proposed' }],
			source: {},
			draft: false,
		});
	});

	it('leaves a complete entry alone', () => {
		expect(emptyPaths({ title: 'x', chair: { unit: 'hai-phong' }, draft: false, titleEditorial: false }, articleFields)).toEqual([]);
	});
});

const OUTPUT = `content/articles/2020-dong-bang-song-hong-tong-ket.md
71:73 warning \`figures[15].printed\`: Dấu chấm trong \`4.86\`, có thể là dấu thập phân. number-against-convention archive

content/articles/2022-dong-bang-song-hong-tong-ket.md
9:10  error   \`conference.quote\`: Câu trích \`Câu này\` không có trong thân bài.   quote                     archive
1:1-1:4  error   Tệp trống, 100% chắc chắn   empty  archive

3 messages (✖ 2 errors, ⚠ 1 warning)
32 tệp, 2 lỗi, 1 cảnh báo (4.2 s).
`;

describe('the checker’s output, shown to the editor and on the pull request', () => {
	const result = parseCheckOutput(`\u001b[4m${OUTPUT}`, 1);

	it('reads every message with its file, line, column, severity, words and rule', () => {
		expect(result).toEqual({
			ok: false,
			summary: '32 tệp, 2 lỗi, 1 cảnh báo (4.2 s).',
			messages: [
				{ file: 'content/articles/2020-dong-bang-song-hong-tong-ket.md', line: 71, column: 73, severity: 'warning', message: '`figures[15].printed`: Dấu chấm trong `4.86`, có thể là dấu thập phân.', rule: 'number-against-convention' },
				{ file: 'content/articles/2022-dong-bang-song-hong-tong-ket.md', line: 9, column: 10, severity: 'error', message: '`conference.quote`: Câu trích `Câu này` không có trong thân bài.', rule: 'quote' },
				{ file: 'content/articles/2022-dong-bang-song-hong-tong-ket.md', line: 1, column: 1, severity: 'error', message: 'Tệp trống, 100% chắc chắn', rule: 'empty' },
			],
		});
		expect(formatCheckMessage(result.messages[1]!)).toBe('content/articles/2022-dong-bang-song-hong-tong-ket.md:9:10: lỗi: `conference.quote`: Câu trích `Câu này` không có trong thân bài. (quote)');
		expect(parseCheckOutput('31 tệp, 0 lỗi, 0 cảnh báo (1.0 s).\n', 0)).toEqual({ ok: true, messages: [], summary: '31 tệp, 0 lỗi, 0 cảnh báo (1.0 s).' });
	});

	it('annotates the pull request’s files with GitHub workflow commands, escaped', () => {
		expect(githubAnnotations(result)).toEqual([
			'::warning file=content/articles/2020-dong-bang-song-hong-tong-ket.md,line=71,col=73,title=npm run check%3A number-against-convention::`figures[15].printed`: Dấu chấm trong `4.86`, có thể là dấu thập phân.',
			'::error file=content/articles/2022-dong-bang-song-hong-tong-ket.md,line=9,col=10,title=npm run check%3A quote::`conference.quote`: Câu trích `Câu này` không có trong thân bài.',
			'::error file=content/articles/2022-dong-bang-song-hong-tong-ket.md,line=1,col=1,title=npm run check%3A empty::Tệp trống, 100%25 chắc chắn',
		]);
	});

	it('writes the pull request comment with errors first', () => {
		expect(pullRequestComment(result)).toBe(`<!-- archive-check -->
### Kiểm tra nội dung: có lỗi, chưa thể đăng

32 tệp, 2 lỗi, 1 cảnh báo (4.2 s).

**Lỗi** (phải sửa trước khi hợp nhất):

- \`content/articles/2022-dong-bang-song-hong-tong-ket.md:9:10\` \`conference.quote\`: Câu trích \`Câu này\` không có trong thân bài. (\`quote\`)
- \`content/articles/2022-dong-bang-song-hong-tong-ket.md:1:1\` Tệp trống, 100% chắc chắn (\`empty\`)

**Cảnh báo**:

- \`content/articles/2020-dong-bang-song-hong-tong-ket.md:71:73\` \`figures[15].printed\`: Dấu chấm trong \`4.86\`, có thể là dấu thập phân. (\`number-against-convention\`)

Sửa trong trình soạn thảo (/admin/) rồi lưu lại: kiểm tra sẽ chạy lại trên yêu cầu hợp nhất này.
`);
	});
});
