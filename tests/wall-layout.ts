/**
 * What a wall must not do, measured in the page on what is shown (hidden panels left out): nothing
 * outside the viewport, clipped, cut off, scaled or on top of other text, and nothing to scroll;
 * with the smallest text and key figure, for the sizes the room needs. A page function: it needs
 * `installOverlappingPairs` (text-overlaps.ts) in the page first.
 */
import type { PageWithOverlappingPairs } from './text-overlaps.ts';

export interface WallLayoutReport {
	problems: string[];
	scroll: { width: number; height: number; scrolledTo: number };
	smallestText: { size: number; text: string };
	smallestKey: number;
}

/** Everything a wall must not do, measured on what is shown (hidden panels excluded). */
export function measureWallLayout(): WallLayoutReport {
	const problems: string[] = [];
	const root = document.querySelector('[data-wall]')!;
	const shown = (el: Element) =>
		getComputedStyle(el).visibility === 'visible' && el.getClientRects().length > 0;
	const name = (el: Element) =>
		`${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? '.' + el.className.split(' ')[0] : ''} “${(el.textContent ?? '').trim().slice(0, 24)}”`;
	const viewport = { width: innerWidth, height: innerHeight };
	let smallestText = { size: Infinity, text: '' };
	for (const el of root.querySelectorAll('*')) {
		if (!shown(el)) continue;
		const box = el.getBoundingClientRect();
		if (box.width === 0 || box.height === 0) continue;
		if (box.left < -1 || box.top < -1 || box.right > viewport.width + 1 || box.bottom > viewport.height + 1)
			problems.push(`${name(el)} overflows the viewport`);
		const ownText = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim());
		if (!ownText || el.closest('.visually-hidden, [role="tooltip"], .maplibregl-ctrl')) continue;
		const size = parseFloat(getComputedStyle(el).fontSize);
		if (size < smallestText.size) smallestText = { size, text: name(el) };
		for (let up: Element | null = el; up && up !== document.documentElement; up = up.parentElement) {
			const style = getComputedStyle(up);
			// Translation moves text by whole pixels; a scale (or rotation) would resample it.
			if (style.transform !== 'none') {
				const m = new DOMMatrixReadOnly(style.transform);
				if (Math.abs(m.a - 1) > 1e-6 || Math.abs(m.d - 1) > 1e-6 || m.b !== 0 || m.c !== 0)
					problems.push(`${name(el)} sits under a ${style.transform} transform (${name(up)})`);
			}
			if (style.scale !== 'none' || (style as CSSStyleDeclaration & { zoom: string }).zoom !== '1')
				problems.push(`${name(el)} is scaled by ${name(up)}`);
			if (up !== el && style.overflow !== 'visible') {
				const clip = up.getBoundingClientRect();
				if (
					box.left < clip.left - 1 ||
					box.right > clip.right + 1 ||
					box.top < clip.top - 1 ||
					box.bottom > clip.bottom + 1
				)
					problems.push(`${name(el)} is clipped by ${name(up)}`);
			}
		}
		if (el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflow !== 'visible')
			problems.push(`${name(el)} is cut off`);
	}
	// No two texts on top of each other.
	const texts = [...root.querySelectorAll('*')].filter(
		(el) =>
			shown(el) &&
			[...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim()) &&
			!el.closest('.visually-hidden, [role="tooltip"], .maplibregl-ctrl')
	);
	// An inline run's box is its font's content area, taller than its line: measure a one-line
	// text by its line height, centred, so a big number does not "overlap" the line above it.
	const lineBox = (el: Element) => {
		const box = el.getBoundingClientRect();
		const style = getComputedStyle(el);
		const line =
			style.lineHeight === 'normal' ? parseFloat(style.fontSize) * 1.2 : parseFloat(style.lineHeight);
		if (box.height > line * 1.6) return box;
		const middle = box.top + box.height / 2;
		return { left: box.left, right: box.right, top: middle - line / 2, bottom: middle + line / 2 };
	};
	const boxes = texts.map((el) => ({ el, box: lineBox(el) }));
	for (const [a, b] of (window as unknown as PageWithOverlappingPairs).overlappingPairs(boxes))
		problems.push(`${name(a.el)} overlaps ${name(b.el)}`);
	const keys = [...root.querySelectorAll('[data-key-value] .number')].filter(shown);
	const smallestKey = Math.min(...keys.map((el) => parseFloat(getComputedStyle(el).fontSize)));
	scrollTo(200, 200);
	const scrolledTo = scrollX + scrollY;
	return {
		problems,
		scroll: {
			width: document.documentElement.scrollWidth - innerWidth,
			height: document.documentElement.scrollHeight - innerHeight,
			scrolledTo
		},
		smallestText,
		smallestKey
	};
}
