/**
 * Which district names a very small map leaves out first so that none collide: `wide` (Dachang,
 * squeezed between Sanhe and Xianghe) shows from a 17rem-wide map, `medium` from 16rem; every
 * phone's map (a 320 px phone's is 17.9rem) shows all ten, checked by reading-layout.e2e at
 * 320–412 px and the label test up to 1920. Unlisted names always show; the zone's button always
 * shows.
 */
export const LABEL_FROM: Record<string, 'medium' | 'wide' | undefined> = {
	'yongqing-county': 'medium',
	'guan-county': 'medium',
	'wenan-county': 'medium',
	'dacheng-county': 'medium',
	'dachang-county': 'wide'
};
