import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readJsonFile } from '../source/article-files.ts';
import { buildDataset } from './build-dataset.ts';
import { committedFactFiles, paragraphs } from './fact-files-fixture.ts';

const { files, list, record, errorOf } = committedFactFiles();

describe('bad data is rejected with the file, the record and the field', () => {
	it('1. a record without an id', () => {
		delete list('figures')[0]!.id;
		expect(errorOf()).toContain(
			'data/facts/figures.json: record #1, field "id": Invalid input: expected string'
		);
	});

	it('3. a value of the wrong type', () => {
		record('figures', 'road-network-length').value = '41.9';
		expect(errorOf()).toContain(
			'data/facts/figures.json: record "road-network-length", field "value": expected a number'
		);
	});

	it('4. an unknown unit', () => {
		record('figures', 'road-network-length').unit = 'miles';
		expect(errorOf()).toMatch(/figures\.json: record "road-network-length", field "unit": Invalid option/);
	});

	it('13. an editorial figure without its reason, and a derived one without its formula', () => {
		list('figures').push({
			id: 'our-guess',
			kind: 'editorial',
			label: { zh: '猜测', en: 'Guess' },
			unit: 'projects',
			value: 3
		});
		delete record('figures', 'projects-in-preparation').formula;
		const message = errorOf();
		expect(message).toContain('record "our-guess", field "reason": required for an editorial figure');
		expect(message).toContain(
			'record "projects-in-preparation", field "formula": required for a derived figure'
		);
	});

	it('14. a label missing its English', () => {
		record('sectors', 'new-materials').name = { zh: '新材料', en: ' ', enCoined: true };
		expect(errorOf()).toContain(
			'data/facts/sectors.json: record "new-materials", field "name.en": expected non-empty text'
		);
	});

	it('20. a raw source that is not the one the dataset was made from', () => {
		expect(() => buildDataset(files(), paragraphs, '0'.repeat(64))).toThrow(
			`data/facts/article.json: the article record, field "sha256": does not match the raw source file (its SHA-256 is ${'0'.repeat(64)})`
		);
	});

	it('21. an unknown field (a typo) instead of silently ignoring it', () => {
		record('places', 'longhu-park').statuss = 'planned';
		expect(errorOf()).toContain(
			'data/facts/places.json: record "longhu-park", field "(record)": Unrecognized key: "statuss"'
		);
	});

	it('22. a file that is not a list, and a file that is not JSON', () => {
		files().parks = { id: 'oops' };
		expect(errorOf()).toContain(
			'data/facts/parks.json: the file, field "(root)": expected a JSON list of records'
		);
		const dir = fs.mkdtempSync('/tmp/facts-');
		fs.writeFileSync(`${dir}/broken.json`, '[{"id": "a",}]');
		expect(() => readJsonFile(dir, 'broken.json')).toThrow(/^broken\.json: not valid JSON: /);
	});
});

describe('rules from the dataset review (issue 9): bad data is rejected', () => {
	it('“basically” as a qualifier of a number', () => {
		record('figures', 'nine-connections-one-levelling').qualifier = 'basically';
		expect(errorOf()).toMatch(
			/figures\.json: record "nine-connections-one-levelling", field "qualifier": Invalid option/
		);
	});

	it('a place put within another without our reason (the article never says where a place lies)', () => {
		record('places', 'langfang-high-tech-zone').within = 'anci-district';
		expect(errorOf()).toMatch(
			/data\/facts\/places\.json: record "langfang-high-tech-zone", field "within": Invalid input: expected object/
		);
		record('places', 'langfang-high-tech-zone').within = { id: 'anci-district', kind: 'editorial' };
		expect(errorOf()).toContain(
			'data/facts/places.json: record "langfang-high-tech-zone", field "within.reason": Invalid input: expected object, received undefined'
		);
	});

	it('a project marked as not signed this year, which the article never says', () => {
		record('projects', 'quanen-pipes').signedThisYear = false;
		expect(errorOf()).toContain(
			'data/facts/projects.json: record "quanen-pipes", field "signedThisYear": expected true (listed as signed this year) or null (not stated)'
		);
	});

	it('an event without a date and without the sentence that tells of it', () => {
		delete record('events', 'event-plans-approved').quote;
		expect(errorOf()).toContain(
			'data/facts/events.json: record "event-plans-approved", field "quote": required for an event the article does not date'
		);
	});
});
