/**
 * A list part in an image (List.html.svelte): planned things in dashed boxes with the list's badge,
 * tagged ones with their badge and their note under them, noted ones with it run on after them,
 * bullets as a plain list.
 */
import type { ListPart } from '../../body.ts';
import { stack, type Block } from '../../svg/blocks.ts';
import { color, type ImageContext } from '../../svg/context.ts';
import { LEADING, RADIUS_PX, SPACE_PX, TEXT_PX } from '../../svg/sizes.ts';
import { insetRect } from '../../svg/svg.ts';
import type { Canvas } from '../../svg/canvas.ts';
import { bulletList, drawLines, pill, runIn, textBlock, textWidth } from '../../svg/text-blocks.ts';

type Item = ListPart['items'][number];

/** A name with a badge after it on its line, or at the end of the first line when the name wraps. */
function namedWithBadge(ctx: ImageContext, name: string, badge: string | undefined, width: number) {
	const tag = badge ? pill(ctx, badge) : undefined;
	const nameRoom = width - (tag ? tag.width + SPACE_PX[2] : 0);
	const nameBlock = textBlock(ctx, name, nameRoom, { size: TEXT_PX.sm, leading: LEADING });
	const tagLeft = Math.min(textWidth(ctx, name, TEXT_PX.sm), nameRoom) + SPACE_PX[2];
	return { nameBlock, tag, tagLeft };
}

function planned(ctx: ImageContext, item: Item, badge: string | undefined, width: number): Block {
	const inner = width - 2 * SPACE_PX[3];
	const { nameBlock, tag, tagLeft } = namedWithBadge(ctx, item.name, badge, inner);
	const content = Math.max(nameBlock.height, tag?.height ?? 0);
	// Whole pixels, so its dashed border is crisp at 1×.
	const height = Math.round(content + 2 * SPACE_PX[2]);
	return {
		height,
		draw(canvas, x, y) {
			const accent = color(ctx, 'color-accent');
			canvas.add(insetRect({ x, y, width, height }, accent, { rx: RADIUS_PX, 'stroke-dasharray': '4 3' }));
			canvas.mark({ id: item.id, x, y, width, height, color: accent, fill: 'outline' });
			nameBlock.draw(canvas, x + SPACE_PX[3], y + SPACE_PX[2] + (content - nameBlock.height) / 2);
			tag?.draw(canvas, x + SPACE_PX[3] + tagLeft, y + SPACE_PX[2] + (TEXT_PX.sm * LEADING - tag.height) / 2);
		}
	};
}

function tagged(ctx: ImageContext, item: Item, width: number): Block {
	const { nameBlock, tag, tagLeft } = namedWithBadge(ctx, item.name, item.badge, width);
	const line: Block = {
		height: Math.max(nameBlock.height, tag?.height ?? 0),
		draw(canvas, x, y) {
			nameBlock.draw(canvas, x, y);
			tag?.draw(canvas, x + tagLeft, y + (TEXT_PX.sm * LEADING - tag.height) / 2);
		}
	};
	return stack([
		line,
		textBlock(ctx, item.note ?? '', width, {
			size: TEXT_PX.xs,
			color: 'color-text-muted'
		})
	]);
}

/** A name, its badge and its note run on after them (ZoneMap's places without a location). */
function noted(ctx: ImageContext, item: Item, width: number): Block {
	const words = {
		width: textWidth(ctx, item.name, TEXT_PX.sm),
		height: TEXT_PX.sm * LEADING,
		draw: (canvas: Canvas, x: number, y: number) =>
			drawLines(ctx, canvas, [item.name], x, y, { size: TEXT_PX.sm })
	};
	const lead = [words, ...(item.badge ? [pill(ctx, item.badge)] : [])];
	// Small muted text on the name's lines, as the note inside the list item.
	const style = {
		size: TEXT_PX.xs,
		color: 'color-text-muted',
		leading: (TEXT_PX.sm * LEADING) / TEXT_PX.xs
	} as const;
	return runIn(ctx, lead, item.note ? `· ${item.note}` : '', width, style);
}

export function drawList(ctx: ImageContext, part: ListPart, width: number): Block {
	if (part.style === 'bullets')
		return bulletList(
			ctx,
			part.items.map((item) => item.name),
			width,
			{ size: TEXT_PX.sm }
		);
	if (part.style === 'noted')
		return stack(
			part.items.map((item) => noted(ctx, item, width)),
			SPACE_PX[1]
		);
	if (part.style === 'planned')
		return stack(
			part.items.map((item) => planned(ctx, item, part.badge, width)),
			SPACE_PX[2]
		);
	return stack(
		part.items.map((item) => tagged(ctx, item, width)),
		SPACE_PX[1]
	);
}
