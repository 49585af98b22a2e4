/**
 * `npm run repair`: rebuilds data/article/ from the raw article and the hand-repair list.
 * `npm run repair -- --check` writes nothing and fails when data/article/ is out of date.
 */
import fs from 'node:fs';
import path from 'node:path';
import { ARTICLE_FILES, repairFromDisk } from '#lib/source/article-files.ts';

const root = path.resolve(import.meta.dirname, '../..');
const check = process.argv.includes('--check');

try {
	const { outputs } = repairFromDisk(root);
	const stale: string[] = [];
	for (const [file, contents] of Object.entries(outputs)) {
		const target = path.join(root, file);
		const current = fs.existsSync(target) ? fs.readFileSync(target, 'utf8') : null;
		if (current === contents) continue;
		stale.push(file);
		if (!check) fs.writeFileSync(target, contents);
	}
	if (check && stale.length > 0) {
		console.error(`Out of date: ${stale.join(', ')}. Run \`npm run repair\` and commit the result.`);
		process.exit(1);
	}
	console.log(
		stale.length === 0
			? `${ARTICLE_FILES.simplified} and the rest are up to date.`
			: `Wrote ${stale.join(', ')}.`
	);
} catch (error) {
	console.error(error instanceof Error ? error.message : error);
	process.exit(1);
}
