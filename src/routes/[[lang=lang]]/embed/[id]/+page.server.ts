import type { EntryGenerator, PageServerLoad } from './$types';
import { socialImage } from '#lib/server/chart-images.ts';
import { embedContent, embedEntries } from './embed-content.ts';

export const entries: EntryGenerator = embedEntries;

export const load: PageServerLoad = ({ params }) => {
	const content = embedContent(params);
	return { ...content, socialImage: socialImage(content.id, content.locale) };
};
