import { loadDataset } from '#lib/server/load-dataset.ts';

export const prerender = true;

export function GET(): Response {
	return new Response(JSON.stringify(loadDataset(), null, '\t'), {
		headers: { 'content-type': 'application/json; charset=utf-8' }
	});
}
