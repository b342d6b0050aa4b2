/** Site-wide constants. */
export const SITE = {
	name: 'Kho tư liệu Khối thi đua các Ban Quản lý KCN, KKT',
	shortName: 'Kho tư liệu Khối thi đua',
	description:
		'Kho lưu trữ mở về hội nghị tổng kết, luân phiên Khối trưởng, khen thưởng và chỉ tiêu của các Khối thi đua Ban Quản lý khu công nghiệp, khu kinh tế Việt Nam; mỗi dữ kiện dẫn về câu trong bài gốc.',
	locale: 'vi_VN',
	lang: 'vi',
} as const;
