/**
 * Which texts sit on top of each other: one check for the charts' labels and the wall's panels.
 * It runs in the page (the layout checks are page functions), so `installOverlappingPairs` puts
 * it there as `window.overlappingPairs`, through the test runner, not the page's own scripts.
 */
import type { Page } from '@playwright/test';

interface Placed {
	el: Element;
	box: { left: number; right: number; top: number; bottom: number };
}

/** Pairs whose boxes overlap by more than 1 px both ways, neither element holding the other. */
export function overlappingPairs<T extends Placed>(boxes: T[]): [T, T][] {
	const pairs: [T, T][] = [];
	for (let i = 0; i < boxes.length; i++) {
		for (let j = i + 1; j < boxes.length; j++) {
			const a = boxes[i]!;
			const b = boxes[j]!;
			if (a.el.contains(b.el) || b.el.contains(a.el)) continue;
			const overlapX = Math.min(a.box.right, b.box.right) - Math.max(a.box.left, b.box.left);
			const overlapY = Math.min(a.box.bottom, b.box.bottom) - Math.max(a.box.top, b.box.top);
			if (overlapX > 1 && overlapY > 1) pairs.push([a, b]);
		}
	}
	return pairs;
}

/** In the page, as it is now loaded (again after each navigation). */
export async function installOverlappingPairs(page: Page): Promise<void> {
	await page.evaluate(`window.overlappingPairs = ${overlappingPairs.toString()}`);
}

export type PageWithOverlappingPairs = Window & { overlappingPairs: typeof overlappingPairs };
