/**
 * A shape's sizes in rem, declared once: for wide boxes and, where they differ, for a phone's
 * (a chart box narrower than NARROW_CHART). The generated stylesheet gives the page each one as
 * `--<shape>-<name>` (the narrow ones inside a container query); the SVG renderer takes the set for
 * the width it draws at.
 */
import { NARROW_CHART, PX_PER_REM } from '../../styles/tokens.ts';

export interface ShapeGeometry<Sizes extends Record<string, number> = Record<string, number>> {
	shape: string;
	sizes: Sizes;
	narrow?: Partial<Sizes>;
}

export function defineGeometry<const Sizes extends Record<string, number>>(
	shape: string,
	sizes: Sizes,
	narrow?: Partial<Sizes>
): ShapeGeometry<Sizes> & { at(widthPx: number): Sizes } {
	return {
		shape,
		sizes,
		...(narrow ? { narrow } : {}),
		at: (widthPx) => (widthPx < NARROW_CHART * PX_PER_REM && narrow ? { ...sizes, ...narrow } : sizes)
	};
}
