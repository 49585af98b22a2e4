/**
 * What a page that can draw the WebGL map tells the zone map: where the district shapes are served
 * and which basemap a deployment chose, and, on a page Svelte runs in the browser (the wall), what
 * attaches the WebGL map to the drawing. Given as context by the surfaces that load MapLibre
 * (dashboard, embed, wall); without it the map is the SVG drawing alone.
 */
import { getContext, setContext } from 'svelte';
import type { Attachment } from 'svelte/attachments';

export interface WebGLMapHost {
	/** The district shapes as GeoJSON. */
	geodataUrl: string;
	/** An online basemap style URL, or '' for the offline map. */
	styleUrl: string;
	/** Brings the WebGL map to the drawing's root where the page is hydrated (static pages' scripts do it themselves). */
	attach?: Attachment<HTMLElement>;
}

const KEY = Symbol('webgl-map-host');

export function provideWebGLMapHost(host: WebGLMapHost): void {
	setContext(KEY, host);
}

export function webGLMapHost(): WebGLMapHost | undefined {
	return getContext<WebGLMapHost | undefined>(KEY);
}
