/**
 * `npm run geodata`: rebuilds data/geo/langfang-districts.wgs84.geojson from the bundled source
 * shapes (see data/geo/README.md). `-- --check` writes nothing and fails when it is out of date.
 */
import fs from 'node:fs';
import { GEO_FILES, prepareGeodataFromDisk } from '#lib/map/geodata-files.ts';

const check = process.argv.includes('--check');
try {
	const contents = prepareGeodataFromDisk(process.cwd());
	const current = fs.existsSync(GEO_FILES.districts) ? fs.readFileSync(GEO_FILES.districts, 'utf8') : null;
	if (current === contents) console.log(`${GEO_FILES.districts} is up to date.`);
	else if (check) {
		console.error(`Out of date: ${GEO_FILES.districts}. Run \`npm run geodata\` and commit the result.`);
		process.exit(1);
	} else {
		fs.writeFileSync(GEO_FILES.districts, contents);
		console.log(`Wrote ${GEO_FILES.districts}.`);
	}
} catch (error) {
	console.error(error instanceof Error ? error.message : error);
	process.exit(1);
}
