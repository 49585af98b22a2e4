/**
 * The two entry thresholds for new projects, per mu of land: investment intensity and tax
 * contribution, both minimums (以上), drawn as bars that fade out past the threshold.
 */
import { axisUnitLabel } from '../../format/figure-value.ts';
import { figureBarRows } from '../common/figure-parts.ts';
import { defineFigureGroup } from '../common/figure-group.ts';

export default defineFigureGroup({
	id: 'entry-thresholds',
	title: { zh: '项目入园门槛', en: 'What a project must bring to enter' },
	subtitle: { zh: '每亩土地的最低投资强度与税收贡献', en: 'Minimum investment and tax per mu of land' },
	unit: axisUnitLabel('ten-thousand-yuan-per-mu'),
	figureIds: ['threshold-investment-intensity', 'threshold-tax-contribution'],
	minSize: { width: 280, height: 140 },
	keyFigure: 'threshold-investment-intensity',
	describe: {
		zh: '横向条形图，两项门槛均为“以上”，即最低值。',
		en: 'Horizontal bar chart of two thresholds, both minimums.'
	},
	body: (figures, locale) => ({
		parts: [figureBarRows(figures, 'ten-thousand-yuan-per-mu', locale)],
		gap: 4,
		fill: 'grow'
	})
});
