import { describe, expect, it } from 'vitest';
import { committedFactFiles, type Row } from './fact-files-fixture.ts';

const { list, record, errorOf } = committedFactFiles();

describe('bad data is rejected with the file, the record and the field', () => {
	it('2. a duplicate id', () => {
		list('figures').push({ ...record('figures', 'road-network-length') });
		expect(errorOf()).toContain(
			'data/facts/figures.json: record "road-network-length", field "id": duplicate id (already used in data/facts/figures.json)'
		);
	});

	it('12. a reference to a figure that does not exist', () => {
		record('projects', 'yunlian-data').investment = 'investment-nowhere';
		expect(errorOf()).toContain(
			'data/facts/projects.json: record "yunlian-data", field "investment": refers to figure "investment-nowhere"'
		);
	});
});

describe('rules from the dataset review (issue 9): bad data is rejected', () => {
	it('a second sector that does not exist, or is the project’s own', () => {
		const sector = record('projects', 'zhongnan-smart-valley').sector as Row;
		sector.alsoFits = { id: 'smart-tech', reason: { zh: '理由', en: 'why' } };
		expect(errorOf()).toContain(
			'data/facts/projects.json: record "zhongnan-smart-valley", field "sector.alsoFits.id": refers to "smart-tech", which is not in data/facts/sectors.json'
		);
		sector.alsoFits = { id: 'modern-services', reason: { zh: '理由', en: 'why' } };
		expect(errorOf()).toContain(
			'record "zhongnan-smart-valley", field "sector.alsoFits.id": is the project’s own sector'
		);
		sector.alsoFits = { id: 'smart-technology' };
		expect(errorOf()).toContain('record "zhongnan-smart-valley", field "sector.alsoFits.reason"');
	});
});
