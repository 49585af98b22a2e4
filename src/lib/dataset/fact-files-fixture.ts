/**
 * For tests only: the committed data/facts/ files, copied afresh before each test, so that a test
 * can break one thing in them and read the one message the build gives for it. Each test file of
 * a check calls `committedFactFiles()` once, at its top.
 */
import { beforeEach, expect } from 'vitest';
import { readFactFiles, readRepairedParagraphs, rawSourceSha256 } from '../server/load-dataset.ts';
import { buildDataset } from './build-dataset.ts';
import { DatasetError, type FactFiles } from './problems.ts';

export const paragraphs = readRepairedParagraphs();
export const sha = rawSourceSha256();
const pristine = readFactFiles();

/** A record as the files hold it, before its schema: tests edit it as plain JSON. */
export type Row = Record<string, unknown>;

export function committedFactFiles() {
	let files = structuredClone(pristine);
	beforeEach(() => reset());

	/** Back to the committed files, for a test that breaks a second thing on its own. */
	function reset(): void {
		files = structuredClone(pristine);
	}
	const list = (key: keyof FactFiles) => files[key] as Row[];
	function record(key: keyof FactFiles, id: string): Row {
		const found = list(key).find((r) => r.id === id);
		if (!found) throw new Error(`test setup: no ${id} in ${key}`);
		return found;
	}
	/** The build's error for the files as edited, as the one message a person reads. */
	function errorOf(text = paragraphs): string {
		try {
			buildDataset(files, text, sha);
		} catch (error) {
			expect(error).toBeInstanceOf(DatasetError);
			return (error as Error).message;
		}
		throw new Error('expected the dataset to be rejected');
	}
	/** The files as edited so far; a test may also replace a whole file in them. */
	return { files: () => files, reset, list, record, errorOf };
}
