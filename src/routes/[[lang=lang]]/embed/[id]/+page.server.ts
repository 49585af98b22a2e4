import type { EntryGenerator, PageServerLoad } from './$types';
import { embedContent, embedEntries } from './embed-content.ts';

export const entries: EntryGenerator = embedEntries;

export const load: PageServerLoad = ({ params }) => embedContent(params);
