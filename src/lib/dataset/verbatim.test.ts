import { describe, expect, it } from 'vitest';
import { ProblemList } from './problems.ts';
import { checkPeople } from './verbatim.ts';
import type { Person } from './schema.ts';
import { committedFactFiles, type Row } from './fact-files-fixture.ts';

const { reset, record, errorOf } = committedFactFiles();

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

describe('rules from the dataset review (issue 9): bad data is rejected', () => {
	it('a person’s post with words the sentence does not print', () => {
		(record('people', 'tang-xianghua').post as Row).zh = '上海益司科技有限公司项目工程总监';
		expect(errorOf()).toContain(
			'data/facts/people.json: record "tang-xianghua", field "post.zh": "上海益司科技有限公司项目工程总监" is not printed in its quote'
		);
	});

	it('a place whose construction has started (启动龙湖公园建设) kept as planned, or with no words for its status', () => {
		record('places', 'longhu-park').status = 'planned';
		expect(errorOf()).toContain(
			'data/facts/places.json: record "longhu-park", field "status": is "planned" but its words "启动龙湖公园建设" say construction has started (启动): use "construction-started"'
		);
		reset();
		delete record('places', 'high-end-community').statusStated;
		expect(errorOf()).toContain(
			'data/facts/places.json: record "high-end-community", field "statusStated": required for a place that is "planned"'
		);
		reset();
		record('places', 'commercial-district').statusStated = '建成商业区';
		expect(errorOf()).toContain(
			'record "commercial-district", field "statusStated": "建成商业区" is not printed in its quote'
		);
	});

	it('a name the article does not print, not marked as ours', () => {
		delete (record('projects', 'feize-es6').name as Row).zhComposed;
		(record('projects', 'wanjing-smart-logistics').name as Row).zh = '万京智能物流项目';
		const message = errorOf();
		expect(message).toContain(
			'data/facts/projects.json: record "feize-es6", field "name.zh": "飞泽复合材料科技有限公司ES6项目" is not printed in its quote; use the name the article prints, or mark the name as ours with "zhComposed"'
		);
		expect(message).toContain(
			'record "wanjing-smart-logistics", field "name.zh": "万京智能物流项目" is not printed'
		);
	});

	it('a policy whose name is not as printed', () => {
		(record('policies', 'idle-land-work-plan').name as Row).zh = '《关于盘活闲置和低效工业用地的工作方案》';
		expect(errorOf()).toContain(
			'data/facts/policies.json: record "idle-land-work-plan", field "name.zh": "《关于盘活闲置和低效工业用地的工作方案》" is not printed in its quote'
		);
	});
});
