import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readJsonFile } from '../source/article-files.ts';
import { buildDataset } from './build-dataset.ts';
import { committedFactFiles, paragraphs } from './fact-files-fixture.ts';

// The other cases of this check are data: parse-fact-files.rejections.json.
const { files, errorOf } = committedFactFiles();

describe('bad data is rejected with the file, the record and the field', () => {
	it('20. a raw source that is not the one the dataset was made from', () => {
		expect(() => buildDataset(files(), paragraphs, '0'.repeat(64))).toThrow(
			`data/facts/article.json: the article record, field "sha256": does not match the raw source file (its SHA-256 is ${'0'.repeat(64)})`
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
