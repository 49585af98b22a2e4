/**
 * Sentences of the repaired article. A sentence ends at 。！？ (a closing ” after it belongs to
 * it); an ellipsis does not end one.
 */

export interface SentenceSpan {
	text: string;
	/** Offset of the sentence in its paragraph. */
	start: number;
}

const SENTENCE = /[^。！？]+(?:[。！？]+”?|$)|[。！？]+”?/g;

export function sentencesOf(paragraph: string): SentenceSpan[] {
	return [...paragraph.matchAll(SENTENCE)].map((match) => ({ text: match[0], start: match.index }));
}

/** Offsets of every paragraph in the article text (paragraphs joined by single newlines). */
export function paragraphOffsets(paragraphs: string[]): number[] {
	let offset = 0;
	return paragraphs.map((paragraph) => {
		const start = offset;
		offset += paragraph.length + 1;
		return start;
	});
}
