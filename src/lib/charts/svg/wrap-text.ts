/**
 * Line breaking for images, the way a browser breaks Chinese and English: between ideographs, at
 * spaces, never before a closing mark or after an opening one, never inside a short figure (a
 * number and its unit, a paragraph reference: as the page keeps them, text/short-figures.ts).
 */
import { textPieces } from '../../text/short-figures.ts';

const IDEOGRAPHIC = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/u;
/** Never at the start of a line: closing marks and punctuation. */
const NO_LINE_START = new Set([...'，。、；：？！）」』”’》〉】…·%,.;:!?)]}—']);
/** Never at the end of a line: opening marks. */
const NO_LINE_END = new Set([...'（「『“‘《〈【([{']);
const WORD = /[\p{L}\p{N}$%.,'’+\-²/]/u;

function breakAllowed(before: string, after: string): boolean {
	if (NO_LINE_START.has(after) || NO_LINE_END.has(before)) return false;
	if (/\s/.test(before)) return true;
	if (/\s/.test(after)) return false;
	const ideographBefore = IDEOGRAPHIC.test(before);
	const ideographAfter = IDEOGRAPHIC.test(after);
	// A number stays with the unit after it (26.3亿元, ES6项目); ideographs break between themselves
	// and after closing marks (”各).
	if (ideographAfter) return ideographBefore || NO_LINE_START.has(before);
	if (ideographBefore) return true;
	// Latin: at spaces (above) and after a hyphen between words.
	return before === '-' && WORD.test(after);
}

/** The pieces of a text between which a line may break (each keeps the spaces after it). */
export function breakPieces(text: string): string[] {
	// Where a short figure goes on (in UTF-16 offsets, as the pattern matches): no break before.
	const inside = new Set<number>();
	let offset = 0;
	for (const { text: piece, whole } of textPieces(text)) {
		if (whole) for (let k = 1; k < piece.length; k++) inside.add(offset + k);
		offset += piece.length;
	}
	const chars = [...text];
	const pieces: string[] = [];
	let piece = '';
	let at = 0;
	chars.forEach((char, i) => {
		const here = at;
		at += char.length;
		if (piece && !inside.has(here) && breakAllowed(chars[i - 1]!, char)) {
			pieces.push(piece);
			piece = '';
		}
		piece += char;
	});
	if (piece) pieces.push(piece);
	return pieces;
}

/**
 * Lines of at most `maxWidth`, greedily filled; a piece wider than a line is split by characters.
 * With `indent`, the first line has that much less room (text run in after something inline); when
 * not even its first piece fits there, the first line is empty and the text starts on the next.
 */
export function wrapText(
	text: string,
	maxWidth: number,
	width: (line: string) => number,
	indent = 0
): string[] {
	const lines: string[] = [];
	let line = '';
	const room = () => (lines.length === 0 ? maxWidth - indent : maxWidth);
	const push = () => {
		if (line.trim() || (indent > 0 && lines.length === 0)) lines.push(line.trim());
		line = '';
	};
	for (const piece of breakPieces(text.replace(/\s+/g, ' ').trim())) {
		const candidate = line + piece;
		if (width(candidate.trimEnd()) <= room()) {
			line = candidate;
			continue;
		}
		push();
		if (width(piece.trimEnd()) <= room()) {
			line = piece;
			continue;
		}
		for (const char of piece) {
			if (line && width((line + char).trimEnd()) > room()) push();
			line += char;
		}
	}
	push();
	return lines;
}
