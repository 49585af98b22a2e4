import { figuresToCsv } from '#lib/dataset/csv.ts';
import { loadDataset } from '#lib/server/load-dataset.ts';
import { embedContent, embedEntries } from '../embed-content.ts';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const entries: EntryGenerator = embedEntries;

// Exactly the figures the embed shows, each with its sentence.
export const GET: RequestHandler = ({ params }) =>
	new Response(figuresToCsv(loadDataset(), embedContent(params).figureIds), {
		headers: { 'content-type': 'text/csv; charset=utf-8' }
	});
