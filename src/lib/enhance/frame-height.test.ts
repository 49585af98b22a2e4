import { describe, expect, it } from 'vitest';
import { ampEmbedSize, asksForHeight, parsePymMessage, pymMessage } from './frame-height.ts';

describe('the messages an embed sends its host', () => {
	it('speaks Pym.js: pymxPYMx<childId>xPYMxheightxPYMx<px>', () => {
		expect(pymMessage('lf-1', 'height', 512)).toBe('pymxPYMxlf-1xPYMxheightxPYMx512');
		expect(parsePymMessage('pymxPYMxlf-1xPYMxwidthxPYMx640')).toEqual({
			childId: 'lf-1',
			type: 'width',
			value: '640'
		});
		expect(parsePymMessage({ height: 1 })).toBeNull();
		expect(parsePymMessage('hello')).toBeNull();
	});

	it('speaks AMP: an embed-size request', () => {
		expect(ampEmbedSize(480)).toEqual({ sentinel: 'amp', type: 'embed-size', height: 480 });
	});

	it('answers a frames parent and its own Pym parent asking for the height, and nobody else', () => {
		expect(asksForHeight({ sentinel: 'amp', type: 'frames-init' }, null)).toBe(true);
		expect(asksForHeight('pymxPYMxlf-1xPYMxwidthxPYMx640', 'lf-1')).toBe(true);
		expect(asksForHeight('pymxPYMxother-chartxPYMxwidthxPYMx640', 'lf-1')).toBe(false);
		expect(asksForHeight({ sentinel: 'amp', type: 'embed-size', height: 10 }, null)).toBe(false);
		expect(asksForHeight(null, null)).toBe(false);
	});
});
