/**
 * PUBLIC_MAP_STYLE_URL, the optional online basemap of a deployment. SvelteKit hands the value to
 * the app through `$env/static/public` as any string; this check makes a wrong one stop the build
 * (and the dev server) in one line instead of breaking the map in readers' browsers.
 */
export const MAP_STYLE_URL_VARIABLE = 'PUBLIC_MAP_STYLE_URL';

/** '' when unset (the offline map), the URL when it is http(s); throws on anything else. */
export function checkMapStyleUrl(value: string | undefined): string {
	if (!value) return '';
	if (!/^https?:\/\//.test(value))
		throw new Error(`${MAP_STYLE_URL_VARIABLE} must be an http(s) URL, got ${JSON.stringify(value)}`);
	return value;
}
