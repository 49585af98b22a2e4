import { defineParams } from '@sveltejs/kit/params';

export const params = defineParams({
	/** The optional language segment: only `en`; Chinese has none. */
	lang: (param) => (param === 'en' ? param : undefined)
});
