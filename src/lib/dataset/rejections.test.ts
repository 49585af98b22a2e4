import fs from 'node:fs';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { committedFactFiles } from './fact-files-fixture.ts';
import { applyEdit, nameOf, parseCase, RejectionCases, type RejectionCase } from './rejection-cases.ts';

const { files, errorOf } = committedFactFiles();

// Every cases file here runs, so that a new one cannot be left out by a list to keep.
const here = new URL('.', import.meta.url);
const caseFiles = fs
	.readdirSync(here)
	.filter((name) => name.endsWith('.rejections.json'))
	.sort()
	.map((name) => {
		const parsed = RejectionCases.safeParse(JSON.parse(fs.readFileSync(new URL(name, here), 'utf8')));
		if (!parsed.success) throw new Error(`${name}: ${z.prettifyError(parsed.error)}`);
		return [name, parsed.data] as const;
	});

function run({ edits, expect: words }: RejectionCase): void {
	for (const edit of edits) applyEdit(files(), edit);
	const message = errorOf();
	expect(message).not.toBe('');
	for (const part of words) expect(message).toContain(part);
}

for (const [name, groups] of caseFiles)
	describe(name, () => {
		for (const [title, cases] of Object.entries(groups))
			describe(title, () => {
				// Each case is read inside its own test, so that a wrong one fails under its name alone.
				cases.forEach((raw, i) => it(nameOf(raw, i), () => run(parseCase(raw))));
			});
	});

describe('the rejection cases', () => {
	it('are found, each under a name of its own', () => {
		const names = caseFiles.flatMap(([, groups]) =>
			Object.values(groups).flatMap((cases) => cases.map(nameOf))
		);
		expect(caseFiles.length).toBeGreaterThan(0);
		expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([]);
	});

	it('fail on an edit that finds nothing to edit, or changes nothing', () => {
		const edit = (e: Parameters<typeof applyEdit>[1]) => () => applyEdit(files(), e);
		const road = { file: 'figures', record: 'road-network-length' } as const;
		expect(edit({ ...road, field: 'valeu', set: 1 })).toThrow(
			'edit of figures, record "road-network-length", field "valeu": finds no "valeu" in the committed files'
		);
		expect(edit({ ...road, field: 'label.fr', delete: true })).toThrow('finds no "fr"');
		expect(edit({ ...road, field: 'label.zh.x', set: 1 })).toThrow('finds no "zh" to go into');
		expect(edit({ ...road, field: 'value', set: 41.9 })).toThrow('sets the value it already has');
		expect(edit({ ...road, field: 'value', add: 1 })).toThrow('is already there');
		expect(edit({ file: 'figures', record: 'road-network-lenght', pushCopy: true })).toThrow(
			'no such record'
		);
		expect(edit({ file: 'numeralSkips', record: 99, delete: true })).toThrow('no such record');
	});

	it('fail on a case written wrong: a misspelt op, or a word that checks nothing', () => {
		const quote = { file: 'people', record: 'ma-yuan', field: 'quote' };
		const typo = { name: 'typo', edits: [{ ...quote, sett: '编造。' }], expect: ['ma-yuan'] };
		expect(() => parseCase(typo)).toThrow('Unrecognized key: "sett"');
		const empty = { name: 'empty', edits: [{ ...quote, set: '编造。' }], expect: [''] };
		expect(() => parseCase(empty)).toThrow('at expect[0]');
		expect(parseCase({ ...empty, expect: ['ma-yuan'] }).name).toBe('empty');
	});

	it('fail when the files as edited are not rejected', () => {
		expect(() => run({ name: 'no edit', edits: [], expect: ['x'] })).toThrow(
			'expected the dataset to be rejected'
		);
	});
});
