/**
 * What paints a mark on the page, named by the mark's id: the element whose box is the mark's (a
 * bar, a segment, a dot, a tile, the zone's district). The image records the same marks with the
 * same ids (ImageMark), so the two can be compared; the parity test does (tests/parity.e2e.ts).
 */
export const DRAWN_ATTRIBUTE = 'data-drawn';

/** The attribute of the element that paints mark `id`, to spread on it. */
export function drawn(id: string): Record<typeof DRAWN_ATTRIBUTE, string> {
	return { [DRAWN_ATTRIBUTE]: id };
}
