/**
 * Text in images: lines measured with the bundled fonts and wrapped as a browser wraps them, each
 * paragraph one <text> element (editable as text in a graphics program), and the small inline
 * pieces the page sets beside text (badges, words run in after them).
 */
import { BULLET_INDENT, px, type ColorToken } from '../../styles/tokens.ts';
import { stack, flow, type Block } from './blocks.ts';
import { color, type FontWeight, type ImageContext } from './context.ts';
import { HALO_PX, LEADING, SPACE_PX, TEXT_PX } from './sizes.ts';
import { element, escapeXml, insetRect, num } from './svg.ts';
import { wrapText } from './wrap-text.ts';

export interface TextOptions {
	size: number;
	weight?: FontWeight;
	color?: ColorToken;
	/** Line height as a multiple of the size (the tokens' LEADING by default). */
	leading?: number;
	align?: 'start' | 'end' | 'middle';
	/** The lines on a halo of this colour, HALO_PX past each end: lines drawn before stop at it. */
	ground?: ColorToken;
}

/** Where the baseline of a line of `size` sits below the line's top, with the text centred in it as CSS does. */
export function baseline(ctx: ImageContext, size: number, lineHeight: number): number {
	const { ascent, descent } = ctx.measure;
	return (lineHeight - (ascent + descent) * size) / 2 + ascent * size;
}

export function textWidth(ctx: ImageContext, text: string, size: number, weight: FontWeight = 400): number {
	return ctx.measure.width(text, { size, weight });
}

/** Lines of text drawn as one <text> element, one <tspan> a line. */
export function drawLines(
	ctx: ImageContext,
	canvas: { add(svg: string): void },
	lines: string[],
	x: number,
	y: number,
	{ size, weight = 400, color: token = 'color-text', leading = LEADING, align = 'start', ground }: TextOptions
): void {
	if (lines.length === 0) return;
	const lineHeight = size * leading;
	const first = y + baseline(ctx, size, lineHeight);
	if (ground) {
		// One halo round the lines, as wide as the longest, as the page's inline-block .on-ground.
		const width = Math.max(...lines.map((line) => textWidth(ctx, line, size, weight)));
		const left = align === 'end' ? x - width : align === 'middle' ? x - width / 2 : x;
		canvas.add(
			element('rect', {
				x: left - HALO_PX,
				y,
				width: width + 2 * HALO_PX,
				height: lines.length * lineHeight,
				fill: color(ctx, ground)
			})
		);
	}
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
	const { size, weight = 400, leading = LEADING, align = 'start' } = options;
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
	gap: number = SPACE_PX[1]
): Block {
	const leadWidth = lead.reduce((sum, piece) => sum + piece.width + gap, 0);
	const lineHeight = options.size * (options.leading ?? LEADING);
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
	const indent = px(BULLET_INDENT);
	return stack(
		items.map((item) => {
			const body = textBlock(ctx, item, width - indent, options);
			return {
				height: body.height,
				draw(canvas, x, y) {
					// A disc, as the list marker a browser draws: a glyph's size and height vary by font.
					const lineHeight = options.size * (options.leading ?? LEADING);
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

/** Small text in a rounded outline: a badge beside a value (base.css's .badge), a project on the map. */
export function pill(
	ctx: ImageContext,
	text: string,
	{
		fill,
		textColor = 'color-text-muted',
		leading = LEADING
	}: { fill?: ColorToken; textColor?: ColorToken; leading?: number } = {}
): Block & { width: number } {
	const size = TEXT_PX.xs;
	const width = textWidth(ctx, text, size) + 2 * SPACE_PX[2] + 2;
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
