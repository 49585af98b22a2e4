/**
 * What a picture desk rejects on a phone, found in the page as a reader sees it: two lines of text
 * on top of each other, text cut by a box that does not scroll, a page that scrolls sideways, and a
 * short figure (a number with its unit, a paragraph reference) broken across lines.
 * `readingLayoutProblems` runs in the page; `installReadingLayout` puts it there through the test
 * runner, as `text-overlaps.ts` does.
 */
import type { Page } from '@playwright/test';

export { SHORT_FIGURE } from '../src/lib/text/short-figures.ts';

interface Line {
	node: Text;
	el: Element;
	box: { left: number; right: number; top: number; bottom: number };
}

/**
 * Runs in the page: every problem, one line each, naming the text. Self-contained (it is sent as
 * source text), so its helpers are inside it.
 */
export function readingLayoutProblems(shortFigure: string): string[] {
	const problems: string[] = [];
	const quote = (text: string) => `“${text.trim().replace(/\s+/g, ' ').slice(0, 40)}”`;
	const scroller = document.scrollingElement!;
	if (scroller.scrollWidth > scroller.clientWidth + 1)
		problems.push(`the page scrolls sideways (${scroller.scrollWidth} px in ${scroller.clientWidth} px)`);
	const viewportWidth = document.documentElement.clientWidth;

	/** The boxes that clip an element, innermost first, and whether each scrolls. */
	const clips = new Map<Element, { el: Element; scrolls: boolean }[]>();
	function clippers(el: Element): { el: Element; scrolls: boolean }[] {
		const known = clips.get(el);
		if (known) return known;
		const parent = el.parentElement;
		const outer = parent ? clippers(parent) : [];
		const style = getComputedStyle(el);
		const own =
			el !== document.documentElement && el !== document.body && style.overflow !== 'visible'
				? [{ el, scrolls: /auto|scroll/.test(style.overflowX + style.overflowY) }]
				: [];
		const all = [...own, ...outer];
		clips.set(el, all);
		return all;
	}
	/** Hidden on purpose: for screen readers only (clipped to a pixel), or not painted. */
	const hiddenClips = new Map<Element, boolean>();
	function clippedAway(el: Element | null): boolean {
		if (!el) return false;
		const known = hiddenClips.get(el);
		if (known !== undefined) return known;
		const style = getComputedStyle(el);
		const own =
			style.clip !== 'auto' ||
			style.clipPath.includes('inset(50%') ||
			(style.overflow !== 'visible' && el.clientWidth <= 2 && el.clientHeight <= 2);
		const result = own || clippedAway(el.parentElement);
		hiddenClips.set(el, result);
		return result;
	}
	function hidden(el: Element): boolean {
		// A tooltip is over its neighbours by design, and only while asked for.
		if (el.closest('[role="tooltip"]')) return true;
		return !el.checkVisibility({ opacityProperty: true, visibilityProperty: true }) || clippedAway(el);
	}

	const lines: Line[] = [];
	const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
	const texts: Text[] = [];
	while (walker.nextNode()) {
		const node = walker.currentNode as Text;
		if (node.textContent!.trim() && node.parentElement && !hidden(node.parentElement)) texts.push(node);
	}
	for (const node of texts) {
		const el = node.parentElement!;
		const range = document.createRange();
		range.selectNodeContents(node);
		for (const rect of range.getClientRects()) {
			if (rect.width < 1 || rect.height < 1) continue;
			let box = { left: rect.left, right: rect.right, top: rect.top, bottom: rect.bottom };
			let cut = '';
			for (const clip of clippers(el)) {
				const edge = clip.el.getBoundingClientRect();
				const outside =
					box.left < edge.left - 1 ||
					box.right > edge.right + 1 ||
					box.top < edge.top - 1 ||
					box.bottom > edge.bottom + 1;
				if (outside && !clip.scrolls && !cut)
					cut = `cut by ${clip.el.tagName.toLowerCase()}.${[...clip.el.classList].join('.')}`;
				box = {
					left: Math.max(box.left, edge.left),
					right: Math.min(box.right, edge.right),
					top: Math.max(box.top, edge.top),
					bottom: Math.min(box.bottom, edge.bottom)
				};
			}
			if (
				!cut &&
				!clippers(el).some((clip) => clip.scrolls) &&
				(box.left < -1 || box.right > viewportWidth + 1)
			)
				cut = 'cut by the window’s edge';
			if (cut) problems.push(`${quote(node.textContent!)} is ${cut}`);
			if (box.right - box.left > 1 && box.bottom - box.top > 1) lines.push({ node, el, box });
		}
	}

	// Lines of different texts on top of each other (a sweep down the page: few pairs to compare).
	lines.sort((a, b) => a.box.top - b.box.top);
	const reported = new Set<string>();
	for (let i = 0; i < lines.length; i++) {
		const a = lines[i]!;
		for (let j = i + 1; j < lines.length && lines[j]!.box.top < a.box.bottom - 1; j++) {
			const b = lines[j]!;
			if (a.node === b.node) continue;
			const overlapX = Math.min(a.box.right, b.box.right) - Math.max(a.box.left, b.box.left);
			const overlapY = Math.min(a.box.bottom, b.box.bottom) - Math.max(a.box.top, b.box.top);
			// Two lines of one paragraph touch by a pixel or two where their glyph boxes meet.
			if (overlapX > 1 && overlapY > 2) {
				const pair = `${quote(a.node.textContent!)} overlaps ${quote(b.node.textContent!)}`;
				if (!reported.has(pair)) problems.push(pair);
				reported.add(pair);
			}
		}
	}

	// Short figures on more than one line: texts of one block read as one string (a figure may span
	// an inline element, as <b>41</b> projects).
	const blocks = new Map<Element, Element>();
	const blockOf = (el: Element): Element => {
		const known = blocks.get(el);
		if (known) return known;
		const block =
			getComputedStyle(el).display.startsWith('inline') && el.parentElement ? blockOf(el.parentElement) : el;
		blocks.set(el, block);
		return block;
	};
	const pattern = new RegExp(shortFigure, 'g');
	let group: Text[] = [];
	const flush = () => {
		const starts: number[] = [];
		let joined = '';
		for (const node of group) {
			starts.push(joined.length);
			joined += node.textContent!;
		}
		const at = (index: number): [Text, number] => {
			let k = starts.length - 1;
			while (starts[k]! > index) k--;
			return [group[k]!, index - starts[k]!];
		};
		for (const match of joined.matchAll(pattern)) {
			const range = document.createRange();
			range.setStart(...at(match.index));
			range.setEnd(...at(match.index + match[0].length - 1));
			range.setEnd(range.endContainer, range.endOffset + 1);
			// On one line, its pieces share a band of it (a unit set smaller sits lower in the line).
			const rects = [...range.getClientRects()].filter((r) => r.width >= 1);
			const shared = Math.min(...rects.map((r) => r.bottom)) - Math.max(...rects.map((r) => r.top));
			if (rects.length > 1 && shared < 2)
				problems.push(`${quote(match[0])} breaks across lines (in ${quote(joined)})`);
		}
		group = [];
	};
	let block: Element | null = null;
	for (const node of texts) {
		const own = blockOf(node.parentElement!);
		if (own !== block) flush();
		block = own;
		group.push(node);
	}
	flush();
	return problems;
}

/** In the page, as it is now loaded (again after each navigation). */
export async function installReadingLayout(page: Page): Promise<void> {
	await page.evaluate(`window.readingLayoutProblems = ${readingLayoutProblems.toString()}`);
}

/** Scrolls through the page once as a reader does, so parts laid out late take their real size. */
export async function readThrough(page: Page): Promise<void> {
	// Driven from here, not by the page's own frames: with JavaScript off the page runs none.
	const { height, step } = await page.evaluate(() => ({
		height: document.scrollingElement!.scrollHeight,
		step: innerHeight
	}));
	for (let y = step; y < height; y += step) {
		await page.evaluate((top) => scrollTo({ top, behavior: 'instant' }), y);
		await page.waitForTimeout(20);
	}
	await page.evaluate(() => scrollTo({ top: 0, behavior: 'instant' }));
	await page.waitForTimeout(20);
}

export type PageWithReadingLayout = Window & { readingLayoutProblems: typeof readingLayoutProblems };
