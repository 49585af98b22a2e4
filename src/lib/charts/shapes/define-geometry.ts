/**
 * A shape's sizes, declared once: in rem for wide boxes and, where they differ, for a phone's (a
 * chart box narrower than NARROW_CHART), and plain ratios (line heights). The generated stylesheet
 * (tokens.css) gives the page each as `--<shape>-<name>`, the narrow ones inside a container query;
 * the SVG renderer takes the set for the width it draws at, in pixels.
 */
import { NARROW_CHART, PX_PER_REM } from '../../styles/tokens.ts';

export interface ShapeGeometry {
	shape: string;
	/** rem. */
	sizes: Record<string, number>;
	/** rem, for a box narrower than NARROW_CHART. */
	narrow?: Record<string, number>;
	/** Unitless: line heights. */
	ratios?: Record<string, number>;
	/** CSS the shape's own numbers make (container queries cannot read custom properties). */
	rules?: readonly string[];
}

export interface Geometry<
	Sizes extends Record<string, number>,
	Ratios extends Record<string, number>
> extends ShapeGeometry {
	sizes: Sizes;
	ratios: Ratios;
	/** The sizes in pixels for a box `widthPx` wide. */
	px(widthPx: number): Sizes;
}

export function defineGeometry<
	Sizes extends Record<string, number>,
	Ratios extends Record<string, number> = Record<never, number>
>(
	shape: string,
	declared: { sizes: Sizes; narrow?: Partial<Sizes>; ratios?: Ratios }
): Geometry<Sizes, Ratios> {
	const { sizes, narrow, ratios = {} as Ratios } = declared;
	const inPx = (set: Sizes) =>
		Object.fromEntries(Object.entries(set).map(([name, rem]) => [name, rem * PX_PER_REM])) as Sizes;
	const wide = inPx(sizes);
	const phone = narrow ? inPx({ ...sizes, ...narrow } as Sizes) : wide;
	return {
		shape,
		sizes,
		...(narrow ? { narrow: narrow as Record<string, number> } : {}),
		ratios,
		px: (widthPx) => (widthPx < NARROW_CHART * PX_PER_REM ? phone : wide)
	};
}
