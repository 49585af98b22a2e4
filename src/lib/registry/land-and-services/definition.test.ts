import { describeChart } from '../chart-test-kit.ts';
import chart from './definition.ts';

describeChart(chart, {
	marks: 5,
	zh: [
		'5个',
		'24小时',
		'智能制造服务产业园',
		'拟建',
		'文中提到的政策与规划',
		'“三创四建”活动',
		'《廊坊高新区关于盘活闲置和低效工业用地的工作方案》',
		'项目建设监督制约机制',
		'园区总规'
	],
	en: ['5 cases', '24 hours', 'planned', 'The “three creations, four constructions” campaign', 'work plan']
});
