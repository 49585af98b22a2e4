/**
 * Turns the server-rendered SVG zone map (`[data-map-id]`) into the WebGL map when it comes into
 * view and WebGL works: fetches the district shapes (a cacheable GeoJSON file) and the MapLibre
 * island together, then keeps the map in step with the selection and the theme. Says how the map
 * came up in `data-map-state` (svg → loading → webgl, or svg-fallback) and in its notice line.
 */
import { selectionState } from '../charts/selection-key.ts';
import { resolveMapColors } from '../map/map-colors.ts';
import { hasWebGL } from '../map/webgl.ts';
import type { DistrictCollection } from '../map/geodata.ts';
import type { WebGLMap } from '../map/map-island.svelte.ts';
import { followSelection, type PageSelection } from './page-selection.ts';

type MapState = 'svg' | 'loading' | 'webgl' | 'svg-fallback';

/** How far below the viewport the map starts loading. */
const LOAD_MARGIN = '200px';

export function loadMapWhenVisible(section: HTMLElement, selection: PageSelection): () => void {
	const area = section.querySelector<HTMLElement>('[data-map-area]')!;
	const notice = section.querySelector<HTMLElement>('[data-map-notice]');
	const data = section.dataset;
	const setState = (state: MapState, message = '') => {
		section.dataset.mapState = state;
		if (notice) notice.textContent = message;
	};
	const cleanups: (() => void)[] = [];
	let map: WebGLMap | null = null;
	let stopped = false;

	const zoneKeys = (data.zoneKeys ?? '').split(' ');
	const zoneSelected = () => selectionState(selection.current, zoneKeys) === 'selected';
	// The WebGL map shows copies of the SVG map's labels and of the zone's button with its charts, so
	// both read alike.
	// MapLibre positions (and restyles) the marker element: the copy goes inside one of its own.
	const markerElement = (districtId: string): HTMLElement => {
		const original =
			districtId === data.zoneDistrict
				? section.querySelector('[data-zone-marker]')
				: section.querySelector(`[data-district-label="${CSS.escape(districtId)}"] .district-name`);
		const marker = document.createElement('div');
		if (original) marker.append(original.cloneNode(true));
		return marker;
	};

	async function load(): Promise<void> {
		// Asked only now: creating a WebGL context costs a mid-range phone ~0.1 s of main thread,
		// too much to spend on a map below the fold while the page is loading.
		if (!hasWebGL()) return setState('svg-fallback', data.noticeNoWebgl);
		setState('loading', data.noticeLoading);
		try {
			const [{ mountWebGLMap }, districts] = await Promise.all([
				import('../map/map-island.svelte.ts'),
				fetch(data.geodataUrl!).then((response) => {
					if (!response.ok) throw new Error(`${data.geodataUrl}: ${response.status}`);
					return response.json() as Promise<DistrictCollection>;
				})
			]);
			if (stopped) return;
			const layer = Object.assign(document.createElement('div'), { className: 'webgl-layer' });
			area.append(layer);
			map = mountWebGLMap(layer, {
				districts,
				zoneDistrict: data.zoneDistrict!,
				zoneSelected: zoneSelected(),
				colors: resolveMapColors(area),
				styleUrl: data.styleUrl ?? '',
				// Only where the page scrolls: the wall's map is the whole screen and nobody touches it.
				gestureHelp: data.gestureTouch
					? { touch: data.gestureTouch, ctrl: data.gestureCtrl!, cmd: data.gestureCmd! }
					: undefined,
				markerElement,
				onready: (outcome) => {
					section.dataset.styleOutcome = outcome;
					setState('webgl', outcome === 'online-failed' ? data.noticeOnlineFailed : '');
					cleanups.push(followSelection(layer, selection));
				},
				// A wall screen runs for weeks: a lost context (a GPU reset) must not leave it on the
				// drawing for good. MapLibre redraws when the browser gives the context back.
				onlost: () => setState('svg-fallback', data.noticeRestarting),
				onrestored: () => setState('webgl')
			});
		} catch {
			setState('svg-fallback', data.noticeLost);
		}
	}

	const observer = new IntersectionObserver(
		(entries) => {
			if (!entries.some((entry) => entry.isIntersecting)) return;
			observer.disconnect();
			void load();
		},
		{ rootMargin: LOAD_MARGIN }
	);
	observer.observe(area);

	const onSelection = () => map?.update({ zoneSelected: zoneSelected() });
	selection.addEventListener('change', onSelection);
	// Colours follow the theme: the page's switch (data-theme) or the system's.
	const recolour = () => map?.update({ colors: resolveMapColors(area) });
	const themes = new MutationObserver(recolour);
	themes.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
	const scheme = matchMedia('(prefers-color-scheme: dark)');
	scheme.addEventListener('change', recolour);

	return () => {
		stopped = true;
		observer.disconnect();
		themes.disconnect();
		scheme.removeEventListener('change', recolour);
		selection.removeEventListener('change', onSelection);
		cleanups.forEach((cleanup) => cleanup());
		map?.destroy();
	};
}
