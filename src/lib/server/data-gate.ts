/**
 * A Vite plugin that checks data/ before anything is built: the repaired article and the map's
 * districts must be up to date with their sources, and the dataset must validate. Bad data stops the build with one message
 * naming the file, the record and the field.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
import { repairFromDisk } from '../source/article-files.ts';
import { GEO_FILES, prepareGeodataFromDisk } from '../map/geodata-files.ts';
import { PROJECT_ROOT, loadDataset } from './load-dataset.ts';

export function checkData(root = PROJECT_ROOT): void {
	const { outputs: article } = repairFromDisk(root);
	const outputs = { ...article, [GEO_FILES.districts]: prepareGeodataFromDisk(root) };
	const stale = Object.entries(outputs).filter(([file, contents]) => {
		const target = path.join(root, file);
		return !fs.existsSync(target) || fs.readFileSync(target, 'utf8') !== contents;
	});
	if (stale.length > 0) {
		throw new Error(
			`${stale.map(([file]) => file).join(', ')}: out of date with data/source/; run \`npm run repair\``
		);
	}
	loadDataset(root);
}

export function dataGate(): Plugin {
	let checked = false;
	return {
		name: 'langfang-data-gate',
		apply: 'build',
		buildStart() {
			if (checked) return;
			try {
				checkData();
				checked = true;
			} catch (error) {
				// One readable message, not a stack trace through the bundler.
				const message = error instanceof Error ? error.message : String(error);
				console.error(`\n${message}\n`);
				process.exit(1);
			}
		}
	};
}
