/**
 * A small layout model for images: blocks of known height that draw themselves at a point, stacked
 * down a fixed width or flowing along a line, as the page's block and flex layout do.
 */
import type { Canvas } from './canvas.ts';

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
