import { describe, expect, it } from 'vitest';
import { committedFactFiles, type Row } from './fact-files-fixture.ts';

const { record, errorOf } = committedFactFiles();

describe('bad data is rejected with the file, the record and the field', () => {
	it('5. a quote that is not in the article', () => {
		record('people', 'ma-yuan').quote = '马原说：这是编造的。';
		expect(errorOf()).toContain(
			'data/facts/people.json: record "ma-yuan", field "quote": not found in the repaired article'
		);
	});

	it('6. a quote that is only part of a sentence', () => {
		record('figures', 'road-network-length').quote = '园区路网里程达41.9公里';
		expect(errorOf()).toContain(
			'data/facts/figures.json: record "road-network-length", field "quote": found in paragraph 14 but not as a whole sentence'
		);
	});

	it('7. a quote in the wrong paragraph', () => {
		record('figures', 'road-network-length').paragraph = 13;
		expect(errorOf()).toContain(
			'record "road-network-length", field "quote": not in paragraph 13; it is in paragraph 14'
		);
	});
});

describe('rules from the dataset review (issue 9): bad data is rejected', () => {
	it('a project detail in words its sentence does not print, or tied to an unknown policy', () => {
		const details = record('projects', 'yisi-motorcycle').details as Row[];
		details[0]!.stated = '基础施工';
		details[1]!.policy = 'deposit-scheme';
		const message = errorOf();
		expect(message).toContain(
			'data/facts/projects.json: record "yisi-motorcycle", field "details.0.stated": "基础施工" is not printed in its quote'
		);
		expect(message).toContain(
			'record "yisi-motorcycle", field "details.1.policy": refers to "deposit-scheme", which is not in data/facts/policies.json'
		);
	});
});
