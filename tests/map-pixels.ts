/** Reads a screenshot's pixels, to check that a map layer really drew. */
import { PNG } from 'pngjs';

export type Rgb = [number, number, number];

export function parseRgb(css: string): Rgb {
	const match = /rgba?\((\d+),\s*(\d+),\s*(\d+)/.exec(css);
	if (!match) throw new Error(`not an rgb() colour: ${css}`);
	return [Number(match[1]), Number(match[2]), Number(match[3])];
}

/** Share of the image's pixels within `tolerance` of each colour. */
export function colourShares(
	png: Buffer,
	colours: Record<string, Rgb>,
	tolerance = 6
): Record<string, number> {
	const image = PNG.sync.read(png);
	const counts = Object.fromEntries(Object.keys(colours).map((k) => [k, 0]));
	const total = image.width * image.height;
	for (let i = 0; i < image.data.length; i += 4) {
		for (const [name, [r, g, b]] of Object.entries(colours)) {
			if (
				Math.abs(image.data[i]! - r) <= tolerance &&
				Math.abs(image.data[i + 1]! - g) <= tolerance &&
				Math.abs(image.data[i + 2]! - b) <= tolerance
			) {
				counts[name]! += 1;
				break;
			}
		}
	}
	return Object.fromEntries(Object.entries(counts).map(([k, n]) => [k, n / total]));
}
