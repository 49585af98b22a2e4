/** Writing SVG by hand, deterministically: escaped text, rounded numbers, attributes in order. */

export function escapeXml(text: string): string {
	return text
		.replaceAll('&', '&amp;')
		.replaceAll('<', '&lt;')
		.replaceAll('>', '&gt;')
		.replaceAll('"', '&quot;');
}

/** A coordinate: two decimals at most, never "-0", so the same drawing gives the same bytes. */
export function num(value: number): string {
	const rounded = Math.round(value * 100) / 100;
	return String(Object.is(rounded, -0) ? 0 : rounded);
}

export type Attributes = Record<string, string | number | undefined>;

/** An element; numbers are rounded, undefined attributes left out. */
export function element(tag: string, attributes: Attributes, children?: string): string {
	const list = Object.entries(attributes)
		.filter(([, value]) => value !== undefined)
		.map(([name, value]) => ` ${name}="${typeof value === 'number' ? num(value) : escapeXml(value!)}"`)
		.join('');
	return children === undefined ? `<${tag}${list}/>` : `<${tag}${list}>${children}</${tag}>`;
}

/** A rectangle whose stroke lies inside its box, as a CSS border or an inset box-shadow does. */
export function insetRect(
	box: { x: number; y: number; width: number; height: number },
	stroke: string,
	attributes: Attributes = {},
	strokeWidth = 1
): string {
	const half = strokeWidth / 2;
	return element('rect', {
		x: box.x + half,
		y: box.y + half,
		width: box.width - strokeWidth,
		height: box.height - strokeWidth,
		fill: 'none',
		...attributes,
		stroke,
		'stroke-width': strokeWidth === 1 ? undefined : strokeWidth
	});
}
