import { describe, expect, it } from 'vitest';
import { OperatorKeys } from './operator-keys.ts';

/** A key pressed on `target`; returns whether the keys took it (its default prevented). */
function press(target: EventTarget, key: string): boolean {
	const event = Object.assign(new Event('keydown', { cancelable: true }), { key });
	target.dispatchEvent(event);
	return event.defaultPrevented;
}

describe('the operator’s keys', () => {
	it('space pauses and resumes, arrows step; other keys are left alone', () => {
		const calls: string[] = [];
		const keys = new OperatorKeys({
			toggle: () => calls.push('toggle'),
			step: (delta) => calls.push(`step ${delta}`)
		});
		const window = new EventTarget();
		keys.start(window);
		expect(press(window, ' ')).toBe(true);
		expect(press(window, 'ArrowRight')).toBe(true);
		expect(press(window, 'ArrowLeft')).toBe(true);
		expect(press(window, 'Enter')).toBe(false);
		expect(press(window, 'a')).toBe(false);
		expect(calls).toEqual(['toggle', 'step 1', 'step -1']);

		keys.stop();
		expect(press(window, ' ')).toBe(false);
		expect(calls).toHaveLength(3);
	});
});
