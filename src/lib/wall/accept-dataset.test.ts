import { describe, expect, it } from 'vitest';
import { acceptDataset } from './accept-dataset.ts';
import { readDistricts } from '../map/geodata-files.ts';
import { PROJECT_ROOT, loadDataset } from '../server/load-dataset.ts';

const districts = readDistricts(PROJECT_ROOT);

describe('what the wall accepts', () => {
	it('takes the dataset the build writes, and refuses one a chart cannot draw', () => {
		const good = JSON.parse(JSON.stringify(loadDataset()));
		expect(acceptDataset(good, 'zh', districts)).toEqual(good);
		expect(() => acceptDataset({ figures: [] }, 'zh', districts)).toThrow(
			'facts.json: "sectors" is not a list'
		);
		const withoutKeyFigure = {
			...good,
			figures: good.figures.filter((f: { id: string }) => f.id !== 'workers-back')
		};
		expect(() => acceptDataset(withoutKeyFigure, 'zh', districts)).toThrow();
	});
});
