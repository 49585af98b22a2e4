/**
 * Our host snippet, for news pages with no Pym.js, frames or AMP of their own: every
 * `[data-langfang-embed="<embed URL>"]` becomes an iframe of that embed when it nears the viewport,
 * with its height reserved meanwhile from `data-heights` ("320:640 768:560 …", width:height), then
 * set from the embed's own AMP `embed-size` messages, accepted only from that iframe and that
 * origin. A classic script, self-contained, at a stable address: hosts paste it once.
 */
const ATTRIBUTE = 'data-langfang-embed';
/** How far below the viewport an embed starts loading. */
const LOAD_MARGIN = '600px';

function reservedHeight(heights: string | undefined, width: number): number {
	const pairs = (heights ?? '')
		.split(' ')
		.map((pair) => pair.split(':').map(Number) as [number, number])
		.filter(([w, h]) => w > 0 && h > 0)
		.sort((a, b) => a[0] - b[0]);
	const fit = pairs.filter(([w]) => w <= width).pop() ?? pairs[0];
	return fit ? fit[1] : 480;
}

function setUp(box: HTMLElement): void {
	if (box.hasAttribute('data-langfang-ready')) return;
	box.setAttribute('data-langfang-ready', '');
	let url: URL;
	try {
		url = new URL(box.getAttribute(ATTRIBUTE)!, location.href);
	} catch {
		return;
	}
	if (url.protocol !== 'https:' && url.protocol !== 'http:') return;
	const reserve = () => reservedHeight(box.dataset.heights, box.clientWidth);
	box.style.minHeight = `${reserve()}px`;

	const load = () => {
		const frame = document.createElement('iframe');
		frame.src = url.href;
		frame.title = box.dataset.title ?? '';
		frame.setAttribute('scrolling', 'no');
		frame.style.cssText = `display:block;width:100%;border:0;height:${reserve()}px`;
		addEventListener('message', (event) => {
			const data = event.data as { sentinel?: string; type?: string; height?: number } | null;
			if (event.source !== frame.contentWindow || event.origin !== url.origin) return;
			if (data?.sentinel !== 'amp' || data.type !== 'embed-size' || !(Number(data.height) > 0)) return;
			frame.style.height = `${Math.ceil(Number(data.height))}px`;
			box.style.minHeight = '';
		});
		// The embed answers this with its height, in case it spoke before we listened.
		frame.addEventListener('load', () =>
			frame.contentWindow?.postMessage({ sentinel: 'amp', type: 'frames-init' }, url.origin)
		);
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

document.querySelectorAll<HTMLElement>(`[${ATTRIBUTE}]`).forEach(setUp);
