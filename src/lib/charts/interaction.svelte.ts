/**
 * Which mark of one chart is active (pointed at or focused), so marks, tooltip and focus ring
 * agree. One instance per chart.
 */
export class ActiveMark {
	index = $state<number | null>(null);
	/** Pointer activity ends on leave; keyboard focus stays until blur. */
	by = $state<'pointer' | 'focus' | null>(null);

	set(index: number, by: 'pointer' | 'focus'): void {
		this.index = index;
		this.by = by;
	}

	release(by: 'pointer' | 'focus'): void {
		if (this.by === by) {
			this.index = null;
			this.by = null;
		}
	}
}
