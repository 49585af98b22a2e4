/**
 * Where an image is drawn: it collects SVG elements, shared definitions (hatching, fades) and the
 * boxes of the marks, which the tests read pixels at and compare with the page's marks.
 */
import { element } from './svg.ts';

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
