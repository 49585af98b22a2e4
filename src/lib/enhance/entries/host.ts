/**
 * Our host snippet's script, for news pages with no Pym.js, frames or AMP of their own: each
 * iframe marked as our embed (the snippet: a lazy iframe whose CSS already reserves its height per
 * width) takes the exact height from the embed's own AMP `embed-size` messages, accepted only from
 * that iframe and its origin. Snippets pasted before that (a div marked with the embed's URL and
 * its heights, "320:640 768:560 …") still work: the div becomes such an iframe when it nears the
 * viewport. The attributes: embed/host-snippet-contract.ts. A classic script, self-contained (the
 * build inlines what it imports), at a stable address: hosts paste it once.
 */
import {
	HOST_EMBED_ATTRIBUTE as EMBED,
	HOST_HEIGHTS_ATTRIBUTE as HEIGHTS,
	HOST_READY_ATTRIBUTE as READY,
	HOST_TITLE_ATTRIBUTE as TITLE
} from '../../embed/host-snippet-contract.ts';

/** How far below the viewport an embed starts loading. */
const LOAD_MARGIN = '600px';

function reservedHeight(heights: string | null, width: number): number {
	const pairs = (heights ?? '')
		.split(' ')
		.map((pair) => pair.split(':').map(Number) as [number, number])
		.filter(([w, h]) => w > 0 && h > 0)
		.sort((a, b) => a[0] - b[0]);
	const fit = pairs.filter(([w]) => w <= width).pop() ?? pairs[0];
	return fit ? fit[1] : 480;
}

function embedUrl(value: string | null): URL | undefined {
	try {
		const url = new URL(value ?? '', location.href);
		return url.protocol === 'https:' || url.protocol === 'http:' ? url : undefined;
	} catch {
		return undefined;
	}
}

/** Gives `frame` the height its embed (at `origin`) says it has, then `onSized`. */
function follow(frame: HTMLIFrameElement, origin: string, onSized = () => {}): void {
	addEventListener('message', (event) => {
		const data = event.data as { sentinel?: string; type?: string; height?: number } | null;
		if (event.source !== frame.contentWindow || event.origin !== origin) return;
		if (data?.sentinel !== 'amp' || data.type !== 'embed-size' || !(Number(data.height) > 0)) return;
		frame.style.height = `${Math.ceil(Number(data.height))}px`;
		onSized();
	});
	// The embed answers this with its height, in case it spoke before we listened. To any origin:
	// a frame that has not loaded yet still holds its first about:blank, of this page's origin, and
	// aimed at the embed's origin the question would make the browser log a warning on every such
	// page. It carries nothing, and only the embed answers it (the answer is checked above).
	const ask = () => frame.contentWindow?.postMessage({ sentinel: 'amp', type: 'frames-init' }, '*');
	frame.addEventListener('load', ask);
	ask();
}

function setUp(element: HTMLElement): void {
	if (element.hasAttribute(READY)) return;
	element.setAttribute(READY, '');
	if (element instanceof HTMLIFrameElement) {
		const url = embedUrl(element.getAttribute('src'));
		if (url) follow(element, url.origin);
		return;
	}
	const box = element;
	const url = embedUrl(box.getAttribute(EMBED));
	if (!url) return;
	const reserve = () => reservedHeight(box.getAttribute(HEIGHTS), box.clientWidth);
	box.style.minHeight = `${reserve()}px`;

	const load = () => {
		const frame = document.createElement('iframe');
		frame.src = url.href;
		frame.title = box.getAttribute(TITLE) ?? '';
		frame.setAttribute('scrolling', 'no');
		frame.style.cssText = `display:block;width:100%;border:0;height:${reserve()}px`;
		follow(frame, url.origin, () => (box.style.minHeight = ''));
		box.replaceChildren(frame);
	};

	const observer = new IntersectionObserver(
		(entries) => {
			if (!entries.some((entry) => entry.isIntersecting)) return;
			observer.disconnect();
			load();
		},
		{ rootMargin: LOAD_MARGIN }
	);
	observer.observe(box);
}

// Not selector(): the name needs no escaping, and its CSS.escape would cost the script its budget.
document.querySelectorAll<HTMLElement>(`[${EMBED}]`).forEach(setUp);
