/**
 * One row per project (NamedProjects with StageTracks): its name and investment on a line, under
 * it a track across the stage columns with a dot at the stage the article gives, or a note where
 * it gives none. The stage names head the columns (a band scale, as the HTML chart's).
 */
import { scaleBand } from 'd3';
import { element } from '../svg.ts';
import { TEXT, color, drawLines, nameValueRow, textBlock, type Block, type ImageContext } from '../layout.ts';

const HEADER = 40;
const ROW_HEIGHT = 46.4;
const DOT = 14.4;
const LABEL_GAP = 3.2;

export interface StageTracksSpec<Row> {
	rows: Row[];
	stages: readonly string[];
	stageName: (stage: string) => string;
	id: (row: Row) => string;
	stage: (row: Row) => string | null;
	name: (row: Row) => string;
	value: (row: Row) => string;
	color: (row: Row) => string;
	noStage: string;
}

export function stageTracks<Row>(ctx: ImageContext, spec: StageTracksSpec<Row>, width: number): Block {
	const columns = scaleBand<string>()
		.domain([...spec.stages])
		.range([0, width]);
	const centre = (stage: string) => columns(stage)! + columns.bandwidth() / 2;
	const first = centre(spec.stages[0]!);
	const headers = spec.stages.map((stage) => ({
		stage,
		block: textBlock(ctx, spec.stageName(stage), columns.bandwidth() - 8, {
			size: TEXT.xs,
			color: 'color-text-muted',
			leading: 1.25,
			align: 'middle'
		})
	}));
	const header = Math.max(HEADER, ...headers.map((h) => h.block.height + 8));
	const rows = spec.rows.map((row) => {
		const label = nameValueRow(ctx, spec.name(row), spec.value(row), width);
		const content = label.height + LABEL_GAP + DOT;
		return { row, label, content, height: Math.max(ROW_HEIGHT, content + 8) };
	});
	return {
		height: header + rows.reduce((sum, r) => sum + r.height, 0),
		draw(canvas, x, y) {
			for (const { stage, block } of headers) {
				block.draw(canvas, x + columns(stage)! + 4, y + header - 4 - block.height);
			}
			let top = y + header;
			for (const { row, label, content, height } of rows) {
				const rowTop = top + (height - content) / 2;
				label.draw(canvas, x, rowTop);
				const trackTop = rowTop + label.height + LABEL_GAP;
				const stage = spec.stage(row);
				const hex = color(ctx, spec.color(row));
				if (stage) {
					const cx = x + centre(stage);
					if (cx > x + first) {
						canvas.add(
							element('rect', {
								x: x + first,
								y: trackTop + DOT / 2 - 1,
								width: cx - x - first,
								height: 2,
								fill: hex,
								opacity: 0.6
							})
						);
					}
					canvas.add(element('circle', { cx, cy: trackTop + DOT / 2, r: DOT / 2, fill: hex }));
					canvas.mark({
						id: spec.id(row),
						x: cx - DOT / 2,
						y: trackTop,
						width: DOT,
						height: DOT,
						color: hex,
						fill: 'solid'
					});
				} else {
					drawLines(ctx, canvas, [spec.noStage], x, trackTop, {
						size: TEXT.xs,
						color: 'color-text-muted',
						leading: DOT / TEXT.xs
					});
				}
				top += height;
			}
		}
	};
}
