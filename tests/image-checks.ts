/**
 * Checks of chart images that read them as a picture desk would: the text the SVG holds (line by
 * line, where each line sits and how wide it is), and whether a PNG's pixels show each mark in its
 * colour where the layout put it. Shared by the unit tests and the build's tests.
 */
import { PNG } from 'pngjs';
import type { ImageMark } from '../src/lib/charts/svg/canvas.ts';
import type { TextMeasure } from '../src/lib/charts/svg/context.ts';

export interface SvgLine {
	text: string;
	x: number;
	y: number;
	size: number;
	weight: 400 | 700;
	anchor: 'start' | 'middle' | 'end';
}

function unescapeXml(text: string): string {
	return text
		.replaceAll('&lt;', '<')
		.replaceAll('&gt;', '>')
		.replaceAll('&quot;', '"')
		.replaceAll('&amp;', '&');
}

/** Every line of text in the SVG, in order. */
export function svgLines(svg: string): SvgLine[] {
	const lines: SvgLine[] = [];
	for (const [, attributes, body] of svg.matchAll(/<text\b([^>]*)>([\s\S]*?)<\/text>/g)) {
		const attribute = (name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(attributes!)?.[1];
		const size = Number(attribute('font-size'));
		const weight = attribute('font-weight') === '700' ? 700 : 400;
		const anchor = (attribute('text-anchor') ?? 'start') as SvgLine['anchor'];
		for (const [, x, y, text] of body!.matchAll(/<tspan x="([^"]*)" y="([^"]*)">([\s\S]*?)<\/tspan>/g)) {
			lines.push({ text: unescapeXml(text!), x: Number(x), y: Number(y), size, weight, anchor });
		}
	}
	return lines;
}

/** The text of each <text> element: a wrapped paragraph is one string again. */
export function svgParagraphs(svg: string, joiner: string): string[] {
	return [...svg.matchAll(/<text\b[^>]*>([\s\S]*?)<\/text>/g)].map(([, body]) =>
		[...body!.matchAll(/<tspan[^>]*>([\s\S]*?)<\/tspan>/g)].map(([, t]) => unescapeXml(t!)).join(joiner)
	);
}

export interface TextBox {
	text: string;
	left: number;
	right: number;
	top: number;
	bottom: number;
}

/** Where each line's glyphs sit: from its anchor, its measured width and the font's ascent and descent. */
export function textBoxes(svg: string, measure: TextMeasure): TextBox[] {
	return svgLines(svg).map((line) => {
		const width = measure.width(line.text, { size: line.size, weight: line.weight });
		const left =
			line.anchor === 'start' ? line.x : line.anchor === 'end' ? line.x - width : line.x - width / 2;
		return {
			text: line.text,
			left,
			right: left + width,
			// The glyphs' own height, not the line's: CJK glyphs fill about the em box.
			top: line.y - 0.88 * line.size,
			bottom: line.y + 0.12 * line.size
		};
	});
}

/**
 * Vertical lines (an axis's gridlines) that run through a line of text: where one crosses a text's
 * box, a rect of the ground's colour must be drawn over it (after it) at that point, as the page's
 * words sit on a halo of their ground.
 */
export function linesThroughText(svg: string, boxes: TextBox[], ground: string): string[] {
	/** Each self-closing <tag/> with where it is in the SVG (what is drawn later is over it). */
	const elements = (tag: string) =>
		[...svg.matchAll(new RegExp(`<${tag}\\b([^>]*)/>`, 'g'))].map((match) => {
			const text = (name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(match[1]!)?.[1];
			return { at: match.index, text, number: (name: string) => Number(text(name)) };
		});
	const verticals = elements('line')
		.filter((line) => line.number('x1') === line.number('x2'))
		.map((line) => ({
			at: line.at,
			x: line.number('x1'),
			top: line.number('y1'),
			bottom: line.number('y2')
		}));
	const grounds = elements('rect')
		.filter((rect) => rect.text('fill') === ground)
		.map((rect) => ({
			at: rect.at,
			left: rect.number('x'),
			right: rect.number('x') + rect.number('width'),
			top: rect.number('y'),
			bottom: rect.number('y') + rect.number('height')
		}));
	const problems: string[] = [];
	for (const box of boxes) {
		const middle = (box.top + box.bottom) / 2;
		for (const line of verticals) {
			const crosses =
				line.x > box.left + 0.5 && line.x < box.right - 0.5 && line.top < middle && line.bottom > middle;
			const covered = grounds.some(
				(rect) =>
					rect.at > line.at &&
					rect.left <= line.x &&
					rect.right >= line.x &&
					rect.top <= middle &&
					rect.bottom >= middle
			);
			if (crosses && !covered) problems.push(`the line at x=${line.x} runs through "${box.text}"`);
		}
	}
	return problems;
}

/** Pairs of lines whose glyphs overlap. */
export function overlappingText(boxes: TextBox[]): string[] {
	const problems: string[] = [];
	boxes.forEach((a, i) => {
		for (const b of boxes.slice(i + 1)) {
			if (
				a.left < b.right - 0.5 &&
				b.left < a.right - 0.5 &&
				a.top < b.bottom - 0.5 &&
				b.top < a.bottom - 0.5
			)
				problems.push(`"${a.text}" overlaps "${b.text}"`);
		}
	});
	return problems;
}

type Rgb = [number, number, number];

function rgb(hex: string): Rgb {
	return [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as Rgb;
}

function near(image: PNG, x: number, y: number, colour: Rgb, tolerance: number): boolean {
	const i = (y * image.width + x) * 4;
	return colour.every((c, k) => Math.abs(image.data[i + k]! - c) <= tolerance);
}

/** Share of the pixels in a box (image pixels) within `tolerance` of a colour. */
function share(image: PNG, box: Box, colour: Rgb, tolerance = 10): number {
	let hits = 0;
	let total = 0;
	for (let y = Math.ceil(box.y); y < Math.floor(box.y + box.height); y++) {
		for (let x = Math.ceil(box.x); x < Math.floor(box.x + box.width); x++) {
			total += 1;
			if (near(image, x, y, colour, tolerance)) hits += 1;
		}
	}
	return total ? hits / total : 0;
}

/**
 * Share of the places along a box's edges where a line of the colour is drawn: for each place on
 * an edge, any pixel within `depth` inside it (a thin line falls on one or two rows, antialiased).
 */
function edgeShare(image: PNG, box: Box, colour: Rgb, depth: number): number {
	const [left, top] = [Math.ceil(box.x), Math.ceil(box.y)];
	const [right, bottom] = [Math.floor(box.x + box.width) - 1, Math.floor(box.y + box.height) - 1];
	const places: boolean[] = [];
	const line = (x0: number, y0: number, dx: number, dy: number) =>
		Array.from({ length: depth }, (_, d) => near(image, x0 + d * dx, y0 + d * dy, colour, 48)).some(Boolean);
	for (let x = left + depth; x <= right - depth; x++) places.push(line(x, top, 0, 1), line(x, bottom, 0, -1));
	for (let y = top + depth; y <= bottom - depth; y++) places.push(line(left, y, 1, 0), line(right, y, -1, 0));
	return places.length ? places.filter(Boolean).length / places.length : 0;
}

interface Box {
	x: number;
	y: number;
	width: number;
	height: number;
}

/**
 * What is wrong with a PNG of an image drawn at `scale`: each mark must show in its colour inside
 * its box — mostly, for solid marks; as stripes of its colour and of its colour at 25% over the
 * background, for hatched ones; along its edges, for outlined ones; somewhere, for areas.
 */
export function markProblems(png: Buffer, marks: ImageMark[], scale: number, background: string): string[] {
	const image = PNG.sync.read(png);
	const bg = rgb(background);
	return marks.flatMap((mark) => {
		const box = {
			x: mark.x * scale,
			y: mark.y * scale,
			width: mark.width * scale,
			height: mark.height * scale
		};
		const colour = rgb(mark.color);
		const full = share(image, box, colour);
		const where = `mark "${mark.id}" (${mark.fill} ${mark.color}) at ${Math.round(box.x)},${Math.round(box.y)}`;
		const percent = (n: number) => `${Math.round(n * 100)}%`;
		if (mark.fill === 'solid' && full < 0.5)
			return [`${where}: ${percent(full)} of its pixels in its colour`];
		if (mark.fill === 'area' && full < 0.05)
			return [`${where}: ${percent(full)} of its pixels in its colour`];
		if (mark.fill === 'outline') {
			const edges = edgeShare(image, box, colour, Math.ceil(2 * scale));
			if (edges < 0.4) return [`${where}: its colour along ${percent(edges)} of its edges`];
		}
		if (mark.fill === 'hatched') {
			const light = colour.map((c, k) => Math.round(c * 0.25 + bg[k]! * 0.75)) as Rgb;
			const stripes = share(image, box, light, 16);
			if (full < 0.15 || stripes < 0.15)
				return [`${where}: ${percent(full)} full colour, ${percent(stripes)} light stripes`];
		}
		return [];
	});
}
