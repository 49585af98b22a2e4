import { figuresToCsv } from '#lib/dataset/csv.ts';
import { loadDataset } from '#lib/server/load-dataset.ts';

export const prerender = true;

export function GET(): Response {
	return new Response(figuresToCsv(loadDataset()), {
		headers: { 'content-type': 'text/csv; charset=utf-8' }
	});
}
