/**
 * A small layout model for chart images: blocks of known height stacked down a fixed width, drawn
 * onto a canvas that collects SVG elements, shared definitions (hatching, fades) and the boxes of
 * the marks (which the tests read pixels at). Sizes are CSS pixels of the embed: text sizes and
 * spacing are the design tokens' (tokens.css), so an image looks like the embed it stands for.
 */
import type { Locale } from '../i18n/locale.ts';
import { MESSAGES, type Messages } from '../i18n/messages.ts';
import type { FontWeight } from './fonts.ts';
import { resolveColor, type Palette, type Theme } from './palette.ts';
import { element, escapeXml, insetRect, num } from './svg.ts';
import { wrapText, type TextMeasure } from './text.ts';

/** tokens.css in pixels (1rem = 16px). */
export const TEXT = { xs: 13, sm: 14, base: 16, lg: 20 } as const;
export const SPACE = { 1: 4, 2: 8, 3: 12, 4: 16, 6: 24 } as const;
export const RADIUS = 6;

/**
 * How a mark is painted, so a test knows which pixels to expect in its box: filled, striped, drawn
 * along its edges, or a shape that covers part of its box (a district).
 */
export type MarkFill = 'solid' | 'hatched' | 'outline' | 'area';

/** A drawn mark's box in image pixels (at 1×) and its colour. */
export interface ImageMark {
	id: string;
	x: number;
	y: number;
	width: number;
	height: number;
	color: string;
	fill: MarkFill;
}

export interface ImageContext {
	locale: Locale;
	theme: Theme;
	messages: Messages;
	measure: TextMeasure;
	palette: Palette;
}

export function imageContext(
	locale: Locale,
	theme: Theme,
	measure: TextMeasure,
	palette: Palette
): ImageContext {
	return { locale, theme, messages: MESSAGES[locale], measure, palette };
}

/** A colour token (`color-accent`) or `var(--…)` as the theme's hex colour. */
export function color(ctx: ImageContext, token: string): string {
	return resolveColor(ctx.palette, token);
}

export class Canvas {
	readonly parts: string[] = [];
	readonly marks: ImageMark[] = [];
	private readonly defs = new Map<string, string>();

	add(svg: string): void {
		this.parts.push(svg);
	}

	mark(mark: ImageMark): void {
		this.marks.push(mark);
	}

	/** Stripes in the mark's colour: a value not stated as drawn (derived, converted). As base.css's .pattern-hatched. */
	hatch(hex: string): string {
		const id = `hatch-${hex.slice(1)}`;
		this.defs.set(
			id,
			element(
				'pattern',
				{ id, patternUnits: 'userSpaceOnUse', width: 7, height: 7, patternTransform: 'rotate(45)' },
				element('rect', { width: 7, height: 7, fill: hex, 'fill-opacity': 0.25 }) +
					element('rect', { width: 3, height: 7, fill: hex })
			)
		);
		return `url(#${id})`;
	}

	/** The colour fading out to the right: an open-ended value (超, 余, 以上). */
	fade(hex: string): string {
		const id = `fade-${hex.slice(1)}`;
		this.defs.set(
			id,
			element(
				'linearGradient',
				{ id, x1: 0, y1: 0, x2: 1, y2: 0 },
				element('stop', { offset: 0, 'stop-color': hex }) +
					element('stop', { offset: 1, 'stop-color': hex, 'stop-opacity': 0 })
			)
		);
		return `url(#${id})`;
	}

	definitions(): string {
		return [...this.defs.keys()]
			.sort()
			.map((id) => this.defs.get(id)!)
			.join('');
	}
}

/** Something of known height that draws itself with its top left corner at (x, y). */
export interface Block {
	height: number;
	draw(canvas: Canvas, x: number, y: number): void;
}

export const EMPTY: Block = { height: 0, draw: () => {} };

/** Blocks one under the other, `gap` apart. */
export function stack(blocks: Block[], gap = 0): Block {
	const shown = blocks.filter((b) => b.height > 0);
	return {
		height: shown.reduce((sum, b) => sum + b.height, 0) + gap * Math.max(0, shown.length - 1),
		draw(canvas, x, y) {
			let top = y;
			for (const block of shown) {
				// On whole pixels, so the 1px lines of outlines and rules fall on one row of pixels at 1×.
				block.draw(canvas, x, Math.round(top));
				top += block.height + gap;
			}
		}
	};
}

export function inset(block: Block, top: number, bottom = top): Block {
	return { height: block.height + top + bottom, draw: (canvas, x, y) => block.draw(canvas, x, y + top) };
}

export interface TextOptions {
	size: number;
	weight?: FontWeight;
	/** A colour token, e.g. `color-text-muted`. */
	color?: string;
	/** Line height as a multiple of the size (the tokens' --leading is 1.6). */
	leading?: number;
	align?: 'start' | 'end' | 'middle';
}

/** Where the baseline of a line of `size` sits below the line's top, with the text centred in it as CSS does. */
export function baseline(ctx: ImageContext, size: number, lineHeight: number): number {
	const { ascent, descent } = ctx.measure;
	return (lineHeight - (ascent + descent) * size) / 2 + ascent * size;
}

export function textWidth(ctx: ImageContext, text: string, size: number, weight: FontWeight = 400): number {
	return ctx.measure.width(text, { size, weight });
}

/** Lines of text drawn as one <text> element, one <tspan> a line: editable as text in a graphics program. */
export function drawLines(
	ctx: ImageContext,
	canvas: Canvas,
	lines: string[],
	x: number,
	y: number,
	{ size, weight = 400, color: token = 'color-text', leading = 1.6, align = 'start' }: TextOptions
): void {
	if (lines.length === 0) return;
	const lineHeight = size * leading;
	const first = y + baseline(ctx, size, lineHeight);
	const spans = lines
		.map((line, i) => `<tspan x="${num(x)}" y="${num(first + i * lineHeight)}">${escapeXml(line)}</tspan>`)
		.join('');
	canvas.add(
		`<text font-size="${num(size)}"${weight === 700 ? ' font-weight="700"' : ''} fill="${color(ctx, token)}"${
			align === 'start' ? '' : ` text-anchor="${align}"`
		}>${spans}</text>`
	);
}

/** A paragraph wrapped to `width`; with `indent`, its first line starts that far in (see runIn). */
export function textBlock(
	ctx: ImageContext,
	text: string,
	width: number,
	options: TextOptions,
	indent = 0
): Block {
	const { size, weight = 400, leading = 1.6, align = 'start' } = options;
	const lines = text ? wrapText(text, width, (line) => textWidth(ctx, line, size, weight), indent) : [];
	return {
		height: lines.length * size * leading,
		draw(canvas, x, y) {
			const anchorX = align === 'end' ? x + width : align === 'middle' ? x + width / 2 : x;
			if (indent > 0 && lines.length > 0) {
				drawLines(ctx, canvas, lines.slice(0, 1), anchorX + indent, y, options);
				drawLines(ctx, canvas, lines.slice(1), anchorX, y + size * leading, options);
			} else drawLines(ctx, canvas, lines, anchorX, y, options);
		}
	};
}

/**
 * Inline pieces (a name, a badge) and then text running on after them on the same line, wrapping
 * under them, as inline content flows in the embed. Pieces too wide for one line flow apart instead,
 * with the text under them.
 */
export function runIn(
	ctx: ImageContext,
	lead: (Block & { width: number })[],
	text: string,
	width: number,
	options: TextOptions,
	gap: number = SPACE[1]
): Block {
	const leadWidth = lead.reduce((sum, piece) => sum + piece.width + gap, 0);
	const lineHeight = options.size * (options.leading ?? 1.6);
	if (leadWidth >= width) return stack([flow(lead, width, gap, 0), textBlock(ctx, text, width, options)]);
	const body = textBlock(ctx, text, width, options, leadWidth);
	return {
		height: Math.max(body.height, lineHeight, ...lead.map((piece) => piece.height)),
		draw(canvas, x, y) {
			let left = x;
			for (const piece of lead) {
				piece.draw(canvas, left, y + (lineHeight - piece.height) / 2);
				left += piece.width + gap;
			}
			body.draw(canvas, x, y);
		}
	};
}

/** A list with a bullet hanging before each item (as the frame's notes). */
export function bulletList(ctx: ImageContext, items: string[], width: number, options: TextOptions): Block {
	const indent = 17.6;
	return stack(
		items.map((item) => {
			const body = textBlock(ctx, item, width - indent, options);
			return {
				height: body.height,
				draw(canvas, x, y) {
					// A disc, as the list marker a browser draws: a glyph's size and height vary by font.
					const lineHeight = options.size * (options.leading ?? 1.6);
					canvas.add(
						element('circle', {
							cx: x + 6,
							cy: y + lineHeight / 2,
							r: options.size * 0.18,
							fill: color(ctx, options.color ?? 'color-text')
						})
					);
					body.draw(canvas, x + indent, y);
				}
			};
		})
	);
}

/**
 * A name and its value on one line, the value bold and flush right (BandRow's label); when both do
 * not fit, the name wraps and the value takes the next line, flush right, as the flex row wraps.
 */
export function nameValueRow(
	ctx: ImageContext,
	name: string,
	value: string,
	width: number,
	size: number = TEXT.sm
): Block {
	const style = { size, leading: 1.35 };
	const valueWidth = value ? textWidth(ctx, value, size, 700) : 0;
	const nameWidth = textWidth(ctx, name, size);
	const oneLine = !value || nameWidth + SPACE[3] + valueWidth <= width;
	const nameBlock = textBlock(ctx, name, width, style);
	const valueBlock = textBlock(ctx, value, width, { ...style, weight: 700, align: 'end' });
	if (oneLine) {
		return {
			height: Math.max(nameBlock.height, valueBlock.height),
			draw(canvas, x, y) {
				nameBlock.draw(canvas, x, y);
				valueBlock.draw(canvas, x, y);
			}
		};
	}
	return stack([nameBlock, valueBlock]);
}

/** Small text in a rounded outline: a badge beside a value (base.css's .badge), a project on the map. */
export function pill(
	ctx: ImageContext,
	text: string,
	{
		fill,
		textColor = 'color-text-muted',
		leading = 1.6
	}: { fill?: string; textColor?: string; leading?: number } = {}
): Block & { width: number } {
	const size = TEXT.xs;
	const width = textWidth(ctx, text, size) + 2 * SPACE[2] + 2;
	// Whole pixels, so the outline is crisp at 1×.
	const height = Math.round(size * leading + 2);
	return {
		width,
		height,
		draw(canvas, x, y) {
			canvas.add(
				insetRect({ x, y, width, height }, color(ctx, 'color-border'), {
					rx: (height - 1) / 2,
					fill: fill ? color(ctx, fill) : 'none'
				})
			);
			drawLines(ctx, canvas, [text], x + width / 2, y + (height - size * leading) / 2, {
				size,
				color: textColor,
				leading,
				align: 'middle'
			});
		}
	};
}

/** Inline pieces (legend items, badges, chips) flowing left to right and wrapping, as a flex row with wrap. */
export function flow(items: (Block & { width: number })[], width: number, gapX: number, gapY: number): Block {
	const rows: { items: (Block & { width: number })[]; height: number }[] = [];
	let row: (typeof rows)[number] | undefined;
	let used = 0;
	for (const item of items) {
		if (!row || (row.items.length > 0 && used + gapX + item.width > width)) {
			row = { items: [], height: 0 };
			rows.push(row);
			used = -gapX;
		}
		row.items.push(item);
		row.height = Math.max(row.height, item.height);
		used += gapX + item.width;
	}
	return stack(
		rows.map((r) => ({
			height: r.height,
			draw(canvas, x, y) {
				let left = x;
				for (const item of r.items) {
					item.draw(canvas, left, y + (r.height - item.height) / 2);
					left += item.width + gapX;
				}
			}
		})),
		gapY
	);
}
