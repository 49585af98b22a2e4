/**
 * Tells the page that frames an embed how tall it is, in every language host pages speak, so no
 * host needs a script of ours: the AMP `embed-size` request (amp-iframe, @newswire/frames, our own
 * snippet) and Pym.js's `height` message (with the childId a Pym parent puts in the URL). Heights
 * are observed (ResizeObserver), never polled: while nothing changes, nothing is sent.
 */

export const PYM_DELIMITER = 'xPYMx';

export function pymMessage(childId: string, type: string, value: string | number): string {
	return ['pym', childId, type, String(value)].join(PYM_DELIMITER);
}

export function parsePymMessage(data: unknown): { childId: string; type: string; value: string } | null {
	if (typeof data !== 'string') return null;
	const [pym, childId, type, value] = data.split(PYM_DELIMITER);
	return pym === 'pym' && childId && type && value !== undefined ? { childId, type, value } : null;
}

export interface AmpEmbedSize {
	sentinel: 'amp';
	type: 'embed-size';
	height: number;
}

export function ampEmbedSize(height: number): AmpEmbedSize {
	return { sentinel: 'amp', type: 'embed-size', height };
}

/** A parent asking for the height now: @newswire/frames' `frames-init`, or a Pym parent's `width`. */
export function asksForHeight(data: unknown, childId: string | null): boolean {
	const message = data as { sentinel?: unknown; type?: unknown } | null;
	if (message && typeof message === 'object' && message.sentinel === 'amp' && message.type === 'frames-init')
		return true;
	const pym = parsePymMessage(data);
	return !!pym && pym.childId === childId && pym.type === 'width';
}

/** The document's own height: what the iframe must be to show it all, whatever its height now. */
function documentHeight(): number {
	return Math.ceil(document.documentElement.getBoundingClientRect().height);
}

/** Starts reporting; returns the function that stops it. Does nothing outside a frame. */
export function reportFrameHeight(measure: () => number = documentHeight): () => void {
	const parent = window.parent;
	if (parent === window) return () => {};
	const childId = new URLSearchParams(location.search).get('childId');
	let last = -1;
	const send = (always = false) => {
		const height = measure();
		if (height === last && !always) return;
		last = height;
		parent.postMessage(ampEmbedSize(height), '*');
		if (childId) parent.postMessage(pymMessage(childId, 'height', height), '*');
	};
	// Called once when observing starts, then only when the height changes.
	const observer = new ResizeObserver(() => send());
	observer.observe(document.documentElement);
	const onMessage = (event: MessageEvent) => {
		if (event.source === parent && asksForHeight(event.data, childId)) send(true);
	};
	window.addEventListener('message', onMessage);
	return () => {
		observer.disconnect();
		window.removeEventListener('message', onMessage);
	};
}
