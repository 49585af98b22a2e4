/**
 * Repairs the source article as it reached us (see data/source/README.md): traditional characters
 * with pinyin after many of them, runs of text read as GBK one byte out of step around quotation
 * marks, a stray `</p>`, and half-width punctuation. Pure functions: the same input always gives the
 * same output, so `npm run repair` can be rerun and reviewed as a diff.
 */
import iconv from 'iconv-lite';

export interface HandRepair {
	id: string;
	paragraph: number;
	damaged: string;
	repair: string;
	reason: string;
}

export interface DecodedRun {
	paragraph: number;
	damaged: string;
	decoded: string;
	quote: 'opening' | 'closing';
}

export interface RepairLog {
	paragraphs: number;
	decodedRuns: DecodedRun[];
	handRepairs: { id: string; paragraph: number; damaged: string; repair: string }[];
	pinyinGroupsRemoved: number;
	markupRemoved: string[];
	punctuationNormalised: number;
}

export interface RepairedArticle {
	/** Repaired traditional text, one paragraph a line. */
	traditional: string;
	/** The same text converted to simplified characters (zh-Hans), one paragraph a line. */
	simplified: string;
	log: RepairLog;
}

export class RepairError extends Error {
	constructor(file: string, record: string, field: string, problem: string) {
		super(`${file}: ${record}, field "${field}": ${problem}`);
		this.name = 'RepairError';
	}
}

/** A misread run: `?!`, the out-of-step non-ASCII text, then the ASCII byte where it fell back in step. */
const MISREAD_RUN = /\?!([^\p{ASCII}]+)([\x21-\x7E])?/gu;
const QUOTE_BY_TRAIL_BYTE: Record<number, { mark: string; side: DecodedRun['quote'] }> = {
	0xb0: { mark: '“', side: 'opening' },
	0xb1: { mark: '”', side: 'closing' }
};

/** A pinyin group right after a Han character: lower-case Latin letters with tone marks in brackets. */
export const PINYIN_GROUP = /(?<=\p{Script=Han})\([a-zāáǎàēéěèêīíǐìōóǒòūúǔùüǖǘǚǜńňǹḿ]+\)/gu;
export const MARKUP = /<\/?[a-zA-Z][^<>]*>/g;
/** Half-width punctuation touching Chinese text; the article was written with full-width marks. */
const HALF_WIDTH_BESIDE_HAN = /(?<=[\p{Script=Han}“”‘’。、])[,;:!?]|[,;:!?](?=[\p{Script=Han}“”‘’])/gu;
const FULL_WIDTH: Record<string, string> = { ',': '，', ';': '；', ':': '：', '!': '！', '?': '？' };

/**
 * Restores one paragraph's misread runs. The first byte of each run, re-encoded as GBK, is the
 * trail byte of the quotation mark that started the misreading; dropping it puts the rest back in
 * step. Bytes that are lost for good come out as U+FFFD and are left for the hand-repair list.
 */
export function decodeMisreadRuns(text: string, paragraph: number): { text: string; runs: DecodedRun[] } {
	const runs: DecodedRun[] = [];
	const repaired = text.replace(MISREAD_RUN, (damaged, run: string, inStep: string | undefined) => {
		const bytes = iconv.encode(run, 'gbk');
		const quote = QUOTE_BY_TRAIL_BYTE[bytes[0] ?? -1];
		if (!quote) return damaged;
		let rest = bytes.subarray(1);
		let tail = inStep ?? '';
		// An odd count means the last lead byte's partner is the ASCII byte that ended the run.
		if (rest.length % 2 === 1 && inStep) {
			rest = Buffer.concat([rest, Buffer.from(inStep, 'latin1')]);
			tail = '';
		}
		const decoded = `。${quote.mark}${iconv.decode(rest, 'gbk')}${tail}`;
		runs.push({ paragraph, damaged, decoded, quote: quote.side });
		return decoded;
	});
	return { text: repaired, runs };
}

function applyHandRepairs(
	text: string,
	paragraph: number,
	repairs: HandRepair[],
	file: string
): { text: string; applied: RepairLog['handRepairs'] } {
	let result = text;
	const applied: RepairLog['handRepairs'] = [];
	for (const entry of repairs.filter((r) => r.paragraph === paragraph)) {
		const count = result.split(entry.damaged).length - 1;
		if (count !== 1) {
			throw new RepairError(
				file,
				`entry "${entry.id}"`,
				'damaged',
				`expected the damaged text ${JSON.stringify(entry.damaged)} once in paragraph ${paragraph} after decoding, found it ${count} times`
			);
		}
		result = result.replace(entry.damaged, () => entry.repair);
		applied.push({ id: entry.id, paragraph, damaged: entry.damaged, repair: entry.repair });
	}
	return { text: result, applied };
}

/** Splits the article into paragraphs: one a line, blank lines dropped. */
export function splitParagraphs(text: string): string[] {
	return text.split(/\r?\n/).filter((line) => line.trim() !== '');
}

export function validateHandRepairs(entries: unknown, file: string): HandRepair[] {
	if (!Array.isArray(entries))
		throw new RepairError(file, 'the file', '(root)', 'expected a list of entries');
	const seen = new Set<string>();
	return entries.map((entry: Record<string, unknown>, index) => {
		const record = typeof entry?.id === 'string' ? `entry "${entry.id}"` : `entry #${index + 1}`;
		for (const field of ['id', 'damaged', 'repair', 'reason'] as const) {
			if (typeof entry?.[field] !== 'string' || entry[field] === '') {
				throw new RepairError(file, record, field, 'expected a non-empty string');
			}
		}
		if (!Number.isInteger(entry.paragraph) || (entry.paragraph as number) < 1) {
			throw new RepairError(file, record, 'paragraph', 'expected a paragraph number from 1');
		}
		if (seen.has(entry.id as string)) throw new RepairError(file, record, 'id', 'duplicate id');
		seen.add(entry.id as string);
		return entry as unknown as HandRepair;
	});
}

/**
 * The whole repair: misread runs, hand repairs, markup, pinyin, punctuation, in that order, then
 * the traditional-to-simplified conversion. Throws when any damage survives.
 */
export function repairArticle(
	raw: string,
	handRepairs: HandRepair[],
	toSimplified: (traditional: string) => string,
	handRepairFile = 'data/source/hand-repairs.json'
): RepairedArticle {
	const log: RepairLog = {
		paragraphs: 0,
		decodedRuns: [],
		handRepairs: [],
		pinyinGroupsRemoved: 0,
		markupRemoved: [],
		punctuationNormalised: 0
	};
	const paragraphs = splitParagraphs(raw).map((original, index) => {
		const paragraph = index + 1;
		const decoded = decodeMisreadRuns(original, paragraph);
		log.decodedRuns.push(...decoded.runs);
		const repaired = applyHandRepairs(decoded.text, paragraph, handRepairs, handRepairFile);
		log.handRepairs.push(...repaired.applied);
		let text = repaired.text.replace(MARKUP, (tag) => {
			log.markupRemoved.push(tag);
			return '';
		});
		text = text.replace(PINYIN_GROUP, () => {
			log.pinyinGroupsRemoved += 1;
			return '';
		});
		// Checked before punctuation is normalised, which would turn a lost byte's `?` into `？`.
		assertNoDamageLeft(text, paragraph);
		return text.replace(HALF_WIDTH_BESIDE_HAN, (mark) => {
			log.punctuationNormalised += 1;
			return FULL_WIDTH[mark] ?? mark;
		});
	});
	const unused = handRepairs.filter((entry) => entry.paragraph > paragraphs.length);
	if (unused[0]) {
		throw new RepairError(
			handRepairFile,
			`entry "${unused[0].id}"`,
			'paragraph',
			`the article has ${paragraphs.length} paragraphs`
		);
	}
	log.paragraphs = paragraphs.length;
	const traditional = paragraphs.join('\n') + '\n';
	return { traditional, simplified: toSimplified(traditional), log };
}

/** What must never survive the repair; each is a sign of damage the steps above did not undo. */
export const DAMAGE_SIGNS: { name: string; pattern: RegExp }[] = [
	{ name: 'a `?!` misread run', pattern: /\?!/ },
	{ name: 'a lost byte (U+FFFD)', pattern: /\uFFFD/ },
	// The article asks no questions, so any `?` left is a byte that could not be read.
	{ name: 'a question mark (a lost byte)', pattern: /\?/ },
	{ name: 'a (pinyin) group', pattern: /\([a-zāáǎàēéěèêīíǐìōóǒòūúǔùüǖǘǚǜńňǹḿ]+\)/u },
	{ name: 'markup', pattern: /<\/?[a-zA-Z][^<>]*>/ }
];

function assertNoDamageLeft(text: string, paragraph: number): void {
	for (const sign of DAMAGE_SIGNS) {
		const found = sign.pattern.exec(text);
		if (found) {
			const context = text.slice(Math.max(0, found.index - 8), found.index + 12);
			throw new RepairError(
				'data/source/000_0b7997dbb1ca96ad.txt',
				`paragraph ${paragraph}`,
				'text',
				`${sign.name} is left after repair near ${JSON.stringify(context)}; add a hand repair for it`
			);
		}
	}
}
