import { describe, expect, it } from 'vitest';
import { acceptDataset } from './accept-dataset.ts';
import { loadDataset } from '../server/load-dataset.ts';

describe('what the wall accepts', () => {
	it('takes the dataset the build writes, and refuses one a chart cannot draw', () => {
		const good = JSON.parse(JSON.stringify(loadDataset()));
		expect(acceptDataset(good, 'zh')).toEqual(good);
		expect(() => acceptDataset({ figures: [] }, 'zh')).toThrow('facts.json: "sectors" is not a list');
		const withoutKeyFigure = {
			...good,
			figures: good.figures.filter((f: { id: string }) => f.id !== 'workers-back')
		};
		expect(() => acceptDataset(withoutKeyFigure, 'zh')).toThrow();
	});
});
