import { describe, expect, it } from 'vitest';
import { committedFactFiles } from './fact-files-fixture.ts';

const { record, errorOf } = committedFactFiles();

describe('bad data is rejected with the file, the record and the field', () => {
	it('8. stated text that its quote does not contain', () => {
		record('figures', 'road-network-length').stated = '42公里';
		expect(errorOf()).toContain(
			'record "road-network-length", field "stated": "42公里" occurs 0 times in its quote'
		);
	});

	it('9. a value that disagrees with the stated text', () => {
		record('figures', 'investment-cumulative').value = 26_870_000;
		expect(errorOf()).toContain(
			'record "investment-cumulative", field "value": is 26870000 but the stated text "268.7亿元" says 26870000000'
		);
	});

	it('10. a qualifier dropped from approximate wording', () => {
		delete record('figures', 'pipeline-length').qualifier;
		expect(errorOf()).toContain(
			'record "pipeline-length", field "qualifier": is null but the stated text "超300公里" says "over"'
		);
	});
});

describe('rules from the dataset review (issue 9): bad data is rejected', () => {
	it('a stated text whose quotation is cut off at one end', () => {
		record('figures', 'nine-connections-one-levelling').stated = '“九通一平';
		expect(errorOf()).toContain(
			'data/facts/figures.json: record "nine-connections-one-levelling", field "stated": "“九通一平" has a “ that is never closed'
		);
	});

	it('a status word (基本实现) modelled as part of the number, or dropped', () => {
		const figure = record('figures', 'nine-connections-one-levelling');
		figure.stated = '基本实现“九通一平”';
		delete figure.status;
		expect(errorOf()).toContain(
			'record "nine-connections-one-levelling", field "stated": "基本实现“九通一平”" starts with "基本", which says how far something got (a status of the verb), not how precise the number is'
		);
		figure.stated = '“九通一平”';
		expect(errorOf()).toContain(
			'record "nine-connections-one-levelling", field "status": its quote says "基本实现“九通一平”": give "基本实现" as the figure\'s status ("basically-achieved")'
		);
		figure.status = { value: 'achieved', stated: '基本实现' };
		expect(errorOf()).toContain(
			'record "nine-connections-one-levelling", field "status.value": is "achieved" but its words "基本实现" say "basically-achieved"'
		);
	});
});
