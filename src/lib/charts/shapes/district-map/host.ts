/**
 * What a page that can draw the WebGL map tells the zone map: where the district shapes are served
 * and which basemap a deployment chose. Given as context by the surfaces that load MapLibre
 * (dashboard, embed, wall); without it the map is the SVG drawing alone.
 */
import { getContext, setContext } from 'svelte';

export interface WebGLMapHost {
	/** The district shapes as GeoJSON. */
	geodataUrl: string;
	/** An online basemap style URL, or '' for the offline map. */
	styleUrl: string;
}

const KEY = Symbol('webgl-map-host');

export function provideWebGLMapHost(host: WebGLMapHost): void {
	setContext(KEY, host);
}

export function webGLMapHost(): WebGLMapHost | undefined {
	return getContext<WebGLMapHost | undefined>(KEY);
}
