/**
 * Which district names a small map leaves out so that none collide: `wide` (Dachang, squeezed
 * between Sanhe and Xianghe, and over Sanhe in the wall's large type) shows from a 26rem-wide map,
 * `medium` from 16rem, so a phone's map shows nine. Checked by reading-layout.e2e at 320–412 px,
 * the label test up to 1920 and the wall's layout test. Unlisted names always show; the zone's
 * button always shows.
 */
export const LABEL_FROM: Record<string, 'medium' | 'wide' | undefined> = {
	'yongqing-county': 'medium',
	'guan-county': 'medium',
	'wenan-county': 'medium',
	'dacheng-county': 'medium',
	'dachang-county': 'wide'
};
