/**
 * What an SVG renderer draws with: the text measure of the image's language and the colours of
 * its theme. Renderers get words and values already made (the chart's body): they only lay out.
 */
import type { ColorToken } from '../../styles/tokens.ts';

export type FontWeight = 400 | 700;

export interface TextStyle {
	size: number;
	weight?: FontWeight;
}

export interface TextMeasure {
	/** Width in pixels of `text` on one line. */
	width(text: string, style: TextStyle): number;
	/** Ascent and descent of the language's first font, in ems: where a baseline sits in its line. */
	ascent: number;
	descent: number;
}

export interface ImageContext {
	measure: TextMeasure;
	/** Hex colours by token name, for the theme drawn. */
	palette: ReadonlyMap<string, string>;
}

/** What every image is drawn on: its background, and the halo under its chart's words. */
export const IMAGE_GROUND: ColorToken = 'color-bg';

/** A colour token (`color-accent`) as the theme's hex colour. */
export function color(ctx: ImageContext, token: ColorToken): string {
	const hex = ctx.palette.get(token);
	if (!hex) throw new Error(`chart images: colour "${token}" is not a colour of src/lib/styles/tokens.ts`);
	return hex;
}
