/**
 * Writing an extraction as a draft article: front matter with every pre-filled field followed by a
 * `# KIỂM TRA: …` comment, unknowns as `null`, `draft: true`, and the cleaned body. A bloc the
 * archive does not have yet gets a draft entry for `content/blocs/_draft-<id>.yaml`.
 */
import { yamlScalar as q } from '../content/article-template.ts';
import type { SourceEncoding } from './encoding.ts';
import type { AwardFinding, DraftBloc, Extraction, FigureFinding, Finding, OfficialFinding, RoleFinding } from './extract.ts';
import { blocksToMarkdown } from './text-cleanup.ts';

const check = (note: string) => `  # KIỂM TRA: ${note.replace(/\s+/g, ' ').trim()}`;
const list = (ids: readonly string[]) => `[${ids.map(q).join(', ')}]`;

function field<T extends string | number | string[]>(indent: string, key: string, finding: Finding<T> | null, missing: string): string {
	if (!finding) return `${indent}${key}: ${key === 'host' ? '[]' : 'null'}${check(missing)}`;
	const v = finding.value;
	return `${indent}${key}: ${Array.isArray(v) ? list(v) : q(v as string | number)}${check(finding.review)}`;
}

function role(indent: string, key: string, r: RoleFinding | null): string[] {
	if (!r) return [`${indent}${key}: null`];
	return [`${indent}${key}:`, `${indent}  unit: ${q(r.unit)}${check(r.review)}`, `${indent}  quote: ${q(r.quote)}`];
}

function award(a: AwardFinding): string[] {
	const out = [`  - kind: ${a.kind}${check(a.review)}`, `    name: ${q(a.name)}`, `    recipients: ${list(a.recipients)}`];
	if (a.count !== null) out.push(`    count: ${a.count}`);
	out.push(`    status: ${a.status}`, `    by: ${q(a.by)}`, `    quote: ${q(a.quote)}`);
	return out;
}

function official(o: OfficialFinding): string[] {
	return [`  - name: ${q(o.name)}${check(o.review)}`, `    title: ${q(o.title)}`];
}

function figure(f: FigureFinding): string[] {
	const out = [`  - key: ${q(f.key)}${check(f.review)}`, `    scope: ${f.scope}`, `    measure: ${f.measure}`, `    printed: ${q(f.printed)}`, `    quote: ${q(f.quote)}`];
	if (f.asOf) out.push(`    asOf: ${f.asOf}`);
	if (f.estimate) out.push('    estimate: true');
	return out;
}

const CONDITION_NOTE: Record<Extraction['condition'], string> = {
	clean: 'văn bản sạch',
	ocr: 'văn bản nhận dạng ký tự (OCR) bị lỗi: cần khôi phục chữ trước khi đăng',
	'lost-diacritics': 'văn bản mất các ký tự trên U+00FF: cần khôi phục dấu trước khi đăng',
};

/** The `source.note` describing what the importer did. */
export function sourceNote(e: Extraction, encoding: SourceEncoding): string {
	const parts = [`Nhập tự động (bảng mã ${encoding}).`];
	const { images, tableMarkers } = e.cleaned.removed;
	if (images.length) parts.push(`Bỏ tên tệp ảnh còn sót từ trang web (${images.join(', ')}).`);
	if (tableMarkers) parts.push(`Bỏ ${tableMarkers} dấu bảng rỗng (| |).`);
	parts.push('Nối các dòng bị ngắt thành đoạn; chú thích ảnh ghi thành “Ảnh: …”.');
	if (e.condition !== 'clean') parts.push(`Bản nguồn hỏng: ${e.damageReasons.join('; ')}.`);
	return parts.join(' ');
}

/** The whole draft article: front matter and body. */
export function renderDraft(e: Extraction, source: { file: string; encoding: SourceEncoding }): string {
	const lines: string[] = ['---'];
	lines.push(e.title ? `title: ${q(e.title)}${check('dòng đầu của bản nguồn; viết lại chữ hoa nếu cần')}` : `title: null${check('bản nguồn không có tiêu đề: tự đặt và ghi titleEditorial: true')}`);
	lines.push(`titleEditorial: false`);
	lines.push(field('', 'bloc', e.bloc, 'không nhận ra khối thi đua trong bài'));
	lines.push(field('', 'year', e.year, 'không tìm thấy năm tổng kết'));
	lines.push(`event: ${e.event}`);
	lines.push('conference:');
	lines.push(field('  ', 'start', e.conference.start, 'bài không nêu ngày họp (hoặc chưa nhận ra)'));
	lines.push(field('  ', 'end', e.conference.end, 'một ngày hoặc không rõ'));
	lines.push(field('  ', 'place', e.conference.place, 'bài không nêu nơi họp (hoặc chưa nhận ra)'));
	lines.push(field('  ', 'host', e.conference.host, 'chưa nhận ra đơn vị đăng cai; không suy ra từ Khối trưởng'));
	if (e.conference.quote) lines.push(`  quote: ${q(e.conference.quote)}`);
	lines.push(...role('', 'chair', e.chair), ...role('', 'viceChair', e.viceChair));
	lines.push('elected:');
	if (e.elected.year !== null) lines.push(`  year: ${e.elected.year}`);
	lines.push(...role('  ', 'chair', e.elected.chair), ...role('  ', 'viceChair', e.elected.viceChair));
	if (e.nextConference) {
		const n = e.nextConference;
		lines.push('nextConference:', `  host: ${list(n.host)}${check(n.review)}`, `  place: ${q(n.place)}`, `  quote: ${q(n.quote)}`);
	}
	lines.push(e.awards.length ? 'awards:' : 'awards: []', ...e.awards.flatMap(award));
	lines.push(e.officials.length ? 'officials:' : 'officials: []', ...e.officials.flatMap(official));
	lines.push(e.figures.length ? 'figures:' : 'figures: []', ...e.figures.flatMap(figure));
	lines.push('source:');
	lines.push('  publisher: null');
	lines.push(`  title: ${q(e.title)}`);
	lines.push(`  author: ${q(e.cleaned.author)}${e.cleaned.author ? check('dòng ngắn cuối bài (chữ ký)') : ''}`);
	lines.push(`  file: ${q(source.file)}`);
	lines.push(`  condition: ${e.condition}${check(CONDITION_NOTE[e.condition])}`);
	lines.push(`  note: ${q(sourceNote(e, source.encoding))}`);
	lines.push('draft: true', '---', '');
	return lines.join('\n') + '\n' + blocksToMarkdown(e.cleaned.blocks);
}

/** A draft bloc entry for `content/blocs/_draft-<id>.yaml` (files starting with `_` are not published). */
export function renderDraftBloc(b: DraftBloc, sourceFile: string): string {
	return [
		`# KIỂM TRA: khối thi đua mới, lập tự động từ ${sourceFile}. Hoàn thiện rồi đổi tên tệp thành ${b.id}.yaml.`,
		`kind: ${b.kind}${check('khoi (Khối thi đua) hoặc cum (Cụm thi đua)')}`,
		'names:',
		`  - name: ${q(b.name)}${check('tên như bài in')}`,
		`    short: ${q(b.short)}`,
		'variants: []',
		`region: ${q(b.region)}${check('vùng của khối')}`,
		`members: []${check('thêm các ban quản lý thành viên mà nguồn nêu tên: - { unit: <mã> }')}`,
		'',
	].join('\n');
}
