/**
 * Every shape's sizes, for the generated stylesheet (tokens.css): each shape's own geometry.ts
 * declares them in rem, its HTML renderer reads them as CSS custom properties
 * (`--<shape>-<size>`), its SVG renderer as numbers.
 */
import type { ShapeGeometry } from './define-geometry.ts';

export const SHAPE_GEOMETRY: readonly ShapeGeometry[] = [];
