/**
 * Text widths for chart images, measured with the bundled fonts' own metrics and kerning, so a
 * line that fits when laid out fits when drawn. Build-time only (fontkit).
 */
import type { FontWeight, TextMeasure } from '../charts/svg/context.ts';
import type { Locale } from '../i18n/locale.ts';
import { FAMILIES_BY_LOCALE, loadFaces, type LoadedFace } from './fonts.ts';

export type { TextMeasure };

/** A measurer for one language: each character set in the first of its families that has it. */
export function textMeasure(
	locale: Locale,
	faces: LoadedFace[] = loadFaces()
): TextMeasure & { locale: Locale } {
	const byWeight = (weight: FontWeight) =>
		FAMILIES_BY_LOCALE[locale].map((family) => {
			const face = faces.find((f) => f.family === family && f.weight === weight);
			if (!face) throw new Error(`chart images: no ${family} ${weight} font loaded`);
			return face.font;
		});
	const stacks = { 400: byWeight(400), 700: byWeight(700) };
	const cache = new Map<string, number>();
	const primary = stacks[400][0]!;
	return {
		locale,
		ascent: primary.ascent / primary.unitsPerEm,
		descent: -primary.descent / primary.unitsPerEm,
		width(text, { size, weight = 400 }) {
			const key = `${weight}\u0000${text}`;
			let em = cache.get(key);
			if (em === undefined) {
				em = 0;
				const fonts = stacks[weight];
				// Runs of characters that one font draws, measured whole so kerning counts.
				let run = '';
				let runFont = fonts[0]!;
				const flush = () => {
					if (run) em! += runFont.layout(run).advanceWidth / runFont.unitsPerEm;
					run = '';
				};
				for (const char of text) {
					const code = char.codePointAt(0)!;
					const font = fonts.find((f) => f.hasGlyphForCodePoint(code)) ?? fonts[0]!;
					if (font !== runFont) {
						flush();
						runFont = font;
					}
					run += char;
				}
				flush();
				cache.set(key, em);
			}
			return em * size;
		}
	};
}
