/**
 * Which district names a small map leaves out so that none collide (checked by the label test at
 * 320–1920 px): `medium` shows from a 22rem-wide map, `wide` from 26rem. Unlisted names always
 * show; the zone's button always shows.
 */
export const LABEL_FROM: Record<string, 'medium' | 'wide' | undefined> = {
	'yongqing-county': 'medium',
	'guan-county': 'medium',
	// Under the zone's charts when a narrow map pulls them west.
	'wenan-county': 'medium',
	'dacheng-county': 'medium',
	'dachang-county': 'wide'
};
