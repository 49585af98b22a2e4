/**
 * Turns the server-rendered SVG zone map (its root: MAP_ATTRIBUTES.root) into the WebGL map when it
 * comes into view (or, `when: 'asked'`, when the reader presses its explore control) and WebGL
 * works: fetches the district shapes (a cacheable GeoJSON file) and the MapLibre island together,
 * then keeps the map in step with the selection and the theme. Says how the map came up in its
 * state attribute (svg → loading → webgl, or svg-fallback) and its notice.
 */
import { selectionState } from '../charts/selection-key.ts';
import { MAP_ATTRIBUTES as A, wordOf, type MapState } from '../charts/shapes/district-map/contract.ts';
import { resolveMapColors } from '../map/map-colors.ts';
import { hasWebGL } from '../map/webgl.ts';
import type { DistrictCollection } from '../map/geodata.ts';
import type { WebGLMap, WebGLMapOptions } from '../map/map-island.svelte.ts';
import { followSelection, type PageSelection } from './page-selection.ts';
import { selector } from './selector.ts';
import { ROOT_ATTRIBUTES } from '../view/root-contract.ts';

/** How far below the viewport the map starts loading. */
const LOAD_MARGIN = '200px';

/** A box of fixed height (the wall): tokens.css marks the chart's body there. Nobody scrolls past such a map. */
function inFixedBox(element: HTMLElement): boolean {
	return getComputedStyle(element).getPropertyValue('--chart-box-height').trim() === 'fixed';
}

/**
 * Where the drawing shows the districts, as room around them in the map's box: the WebGL map is
 * framed the same (both are Mercator), so it comes up over the drawing without moving a district.
 * Undefined when the drawing has no size (the map then frames them its own way).
 */
function drawingPadding(area: HTMLElement): WebGLMapOptions['fitPadding'] {
	const rects = [...area.querySelectorAll(selector(A.district))].map((path) => path.getBoundingClientRect());
	const box = area.getBoundingClientRect();
	if (!rects.length || !box.width || !box.height) return undefined;
	const padding = {
		top: Math.min(...rects.map((r) => r.top)) - box.top,
		left: Math.min(...rects.map((r) => r.left)) - box.left,
		bottom: box.bottom - Math.max(...rects.map((r) => r.bottom)),
		right: box.right - Math.max(...rects.map((r) => r.right))
	};
	return Object.values(padding).every((side) => side >= 0) ? padding : undefined;
}

export interface MapLoading {
	/**
	 * `visible`: as it comes into view (the dashboard, the wall). `asked`: when the reader presses
	 * the map's explore control (an embed, always in view: MapLibre's half megabyte and its start on
	 * the main thread are not spent on every news page that carries the map, only for a reader who
	 * wants to move it).
	 */
	when?: 'visible' | 'asked';
}

export function loadMapWhenVisible(
	root: HTMLElement,
	selection: PageSelection,
	{ when = 'visible' }: MapLoading = {}
): () => void {
	const area = root.querySelector<HTMLElement>(selector(A.area))!;
	const notice = root.querySelector<HTMLElement>(selector(A.notice));
	const attribute = (name: string) => root.getAttribute(name) ?? '';
	const setState = (state: MapState, message = '') => {
		root.setAttribute(A.state, state);
		if (notice) notice.textContent = message;
	};
	const cleanups: (() => void)[] = [];
	let map: WebGLMap | null = null;
	let stopped = false;

	const zoneDistrict = attribute(A.zoneDistrict);
	const zoneKeys = attribute(A.zoneKeys).split(' ');
	const zoneSelected = () => selectionState(selection.current, zoneKeys) === 'selected';
	// The WebGL map shows copies of the SVG map's labels and of the zone's button with its charts, so
	// both read alike.
	// MapLibre positions (and restyles) the marker element: the copy goes inside one of its own.
	const markerElement = (districtId: string): HTMLElement => {
		const original =
			districtId === zoneDistrict
				? root.querySelector(selector(A.zoneMarker))
				: root.querySelector(`${selector(A.districtLabel, districtId)} > *`);
		const marker = document.createElement('div');
		if (original) marker.append(original.cloneNode(true));
		// The WebGL map is framed as the drawing is: its zone's charts get the drawing's room east
		// of the zone (--callout-room, worked out on the drawing's label).
		const room =
			original?.parentElement && getComputedStyle(original.parentElement).getPropertyValue('--callout-room');
		if (districtId === zoneDistrict && room) marker.style.setProperty('--callout-room', room);
		return marker;
	};

	async function load(): Promise<void> {
		// Asked only now: creating a WebGL context costs a mid-range phone ~0.1 s of main thread,
		// too much to spend on a map below the fold while the page is loading.
		if (!hasWebGL()) return setState('svg-fallback', wordOf(root, 'notice-noWebgl'));
		setState('loading', wordOf(root, 'notice-loading'));
		try {
			const [{ mountWebGLMap }, districts] = await Promise.all([
				import('../map/map-island.svelte.ts'),
				fetch(attribute(A.geodataUrl)).then((response) => {
					if (!response.ok) throw new Error(`${attribute(A.geodataUrl)}: ${response.status}`);
					return response.json() as Promise<DistrictCollection>;
				})
			]);
			if (stopped) return;
			const fitPadding = drawingPadding(area);
			const layer = Object.assign(document.createElement('div'), { className: 'webgl-layer' });
			area.append(layer);
			map = mountWebGLMap(layer, {
				districts,
				zoneDistrict,
				zoneSelected: zoneSelected(),
				colors: resolveMapColors(area),
				styleUrl: attribute(A.styleUrl),
				...(fitPadding && { fitPadding }),
				// Only where the page scrolls past the map: the wall's fills a box nobody touches.
				gestureHelp: inFixedBox(root)
					? undefined
					: {
							touch: wordOf(root, 'gesture-touch'),
							ctrl: wordOf(root, 'gesture-ctrl'),
							cmd: wordOf(root, 'gesture-cmd')
						},
				controlLabels: {
					canvas: wordOf(root, 'control-canvas'),
					zoomIn: wordOf(root, 'control-zoomIn'),
					zoomOut: wordOf(root, 'control-zoomOut'),
					fitZone: wordOf(root, 'control-fitZone'),
					toggleAttribution: wordOf(root, 'control-toggleAttribution')
				},
				markerElement,
				onready: (outcome) => {
					root.setAttribute(A.styleOutcome, outcome);
					setState('webgl', outcome === 'online-failed' ? wordOf(root, 'notice-onlineFailed') : '');
					cleanups.push(followSelection(layer, selection));
					// Pressed from the keyboard: the reader goes on in the map it asked for (once the
					// map is shown: it is hidden until its first frame, and a hidden canvas takes no focus).
					if (focusMapWhenReady)
						requestAnimationFrame(() => layer.querySelector<HTMLElement>('canvas')?.focus());
				},
				// The wall runs for weeks: a lost context (a GPU reset) must not leave it on the
				// drawing for good. MapLibre redraws when the browser gives the context back.
				onlost: () => setState('svg-fallback', wordOf(root, 'notice-restarting')),
				onrestored: () => setState('webgl')
			});
		} catch {
			setState('svg-fallback', wordOf(root, 'notice-lost'));
		}
	}

	let focusMapWhenReady = false;
	const observer = new IntersectionObserver(
		(entries) => {
			if (!entries.some((entry) => entry.isIntersecting)) return;
			observer.disconnect();
			void load();
		},
		{ rootMargin: LOAD_MARGIN }
	);
	const explore = root.querySelector<HTMLButtonElement>(selector(A.explore));
	const onExplore = () => {
		focusMapWhenReady = document.activeElement === explore;
		explore!.remove();
		void load();
	};
	if (when === 'asked' && explore) {
		explore.hidden = false;
		explore.addEventListener('click', onExplore, { once: true });
	} else observer.observe(area);

	const onSelection = () => map?.update({ zoneSelected: zoneSelected() });
	selection.addEventListener('change', onSelection);
	// Colours follow the theme: the page's switch (the root's theme attribute) or the system's.
	const recolour = () => map?.update({ colors: resolveMapColors(area) });
	const themes = new MutationObserver(recolour);
	themes.observe(document.documentElement, { attributes: true, attributeFilter: [ROOT_ATTRIBUTES.theme] });
	const scheme = matchMedia('(prefers-color-scheme: dark)');
	scheme.addEventListener('change', recolour);

	return () => {
		stopped = true;
		observer.disconnect();
		explore?.removeEventListener('click', onExplore);
		themes.disconnect();
		scheme.removeEventListener('change', recolour);
		selection.removeEventListener('change', onSelection);
		cleanups.forEach((cleanup) => cleanup());
		map?.destroy();
	};
}
