/**
 * The site's icon as a 48-px PNG, drawn from static/favicon.svg (the design's source). Pages link
 * the PNG: Chromium decodes an SVG icon on the page's main thread while it loads.
 */
import { Resvg } from '@resvg/resvg-js';

export const FAVICON_SIZE = 48;

export function drawFavicon(svg: string): Buffer {
	return new Resvg(svg, { fitTo: { mode: 'width', value: FAVICON_SIZE } }).render().asPng();
}
