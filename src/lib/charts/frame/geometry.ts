/** The frame around a chart in an image: the embed's padding (its card has none), the column it is laid out for. */
import { px } from '../../styles/tokens.ts';

/** The column an image is laid out for, in CSS pixels: a news article's. Scale 2 makes it 1200 px. */
export const IMAGE_WIDTH = 600;

/** Room around the frame in an image. */
export const IMAGE_PADDING = px(1.25);
