/**
 * The WebGL map as an island: mounts MapLibreMap into a layer over the server-rendered SVG map and
 * hands back a way to update it. Imported only by the page script, only when the map is in view
 * and WebGL works; everything MapLibre needs comes with this import.
 */
import { mount, unmount, type ComponentProps } from 'svelte';
import MapLibreMap from './MapLibreMap.svelte';

export type WebGLMapOptions = ComponentProps<typeof MapLibreMap>;

export interface WebGLMap {
	update(change: Partial<Pick<WebGLMapOptions, 'zoneSelected' | 'colors'>>): void;
	destroy(): void;
}

export function mountWebGLMap(target: HTMLElement, options: WebGLMapOptions): WebGLMap {
	// Only these two change; the shapes must stay plain objects (MapLibre posts them to its worker).
	let zoneSelected = $state(options.zoneSelected);
	let colors = $state.raw(options.colors);
	const props = {
		...options,
		get zoneSelected() {
			return zoneSelected;
		},
		get colors() {
			return colors;
		}
	};
	const map = mount(MapLibreMap, { target, props });
	return {
		update: (change) => {
			if (change.zoneSelected !== undefined) zoneSelected = change.zoneSelected;
			if (change.colors) colors = change.colors;
		},
		destroy: () => void unmount(map)
	};
}
