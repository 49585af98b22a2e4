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

/** The box around the image's pixels within `tolerance` of `colour`, in pixels of the image. */
export function colourBox(
	png: Buffer,
	[r, g, b]: Rgb,
	tolerance = 6
): { left: number; top: number; right: number; bottom: number } {
	const image = PNG.sync.read(png);
	const box = { left: Infinity, top: Infinity, right: -Infinity, bottom: -Infinity };
	for (let y = 0; y < image.height; y++)
		for (let x = 0; x < image.width; x++) {
			const i = (y * image.width + x) * 4;
			if (
				Math.abs(image.data[i]! - r) <= tolerance &&
				Math.abs(image.data[i + 1]! - g) <= tolerance &&
				Math.abs(image.data[i + 2]! - b) <= tolerance
			) {
				box.left = Math.min(box.left, x);
				box.top = Math.min(box.top, y);
				box.right = Math.max(box.right, x);
				box.bottom = Math.max(box.bottom, y);
			}
		}
	return box;
}
