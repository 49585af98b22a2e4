/**
 * What JavaScript adds to the server-rendered marks of every chart (groups of mark targets, named
 * in charts/marks/contract.ts): one Tab stop per chart with arrow keys between its marks
 * (roving.ts), selecting with Enter, Space or a click, and `active` on whatever draws the pointed
 * or focused mark in the same chart. Tooltips need none of it: CSS shows them (a tap that deselects
 * a mark takes its tooltip away, see dismiss).
 */
import { MARK_ATTRIBUTES as A, tooltipSelector } from '../charts/marks/contract.ts';
import { SELECTION_ATTRIBUTES, parseSelection } from '../charts/selection-key.ts';
import { rovingKeydown } from '../charts/roving.ts';
import type { PageSelection } from './page-selection.ts';
import { selector } from './selector.ts';

const GROUP = selector(A.group);
const MARK = selector(A.id);
const CHART = selector(A.chart);

function marksOf(group: Element): HTMLElement[] {
	return [...group.querySelectorAll<HTMLElement>(MARK)].filter((mark) => mark.closest(GROUP) === group);
}

function setActive(mark: HTMLElement, on: boolean): void {
	const chart = mark.closest(CHART) ?? mark.closest(GROUP)!;
	for (const drawn of chart.querySelectorAll<HTMLElement>(selector(A.ref, mark.getAttribute(A.id)!)))
		drawn.toggleAttribute(A.active, on);
}

/** The tooltip CSS shows for a mark: the element right after it, or one inside it. */
function tooltipOf(mark: HTMLElement): HTMLElement | null {
	const next = mark.nextElementSibling;
	if (next instanceof HTMLElement && next.matches(tooltipSelector('sibling'))) return next;
	return mark.querySelector<HTMLElement>(`:scope > ${tooltipSelector('parent')}`);
}

/** Room kept between a tooltip and the edge of its chart or of the screen (px). */
const TOOLTIP_MARGIN = 4;

/** How far to move [start, end] to lie within [min, max]; its start wins where it cannot fit. */
function shiftInto(start: number, end: number, min: number, max: number): number {
	if (start < min) return min - start;
	if (end > max) return Math.max(max - end, min - start);
	return 0;
}

/**
 * CSS places a tooltip beside its mark without knowing how large it will be: on a phone a long one
 * runs past its chart (whose frame clips it) or the screen. Shown, it moves to fit both.
 */
function keepTooltipInside(mark: HTMLElement): void {
	const tooltip = tooltipOf(mark);
	if (!tooltip) return;
	tooltip.style.removeProperty('translate');
	const box = tooltip.getBoundingClientRect();
	if (!box.width) return;
	const chart = tooltip.closest(CHART)?.getBoundingClientRect();
	const screen = document.documentElement;
	const x = shiftInto(
		box.left,
		box.right,
		Math.max(chart?.left ?? 0, 0) + TOOLTIP_MARGIN,
		Math.min(chart?.right ?? Infinity, screen.clientWidth) - TOOLTIP_MARGIN
	);
	const y = shiftInto(
		box.top,
		box.bottom,
		Math.max(chart?.top ?? 0, 0) + TOOLTIP_MARGIN,
		Math.min(chart?.bottom ?? Infinity, screen.clientHeight) - TOOLTIP_MARGIN
	);
	if (x || y) tooltip.style.translate = `${Math.round(x)}px ${Math.round(y)}px`;
}

/** Toggles what the mark selects; returns whether it is selected now (null: it selects nothing). */
function select(mark: HTMLElement, selection: PageSelection): boolean | null {
	const key = parseSelection(mark.getAttribute(SELECTION_ATTRIBUTES.select));
	if (!key) return null;
	selection.toggle(key);
	return selection.current === key;
}

/**
 * A finger that deselects a mark leaves it focused and, to CSS, hovered (a touch screen's hover
 * stays where the last tap was): its tooltip and highlight would stay as if it were still chosen.
 * They go until the pointer or focus comes back to it.
 */
function dismiss(mark: HTMLElement, on: boolean): void {
	mark.toggleAttribute(A.dismissed, on);
	if (on) setActive(mark, false);
}

/** Enhances every chart under `root`; returns the function that undoes the listeners. */
export function enhanceChartMarks(root: ParentNode, selection: PageSelection): () => void {
	const groups = [...root.querySelectorAll<HTMLElement>(GROUP)];
	for (const group of groups) {
		// One Tab stop per chart: the first mark, until another one takes focus.
		marksOf(group).forEach((mark, i) => {
			const tabIndex = i === 0 ? 0 : -1;
			if (mark.tabIndex !== tabIndex) mark.tabIndex = tabIndex;
		});
	}

	const markFrom = (event: Event) => {
		const mark = (event.target as Element).closest?.<HTMLElement>(MARK);
		return mark && mark.closest(GROUP) ? mark : null;
	};
	// After the browser has applied :hover or :focus-visible, which show the tooltip.
	const fitTooltip = (mark: HTMLElement) => requestAnimationFrame(() => keepTooltipInside(mark));
	const onEnter = (event: Event) => {
		const mark = markFrom(event);
		if (!mark) return;
		dismiss(mark, false);
		setActive(mark, true);
		fitTooltip(mark);
	};
	// Pointer and focus may both hold a mark: it stays lit while the other one does.
	const onPointerLeave = (event: Event) => {
		const mark = markFrom(event);
		if (mark && document.activeElement !== mark) setActive(mark, false);
	};
	const onBlur = (event: Event) => {
		const mark = markFrom(event);
		if (!mark) return;
		dismiss(mark, false);
		if (!mark.matches(':hover')) setActive(mark, false);
	};
	const onFocus = (event: FocusEvent) => {
		const mark = markFrom(event);
		if (!mark) return;
		for (const other of marksOf(mark.closest(GROUP)!)) other.tabIndex = other === mark ? 0 : -1;
		setActive(mark, true);
		fitTooltip(mark);
	};
	// What the last click came from: a mouse's pointer stays over the mark, a finger's does not.
	let pointerType = 'mouse';
	const onPointerDown = (event: PointerEvent) => (pointerType = event.pointerType);
	const onClick = (event: MouseEvent) => {
		const mark = markFrom(event);
		if (!mark) return;
		const selected = select(mark, selection);
		if (selected !== null && pointerType !== 'mouse') dismiss(mark, !selected);
	};
	const onKeydown = (event: KeyboardEvent) => {
		const mark = markFrom(event);
		if (!mark) return;
		// Keys: the reader is at the keyboard, where focus shows the tooltip.
		dismiss(mark, false);
		const marks = marksOf(mark.closest(GROUP)!);
		const index = marks.indexOf(mark);
		rovingKeydown(event, index, marks.length, {
			focus: (i) => marks[i]?.focus(),
			select: () => select(mark, selection),
			escape: () => (selection.current ? selection.clear() : mark.blur())
		});
	};

	const listeners = [
		['pointerover', onEnter],
		['pointerout', onPointerLeave],
		['focusin', onFocus],
		['focusout', onBlur],
		['pointerdown', onPointerDown],
		['click', onClick],
		['keydown', onKeydown]
	] as const;
	for (const group of groups)
		for (const [type, listener] of listeners) group.addEventListener(type, listener as EventListener);
	return () => {
		for (const group of groups)
			for (const [type, listener] of listeners) group.removeEventListener(type, listener as EventListener);
	};
}
