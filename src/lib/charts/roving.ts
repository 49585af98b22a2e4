/**
 * Keyboard handling shared by every chart: one Tab stop, arrows move, Home/End jump, Enter or
 * Space selects, Escape clears the selection (or leaves the chart when nothing is selected).
 */
export interface RovingActions {
	focus: (index: number) => void;
	select: () => void;
	escape: () => void;
}

/** Handles the key if it is one of ours; returns whether it did. */
export function rovingKeydown(
	event: KeyboardEvent,
	index: number,
	count: number,
	actions: RovingActions
): boolean {
	const wrap = (i: number) => (i + count) % count;
	switch (event.key) {
		case 'ArrowRight':
		case 'ArrowDown':
			actions.focus(wrap(index + 1));
			break;
		case 'ArrowLeft':
		case 'ArrowUp':
			actions.focus(wrap(index - 1));
			break;
		case 'Home':
			actions.focus(0);
			break;
		case 'End':
			actions.focus(count - 1);
			break;
		case 'Enter':
		case ' ':
			actions.select();
			break;
		case 'Escape':
			actions.escape();
			break;
		default:
			return false;
	}
	event.preventDefault();
	return true;
}
