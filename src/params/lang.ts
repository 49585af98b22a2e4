import type { ParamMatcher } from '@sveltejs/kit';

/** The optional language segment: only `en`; Chinese has none. */
export const match: ParamMatcher = (param) => param === 'en';
