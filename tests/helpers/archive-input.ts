/** Small validated inputs for the derivation's unit tests: three boards, one bloc, articles built through the real schema. */
import type { SourceEntry } from '../../src/lib/archive/index.ts';
import { ArticleSchema, type ArticleData } from '../../src/schemas/article.ts';
import { BlocSchema, type BlocData } from '../../src/schemas/bloc.ts';
import { idReference } from '../../src/schemas/common.ts';
import { UnitSchema, type UnitData } from '../../src/schemas/unit.ts';

export const unit = (id: string, names: Array<{ name: string; from?: number; to?: number }>, variants: string[] = []): SourceEntry<UnitData> => ({
	id,
	file: `content/units/${id}.yaml`,
	data: UnitSchema().parse({ names, variants, province: 'Tỉnh' }),
});

export const units = [
	unit('a', [{ name: 'Ban Quản lý các khu công nghiệp tỉnh An' }], ['BQL các KCN tỉnh An']),
	unit('b', [{ name: 'Ban Quản lý các khu công nghiệp và chế xuất Bình', to: 2016 }, { name: 'Ban Quản lý Khu công nghệ cao và các khu công nghiệp Bình', from: 2020 }]),
	unit('c', [{ name: 'Ban Quản lý Khu kinh tế Cần' }]),
];

export const bloc = (id: string, data: Record<string, unknown> = {}): SourceEntry<BlocData> => ({
	id,
	file: `content/blocs/${id}.yaml`,
	data: BlocSchema(idReference).parse({ kind: 'khoi', names: [{ name: `Khối thi đua ${id.toUpperCase()}`, short: `Khối ${id.toUpperCase()}` }], region: 'Vùng', from: 2018, members: [{ unit: 'a' }, { unit: 'b' }, { unit: 'c' }], ...data }),
});

export const blocs = [bloc('k')];

export function article(id: string, data: Record<string, unknown>, body = 'Nội dung.'): SourceEntry<ArticleData> {
	return {
		id,
		file: `content/articles/${id}.md`,
		body,
		data: ArticleSchema(idReference).parse({ title: id, bloc: 'k', source: { file: `${id}.txt`, condition: 'clean' }, conference: {}, ...data }),
	};
}
