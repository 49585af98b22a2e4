/**
 * The WebGL map's words in MapLibre's locale: the page's language, not MapLibre's English, for the
 * map's accessible name, its buttons and its gesture hints.
 */

/** What the map says when a reader tries to move it with a gesture the page scrolls by. */
export interface GestureHelp {
	touch: string;
	ctrl: string;
	cmd: string;
}

/** The accessible names of the map and its buttons. */
export interface ControlLabels {
	canvas: string;
	zoomIn: string;
	zoomOut: string;
	/** The button that brings the zone back into view after zooming or panning (our own control). */
	fitZone: string;
	toggleAttribution: string;
}

/** MapLibre's locale for these words (keys as MapLibre names them). */
export function mapLocale(labels: ControlLabels, gestureHelp?: GestureHelp): Record<string, string> {
	return {
		'Map.Title': labels.canvas,
		'NavigationControl.ZoomIn': labels.zoomIn,
		'NavigationControl.ZoomOut': labels.zoomOut,
		'AttributionControl.ToggleAttribution': labels.toggleAttribution,
		...(gestureHelp && {
			'CooperativeGesturesHandler.MobileHelpText': gestureHelp.touch,
			'CooperativeGesturesHandler.WindowsHelpText': gestureHelp.ctrl,
			'CooperativeGesturesHandler.MacHelpText': gestureHelp.cmd
		})
	};
}
