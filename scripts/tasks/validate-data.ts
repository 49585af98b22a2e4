/** `npm run validate`: checks data/ as the build does and prints every problem, or a summary. */
import { loadDataset } from '#lib/server/load-dataset.ts';

try {
	const dataset = loadDataset();
	const derived = dataset.figures.filter((f) => f.kind === 'derived').length;
	console.log(
		`data/ is valid: ${dataset.figures.length} figures (${derived} derived), ${dataset.projects.length} projects, ` +
			`${dataset.reconciliations.length} reconciliations, all holding.`
	);
} catch (error) {
	console.error(error instanceof Error ? error.message : error);
	process.exit(1);
}
