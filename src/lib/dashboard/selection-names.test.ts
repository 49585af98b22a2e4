import { describe, expect, it } from 'vitest';
import { loadDataset } from '../server/load-dataset.ts';
import { selectionNames } from './selection-names.ts';

const dataset = loadDataset();

describe('selectionNames', () => {
	it('names a project as its chart labels do (short name), in each language', () => {
		expect(selectionNames(dataset, 'zh')['project:yisi-motorcycle']).toBe('益司智能摩托车');
		expect(selectionNames(dataset, 'en')['project:yisi-motorcycle']).toBe('Yisi smart motorcycles');
	});

	it('falls back to the full name for a project without a short one', () => {
		const [first, ...rest] = dataset.projects;
		const withoutShort = { ...dataset, projects: [{ ...first!, shortName: undefined }, ...rest] };
		expect(selectionNames(withoutShort, 'en')[`project:${first!.id}`]).toBe(first!.name.en);
	});

	it('names every sector, project and place', () => {
		const names = selectionNames(dataset, 'en');
		expect(Object.keys(names)).toHaveLength(
			dataset.sectors.length + dataset.projects.length + dataset.places.length
		);
		expect(names['sector:new-materials']).toBe('New materials');
		expect(names['place:langfang-high-tech-zone']).toBe('Langfang High-tech Zone');
	});
});
