import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../server/load-dataset.ts';
import {
	accessibleLabel,
	clauseAround,
	clauseNaming,
	figureBadges,
	figureTooltip
} from './describe-figure.ts';

const figures = new Map(loadDataset().figures.map((f) => [f.id, f]));

describe('clauseAround', () => {
	const sentence = figures.get('investment-graphene-valley')!.quote!;

	it('quotes the clause that holds the stated words, verbatim', () => {
		expect(clauseAround(sentence, '1.5亿美元')).toBe('石墨烯烯谷中心项目，总投资1.5亿美元');
		expect(sentence).toContain(clauseAround(sentence, '1.5亿美元'));
		expect(clauseAround('短句。', '短')).toBe('短句。');
	});

	it('finds a project by the longest start of its name', () => {
		const p1 = loadDataset().projects.find((p) => p.id === 'wanjing-smart-logistics')!;
		expect(clauseNaming(p1.quote, p1.name.zh)).toContain('万京智能物流');
		const feize = loadDataset().projects.find((p) => p.id === 'feize-es6')!;
		expect(clauseNaming(feize.quote, feize.name.zh)).toBe('为ES6项目全面复工复产奠定了资金基础。”');
	});
});

describe('tooltips and labels', () => {
	it('say what kind a figure is', () => {
		expect(figureBadges(figures.get('projects-in-preparation')!, 'en')).toEqual(['derived']);
		expect(figureBadges(figures.get('investment-graphene-valley-yuan')!, 'zh')).toEqual(['已换算']);
		expect(figureBadges(figures.get('road-network-length')!, 'en')).toEqual([]);
	});

	it('mark a sentence that reads two ways, and give both readings first', () => {
		const capacity = figures.get('quanen-annual-capacity')!;
		expect(figureBadges(capacity, 'zh')).toEqual(['文意两可']);
		const tooltip = figureTooltip(capacity, '年总产能', 'en');
		expect(tooltip.badges).toEqual(['two readings']);
		expect(tooltip.note).toMatch(
			/^The sentence gives .* it may be phase 2’s capacity, or the company’s total/
		);
	});

	it('carry the value, badges and the article’s words', () => {
		expect(figureTooltip(figures.get('pipeline-length')!, 'Pipelines', 'en')).toEqual({
			title: 'Pipelines',
			value: 'over 300 km',
			badges: [],
			source: { text: '各类管线总长超300公里', paragraph: 14 }
		});
		expect(accessibleLabel('前期项目', figures.get('projects-in-preparation')!, 'zh')).toBe(
			'前期项目：13个（推算）'
		);
	});
});
