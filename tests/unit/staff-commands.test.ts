import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readArticleText } from '../../src/lib/content/front-matter.ts';
import { plainEnv } from '../helpers/build-site.ts';

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'staff-commands-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));
const content = path.join(work, 'content');
fs.cpSync('content', content, { recursive: true });
const run = (script: string, args: string[]) => {
	const r = spawnSync(process.execPath, [`scripts/${script}.ts`, ...args], { encoding: 'utf8', env: plainEnv({ ARCHIVE_CONTENT_DIR: content }) });
	return { status: r.status, stdout: r.stdout, stderr: r.stderr };
};

// Each case starts Node processes; on a loaded machine they take seconds each.
describe('--help on every staff command, without a stack trace', { timeout: 120_000 }, () => {
	it('new', () => {
		expect(run('new', ['--help'])).toEqual({
			status: 0,
			stderr: '',
			stdout: `Cách dùng: npm run new -- --bloc <mã khối> --year <năm> --title "<tiêu đề>"

Tạo bài mới content/articles/<năm>-<khối>-tong-ket.md với đủ mẫu dữ kiện, mỗi trường có ghi chú.
Thiếu tùy chọn nào thì lệnh hỏi lại.

  --bloc   mã khối: tên tệp trong content/blocs/, không có .yaml (ví dụ dong-bang-song-hong)
  --year   năm được tổng kết, bốn chữ số (ví dụ 2021)
  --title  tiêu đề bài như đã đăng
  --force  ghi đè nếu tệp đã có
  --help   in hướng dẫn này
`,
		});
	});

	it('import', () => {
		expect(run('import', ['--help'])).toEqual({
			status: 0,
			stderr: '',
			stdout: `Cách dùng: npm run import -- <tệp nguồn .txt>

Đọc một bài báo dạng văn bản thô (UTF-8, Windows-1258, TCVN3 hoặc VNI), chép nó vào
content/sources/ và viết bài nháp vào content/articles/. Mỗi dữ kiện tìm được có dòng
“# KIỂM TRA” để người rà soát; điều bài không nêu để null. Không ghi đè tệp nào đã có.

  --help   in hướng dẫn này
`,
		});
	});

	it('check and schemas', () => {
		expect(run('check', ['--help'])).toEqual({
			status: 0,
			stderr: '',
			stdout: `Cách dùng: npm run check

Kiểm tra mọi tệp trong content/ (khối, ban quản lý, bài viết) mà không dựng trang, rồi in
từng lỗi theo dạng tệp:dòng:cột. Lệnh trả mã 1 khi còn lỗi; cảnh báo không chặn việc đăng.

  TỆP …         chỉ hiện đầy đủ các tệp này (mặc định: các tệp Git thấy đã sửa hoặc mới)
  --all          hiện đầy đủ mọi tệp
  --no-spelling  bỏ qua kiểm tra chính tả (nhanh hơn; npm run build dùng cách này)
  --help         in hướng dẫn này
`,
		});
		expect(run('schemas', ['-h'])).toEqual({
			status: 0,
			stderr: '',
			stdout: `Cách dùng: npm run schemas

Sinh lại docs/schemas/*.schema.json (cho trình soạn thảo) và docs/huong-dan/tham-chieu-du-kien.md
(bảng mọi trường dữ kiện) từ các lược đồ trong src/schemas/. Chạy sau mỗi lần sửa lược đồ.

  --help   in hướng dẫn này
`,
		});
	});
});

describe('one-line errors', { timeout: 120_000 }, () => {
	it('a missing file says “không tìm thấy tệp …”', () => {
		expect(run('import', ['khong-co.txt'])).toEqual({ status: 1, stdout: '', stderr: 'Lỗi: không tìm thấy tệp khong-co.txt.\nXem hướng dẫn: npm run import -- --help\n' });
		expect(run('import', [])).toEqual({ status: 1, stdout: '', stderr: 'Lỗi: cần tên tệp nguồn, ví dụ: npm run import -- bai-goc.txt\nXem hướng dẫn: npm run import -- --help\n' });
	});

	it('an unknown option or a missing value is named', () => {
		expect(run('new', ['--blok', 'x'])).toEqual({ status: 1, stdout: '', stderr: 'Lỗi: không có tùy chọn `--blok`.\nXem hướng dẫn: npm run new -- --help\n' });
		expect(run('new', ['--bloc', 'dong-bang-song-hong', '--title', 'T', '--year'])).toEqual({ status: 1, stdout: '', stderr: 'Lỗi: tùy chọn `--year` cần một giá trị.\nXem hướng dẫn: npm run new -- --help\n' });
		expect(run('new', ['--bloc', 'bac-trung-bo', '--year', '2021', '--title', 'T'])).toEqual({
			status: 1,
			stdout: '',
			stderr: `Lỗi: khối \`bac-trung-bo\` không có trong ${content}/blocs/. Chọn một trong: cum-duyen-hai-mien-trung, dong-bang-song-hong, tay-nguyen-duyen-hai-mien-trung; khối mới thì thêm tệp <mã>.yaml trước (xem docs/huong-dan/).\nXem hướng dẫn: npm run new -- --help\n`,
		});
	});
});

describe('next steps', { timeout: 120_000 }, () => {
	it('`new` writes the template and prints where the source goes, the check and the address', () => {
		const r = run('new', ['--bloc', 'dong-bang-song-hong', '--year', '2030', '--title', 'Hội nghị tổng kết năm 2030']);
		const article = path.join(content, 'articles/2030-dong-bang-song-hong-tong-ket.md');
		expect(r).toEqual({
			status: 0,
			stdout: `${article}\n`,
			stderr: `Đã tạo bài mới: ${article}

Bước tiếp theo:
  1. Chép bản gốc của bài vào content/sources/ (ví dụ content/sources/ten-bai.txt) và ghi tên tệp đó vào source.file.
  2. Dán nội dung bài vào cuối tệp ${article}, sau dòng --- thứ hai.
  3. Điền các dữ kiện bài nêu: dòng ghi “(bắt buộc)” phải điền; điều bài không nêu thì để null.
  4. Chạy npm run check và sửa đến khi không còn lỗi.
  5. Khi đã rà soát xong, xóa dòng draft: true. Bài sẽ ở địa chỉ /bai-viet/2030-dong-bang-song-hong-tong-ket/ (xem thử: npm run dev rồi mở http://localhost:4321/bai-viet/2030-dong-bang-song-hong-tong-ket/).
`,
		});
		const text = fs.readFileSync(article, 'utf8');
		expect(readArticleText(text)!.data).toMatchObject({ title: 'Hội nghị tổng kết năm 2030', bloc: 'dong-bang-song-hong', year: 2030, draft: true });
		// The codes listed come from the content tree the command runs on.
		expect(text).toContain('#   van-phong: ');
		expect(text).toContain('#   state-budget: Nộp ngân sách nhà nước');
		expect(run('new', ['--bloc', 'dong-bang-song-hong', '--year', '2030', '--title', 'X']).stderr).toBe(`Lỗi: ${article} đã có; không ghi đè. Dùng --force nếu thật sự muốn thay.\nXem hướng dẫn: npm run new -- --help\n`);
	});

	it('`import` writes the draft, checks it at once, recognises a second report and prints the steps', () => {
		const r = run('import', ['tests/fixtures/import/held-out-2/17-dong-bang-song-hong-2019-hai-duong.txt']);
		const article = path.join(content, 'articles/2019-dong-bang-song-hong-tong-ket-nhap.md');
		expect(r).toEqual({
			status: 0,
			stdout: `${article}\n`,
			stderr: `CHÚ Ý: cùng hội nghị với bài 2019-dong-bang-song-hong-tong-ket (cùng khối, năm và ngày họp): đây là bản tin thứ hai về hội nghị đó. Xem ghi chú đầu bài nháp.

Kiểm tra bài nháp (npm run check): không có lỗi.
Đã viết bài nháp: ${article}
Bản nguồn: ${content}/sources/17-dong-bang-song-hong-2019-hai-duong.txt (đã ghi vào source.file).

Bước tiếp theo:
  1. Mở ${article}: đọc từng dòng “# KIỂM TRA”, sửa nếu sai rồi xóa ghi chú đó.
  2. Chạy npm run check và sửa đến khi không còn lỗi.
  3. Khi đã rà soát xong, xóa dòng draft: true. Bài sẽ ở địa chỉ /bai-viet/2019-dong-bang-song-hong-tong-ket-nhap/ (xem thử: npm run dev rồi mở http://localhost:4321/bai-viet/2019-dong-bang-song-hong-tong-ket-nhap/).
`,
		});
		expect(readArticleText(fs.readFileSync(article, 'utf8'))!.data).toMatchObject({ bloc: 'dong-bang-song-hong', year: 2019, conference: { start: '2020-01-03', host: ['hai-duong'] }, elected: { chair: { unit: 'bac-ninh' } }, draft: true });
	});

	it('`import` refuses bad input in one line and writes nothing', () => {
		const before = fs.readdirSync(path.join(content, 'articles')).length;
		expect(run('import', ['tests/fixtures/import/bad/empty.txt'])).toEqual({ status: 1, stdout: '', stderr: 'Lỗi: tệp empty.txt trống: không có gì để nhập.\nXem hướng dẫn: npm run import -- --help\n' });
		expect(run('import', ['tests/fixtures/import/bad/off-topic.txt'])).toEqual({
			status: 1,
			stdout: '',
			stderr: 'Lỗi: off-topic.txt không giống bài về hội nghị của một khối thi đua (không thấy tên khối, năm tổng kết hay ngày họp): không viết bài nháp.\nXem hướng dẫn: npm run import -- --help\n',
		});
		expect(fs.readdirSync(path.join(content, 'articles')).length).toBe(before);
		expect(fs.existsSync(path.join(content, 'sources/off-topic.txt'))).toBe(false);
	});
});
