import { describe, expect, it } from 'vitest';
import { ProblemList } from './problems.ts';
import { checkPeople } from './verbatim.ts';
import type { Person } from './schema.ts';

// Its bad-data cases, on the committed files, are data: verbatim.rejections.json.

const tang: Person = {
	id: 'tang-xianghua',
	name: { zh: '唐向华', en: 'Tang Xianghua' },
	post: { zh: '项目工程总监', en: 'Project engineering director', enCoined: true },
	quote: '项目工程总监唐向华说，“4月30日取得施工许可证，5月14日开工建设，目前已返还第一笔开工履约保证金。”',
	paragraph: 7
};

function problemsOf(people: Person[]): string[] {
	const problems = new ProblemList();
	checkPeople(people, problems);
	return problems.items.map((p) => `${p.record} ${p.field}: ${p.message}`);
}

describe('checkPeople', () => {
	it('accepts a name and post as printed', () => {
		expect(problemsOf([tang])).toEqual([]);
	});

	it('rejects a post with words the sentence does not print (whose director he is)', () => {
		const problems = problemsOf([
			{ ...tang, post: { ...tang.post, zh: '上海益司科技有限公司项目工程总监' } }
		]);
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatch(
			/^record "tang-xianghua" post\.zh: "上海益司科技有限公司项目工程总监" is not printed in its quote/
		);
	});

	it('rejects a misspelt name', () => {
		expect(problemsOf([{ ...tang, name: { zh: '唐向化', en: 'Tang Xianghua' } }])[0]).toMatch(/name\.zh/);
	});
});
