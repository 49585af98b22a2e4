/**
 * Reads data/ from disk and returns the validated, cross-checked dataset. Build-time only: the
 * prerendered load functions and endpoints call it, pages get its result as props.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { ARTICLE_FILES, readJsonFile } from '../source/article-files.ts';
import { splitParagraphs } from '../source/repair.ts';
import { buildDataset } from '../dataset/build-dataset.ts';
import { FACT_FILES, type FactFiles } from '../dataset/problems.ts';
import type { Dataset } from '../dataset/schema.ts';

// npm scripts, Vite and Vitest all run from the project root; bundled server code has no stable own path.
export const PROJECT_ROOT = process.cwd();

export function readFactFiles(root = PROJECT_ROOT): FactFiles {
	return Object.fromEntries(
		Object.entries(FACT_FILES).map(([key, file]) => [key, readJsonFile(root, file)])
	) as FactFiles;
}

export function readRepairedParagraphs(root = PROJECT_ROOT): string[] {
	return splitParagraphs(fs.readFileSync(path.join(root, ARTICLE_FILES.simplified), 'utf8'));
}

export function rawSourceSha256(root = PROJECT_ROOT): string {
	return createHash('sha256')
		.update(fs.readFileSync(path.join(root, ARTICLE_FILES.raw)))
		.digest('hex');
}

let cached: Dataset | undefined;

/** The dataset, read and checked once per process (prerendering asks for it on every page). */
export function loadDataset(root = PROJECT_ROOT): Dataset {
	if (root !== PROJECT_ROOT)
		return buildDataset(readFactFiles(root), readRepairedParagraphs(root), rawSourceSha256(root));
	cached ??= buildDataset(readFactFiles(root), readRepairedParagraphs(root), rawSourceSha256(root));
	return cached;
}
