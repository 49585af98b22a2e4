/**
 * A stage-tracks part in an image (StageTracks.html.svelte): each project's name and investment on
 * a line, under it a track across the stage columns with a dot at the stage the article gives, or
 * a note where it gives none; the stage names head the columns (a band scale, as on the page).
 */
import { scaleBand } from 'd3';
import type { ColorToken, StageTracksPart } from '../../body.ts';
import type { Block } from '../../svg/blocks.ts';
import { color, type ImageContext } from '../../svg/context.ts';
import { TEXT_PX } from '../../svg/sizes.ts';
import { element } from '../../svg/svg.ts';
import { drawLines, textBlock } from '../../svg/text-blocks.ts';
import { bandRowLabel } from '../band-row/band-row.svg.ts';
import { BAND_ROW } from '../band-row/geometry.ts';
import { STAGE_TRACKS } from './geometry.ts';

export function drawStageTracks(ctx: ImageContext, part: StageTracksPart, width: number): Block {
	const { rowHeight, headsRoom, headsGap, dot } = STAGE_TRACKS.px(width);
	const { labelGap } = BAND_ROW.px(width);
	const columns = scaleBand<string>()
		.domain(part.stages.map((s) => s.id))
		.range([0, width]);
	const centre = (stage: string) => columns(stage)! + columns.bandwidth() / 2;
	const first = centre(part.stages[0]!.id);
	const headers = part.stages.map((stage) => ({
		stage: stage.id,
		block: textBlock(ctx, stage.name, columns.bandwidth() - 2 * headsGap, {
			size: TEXT_PX.xs,
			color: 'color-text-muted',
			leading: STAGE_TRACKS.ratios.headsLeading,
			align: 'middle'
		})
	}));
	// The page keeps --stage-tracks-heads-room for two lines of them; more would push the rows down.
	const header = Math.max(headsRoom, ...headers.map((h) => h.block.height + 2 * headsGap));
	const rows = part.rows.map((row) => {
		const label = bandRowLabel(ctx, row.name, row.value, width);
		const content = label.height + labelGap + dot;
		return { row, label, content, height: Math.max(rowHeight, content + 8) };
	});
	return {
		height: header + rows.reduce((sum, r) => sum + r.height, 0),
		draw(canvas, x, y) {
			for (const { stage, block } of headers)
				block.draw(canvas, x + columns(stage)! + headsGap, y + header - headsGap - block.height);
			let top = y + header;
			for (const { row, label, content, height } of rows) {
				const rowTop = top + (height - content) / 2;
				label.draw(canvas, x, rowTop);
				const trackTop = rowTop + label.height + labelGap;
				const hex = color(ctx, row.color as ColorToken);
				if (row.stage) {
					const cx = x + centre(row.stage);
					if (cx > x + first) {
						canvas.add(
							element('rect', {
								x: x + first,
								y: trackTop + dot / 2 - 1,
								width: cx - x - first,
								height: 2,
								fill: hex,
								opacity: 0.6
							})
						);
					}
					canvas.add(element('circle', { cx, cy: trackTop + dot / 2, r: dot / 2, fill: hex }));
					canvas.mark({
						id: row.id,
						x: cx - dot / 2,
						y: trackTop,
						width: dot,
						height: dot,
						color: hex,
						fill: 'solid'
					});
				} else {
					drawLines(ctx, canvas, [part.noStage], x, trackTop, {
						size: TEXT_PX.xs,
						color: 'color-text-muted',
						leading: dot / TEXT_PX.xs
					});
				}
				top += height;
			}
		}
	};
}
