/** Where the map's geodata lives on disk, and its preparation from those files. Node-only. */
import fs from 'node:fs';
import path from 'node:path';
import { readJsonFile } from '../source/article-files.ts';
import { prepareDistricts, type DistrictCollection, type DistrictName } from './geodata.ts';

export const GEO_FILES = {
	source: 'data/geo/source/he2_bei3_lang2_fang1.gcj02.geojson',
	names: 'data/geo/districts.json',
	districts: 'data/geo/langfang-districts.wgs84.geojson'
} as const;

/** The generated file's contents, from the source shapes and the names table. */
export function prepareGeodataFromDisk(root: string): string {
	const raw = readJsonFile(root, GEO_FILES.source) as Parameters<typeof prepareDistricts>[0];
	const names = readJsonFile(root, GEO_FILES.names) as DistrictName[];
	return JSON.stringify(prepareDistricts(raw, names, GEO_FILES.source)) + '\n';
}

export function readDistricts(root: string): DistrictCollection {
	return JSON.parse(fs.readFileSync(path.join(root, GEO_FILES.districts), 'utf8')) as DistrictCollection;
}
