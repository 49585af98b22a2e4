/** The tokens' sizes in image pixels (1rem = 16 px, as the pages assume). */
import { HALO, LEADING, SPACE, TEXT, px } from '../../styles/tokens.ts';

const inPixels = <K extends string | number>(sizes: Record<K, number>) =>
	Object.fromEntries(Object.entries(sizes).map(([k, v]) => [k, px(v as number)])) as Record<K, number>;

export const TEXT_PX = inPixels(TEXT);
export const SPACE_PX = inPixels(SPACE);
export const HALO_PX = px(HALO);
export { LEADING };
export { RADIUS_PX } from '../../styles/tokens.ts';
