/** What `npm run new` and `npm run import` print after writing an article: the steps left and the page's address. */

export interface NextStepsInput {
	/** The article file written. */
	article: string;
	/** Its id: the file name without `.md`, which is its address. */
	id: string;
	/** For an import: where the source text was kept (`content/sources/…`); `null` for `new`. */
	source: string | null;
	/** Fields the draft leaves for a person (`title`, `conference.start`). */
	toFill?: readonly string[];
	/** Draft files of new blocs and boards to complete (`content/blocs/_draft-….yaml`). */
	drafts?: readonly string[];
}

/** The page address of an article. */
export const articleAddress = (id: string) => `/bai-viet/${id}/`;

/** The numbered next steps, in Vietnamese. */
export function nextSteps(input: NextStepsInput): string {
	const steps: string[] = [];
	if (input.source === null) {
		steps.push('Chép bản gốc của bài vào content/sources/ (ví dụ content/sources/ten-bai.txt) và ghi tên tệp đó vào source.file.');
		steps.push(`Dán nội dung bài vào cuối tệp ${input.article}, sau dòng --- thứ hai.`);
		steps.push('Điền các dữ kiện bài nêu: dòng ghi “(bắt buộc)” phải điền; điều bài không nêu thì để null.');
	} else {
		steps.push(`Mở ${input.article}: đọc từng dòng “# KIỂM TRA”, sửa nếu sai rồi xóa ghi chú đó.`);
		if (input.toFill?.length) steps.push(`Điền các chỗ còn trống (null) nếu bài có nêu: ${input.toFill.join(', ')}.`);
		for (const draft of input.drafts ?? []) steps.push(`Hoàn thiện ${draft} rồi đổi tên tệp, bỏ “_draft-” ở đầu.`);
	}
	steps.push('Chạy npm run check và sửa đến khi không còn lỗi.');
	steps.push(`Khi đã rà soát xong, xóa dòng draft: true. Bài sẽ ở địa chỉ ${articleAddress(input.id)} (xem thử: npm run dev rồi mở http://localhost:4321${articleAddress(input.id)}).`);
	const head = input.source === null ? `Đã tạo bài mới: ${input.article}` : `Đã viết bài nháp: ${input.article}\nBản nguồn: ${input.source} (đã ghi vào source.file).`;
	return `${head}\n\nBước tiếp theo:\n${steps.map((s, i) => `  ${i + 1}. ${s}`).join('\n')}`;
}
