import { describe, expect, it } from 'vitest';
import { loadDataset } from '../server/load-dataset.ts';
import { formatFigure, formatMonthDay, formatQuantity } from './figure-value.ts';

const figures = new Map(loadDataset().figures.map((f) => [f.id, f]));
const show = (id: string, locale: 'zh' | 'en') => formatFigure(figures.get(id)!, locale);

describe('formatFigure keeps the article’s qualifier and precision', () => {
	it.each([
		['investment-cumulative', '268.7亿元', '26.87 billion yuan'],
		['investment-this-year', '约70亿元', 'about 7 billion yuan'],
		['foreign-investment-this-year', '1.5亿美元', 'US$150 million'],
		['investment-yisi-motorcycle', '2.83亿元', '283 million yuan'],
		['threshold-investment-intensity', '500万元/亩以上', 'at least 5 million yuan per mu'],
		['threshold-tax-contribution', '50万元/亩以上', 'at least 500,000 yuan per mu'],
		['pipeline-length', '超300公里', 'over 300 km'],
		['road-network-length', '41.9公里', '41.9 km'],
		['farmland-replanned-area', '72.96平方公里', '72.96 km²'],
		['workers-back', '1500余人', 'more than 1,500 people'],
		['quanen-annual-capacity', '可达60万吨/年', 'up to 600,000 tonnes a year'],
		['quanen-april-output', '5011万元', '50.11 million yuan'],
		['signed-projects-cumulative', '41个', '41 projects'],
		['enterprises-resumed', '7家', '7 enterprises'],
		['approval-service-hours', '24小时', '24 hours'],
		[
			'nine-connections-one-levelling',
			'基本实现“九通一平”',
			'basically achieved: 9 utilities connected, site levelled'
		],
		['date-yisi-construction-permit', '4月30日', 'April 30'],
		['date-relief-fund-arrival', '3月初', 'early March'],
		['date-quanen-record-month', '4月', 'April'],
		['investment-graphene-valley-yuan', '约10亿元', 'about 1 billion yuan']
	])('%s: %s / %s', (id, zh, en) => {
		expect(show(id, 'zh')).toBe(zh);
		expect(show(id, 'en')).toBe(en);
	});

	it('rounds a sum to the step it is known to, and says “about”', () => {
		expect(formatQuantity(3.634_64e9, 'yuan', 'zh', { qualifier: 'about', resolution: 1e8 })).toBe(
			'约36亿元'
		);
		expect(formatQuantity(1.034_64e9, 'yuan', 'en', { qualifier: 'about', resolution: 1e8 })).toBe(
			'about 1 billion yuan'
		);
		expect(formatQuantity(2.83e9, 'yuan', 'zh')).toBe('28.3亿元');
	});

	it('formats every figure in both languages without throwing or printing NaN', () => {
		for (const figure of figures.values()) {
			for (const locale of ['zh', 'en'] as const)
				expect(formatFigure(figure, locale)).not.toMatch(/NaN|undefined/);
		}
	});
});

describe('formatQuantity and formatMonthDay', () => {
	it('uses singular and plural in English', () => {
		expect(formatQuantity(1, 'projects', 'en')).toBe('1 project');
		expect(formatQuantity(2, 'projects', 'en')).toBe('2 projects');
	});

	it('groups thousands the Chinese way from five digits', () => {
		expect(formatQuantity(1500, 'people', 'zh')).toBe('1500人');
		expect(formatQuantity(12_345, 'people', 'zh')).toBe('12,345人');
	});

	it('prints no year for a month-day', () => {
		expect(formatMonthDay('--05-14', 'zh')).toBe('5月14日');
		expect(formatMonthDay('--05-14', 'en')).toBe('May 14');
	});
});
