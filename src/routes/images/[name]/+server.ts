import { error } from '@sveltejs/kit';
import { dev } from '$app/environment';
import { imageFiles } from '#lib/images/image-files.ts';
import { allImageFileContents, imageFileContent } from '#lib/server/chart-images.ts';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const entries: EntryGenerator = () => imageFiles().map(({ name }) => ({ name }));

/** A chart image (src/lib/images): the build draws them all at once; `vite dev` draws the one asked for. */
export const GET: RequestHandler = async ({ params }) => {
	const file = imageFiles().find((f) => f.name === params.name);
	if (!file) error(404, `No image "${params.name}"`);
	const bytes = dev ? await imageFileContent(file.name) : (await allImageFileContents()).get(file.name)!;
	return new Response(new Uint8Array(bytes), {
		headers: { 'content-type': file.format === 'svg' ? 'image/svg+xml; charset=utf-8' : 'image/png' }
	});
};
