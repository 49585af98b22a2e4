/**
 * The page scripts' one way to find an element by an attribute a contract names (the contracts
 * sit beside the markup: charts/marks/contract.ts, components/selection-bar-contract.ts …), with
 * any value escaped, so no script writes a selector by hand.
 */

/** `[attribute]` or `[attribute="value"]`, for querySelector. */
export function selector(attribute: string, value?: string): string {
	return value === undefined ? `[${attribute}]` : `[${attribute}="${CSS.escape(value)}"]`;
}
