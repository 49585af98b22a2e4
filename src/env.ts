import { defineEnvVars } from '@sveltejs/kit/env';

export const variables = defineEnvVars({
	PUBLIC_MAP_STYLE_URL: {
		public: true,
		static: true,
		description:
			'Optional. A MapLibre style URL (an OpenStreetMap-based vector style, Tianditu …) to draw under the zone map. Unset, the map is fully offline. If it does not load within a few seconds the map falls back to the offline style and says so.',
		schema: (value) => {
			if (!value) return '';
			if (!/^https?:\/\//.test(value))
				throw new Error(`PUBLIC_MAP_STYLE_URL must be an http(s) URL, got ${JSON.stringify(value)}`);
			return value;
		}
	}
});
