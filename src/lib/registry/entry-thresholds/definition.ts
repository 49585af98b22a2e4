/**
 * The two entry thresholds for new projects, per mu of land: investment intensity and tax
 * contribution, both minimums (以上), drawn as bars that fade out past the threshold.
 */
import { axisUnitLabel } from '../../format/figure-value.ts';
import { figureBarRows } from '../common/figure-parts.ts';
import { defineFigureGroup } from '../common/figure-group.ts';
import words from './words.json' with { type: 'json' };

export default defineFigureGroup({
	id: 'entry-thresholds',
	...words,
	unit: axisUnitLabel('ten-thousand-yuan-per-mu'),
	figureIds: ['threshold-investment-intensity', 'threshold-tax-contribution'],
	minSize: { width: 280, height: 140 },
	keyFigure: 'threshold-investment-intensity',
	body: (figures, locale) => ({
		parts: [figureBarRows(figures, 'ten-thousand-yuan-per-mu', locale)],
		gap: 4,
		fill: 'grow'
	})
});
