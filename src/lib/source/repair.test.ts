import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ARTICLE_FILES, readJsonFile, repairFromDisk, toSimplified } from './article-files.ts';
import {
	DAMAGE_SIGNS,
	PINYIN_GROUP,
	RepairError,
	decodeMisreadRuns,
	repairArticle,
	splitParagraphs,
	validateHandRepairs,
	type HandRepair
} from './repair.ts';

const root = process.cwd();
const raw = fs.readFileSync(ARTICLE_FILES.raw, 'utf8');
const handRepairs = validateHandRepairs(
	readJsonFile(root, ARTICLE_FILES.handRepairs),
	ARTICLE_FILES.handRepairs
);
const SHARED_COPY = '../shared/source/000_0b7997dbb1ca96ad.txt';
const RECEIVED_SHA256 = 'cc1730dfbfb0545a2343719ad3500f524519d4f7ea4e0b9a27775805c8ea3149';
const sha256 = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');

describe('the raw source', () => {
	it('is byte-for-byte the article as received (its SHA-256 when it reached us)', () => {
		expect(sha256(ARTICLE_FILES.raw)).toBe(RECEIVED_SHA256);
		expect((readJsonFile(root, 'data/facts/article.json') as { sha256: string }).sha256).toBe(
			RECEIVED_SHA256
		);
	});

	// ../shared sits beside every developer's and CI's checkout; a bare clone elsewhere has only the digest above.
	it.runIf(fs.existsSync(SHARED_COPY))('is byte-for-byte the copy in ../shared/source/', () => {
		expect(sha256(ARTICLE_FILES.raw)).toBe(sha256(SHARED_COPY));
	});

	it('still carries the damage the repair undoes (so the checks below prove something)', () => {
		expect(raw).toMatch(PINYIN_GROUP);
		expect(raw).toContain('?!');
		expect(raw).toContain('?/p>');
	});
});

describe('decodeMisreadRuns', () => {
	it('restores the example of SOURCE-NOTES.md with iconv-lite, naming the opening quote', () => {
		const { text, runs } = decodeMisreadRuns('支撐?!拔覀兎e極開展', 4);
		expect(text).toBe('支撐。“我們積極開展');
		expect(runs).toEqual([{ paragraph: 4, damaged: '?!拔覀兎e', decoded: '。“我們積', quote: 'opening' }]);
	});

	it('tells a closing quote by its trail byte B1 and keeps an ASCII byte that is not part of the run', () => {
		expect(decodeMisreadRuns('工作?!崩确桓咝聟^經濟', 1).text).toBe('工作。”廊坊高新區經濟');
	});

	it('leaves clean text alone', () => {
		expect(decodeMisreadRuns('今年以来，廊坊高新区已签约项目6个。', 1)).toEqual({
			text: '今年以来，廊坊高新区已签约项目6个。',
			runs: []
		});
	});
});

describe('repairArticle on the real source', () => {
	const { article, outputs } = repairFromDisk(root);

	it('writes exactly the committed files in data/article/ (run `npm run repair` after changing the inputs)', () => {
		for (const [file, contents] of Object.entries(outputs))
			expect(fs.readFileSync(file, 'utf8'), file).toBe(contents);
	});

	it('leaves no pinyin group, no ?! run, no lost byte and no markup', () => {
		for (const text of [article.traditional, article.simplified]) {
			expect(text).not.toMatch(/\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)/);
			expect(text).not.toContain('?!');
			expect(text).not.toContain('?');
			expect(text).not.toContain('\uFFFD');
			expect(text).not.toMatch(/<\/?[a-z]+>|\/p>/);
		}
	});

	it('keeps every paragraph', () => {
		const rawParagraphs = raw.split('\n').filter((line) => line.trim() !== '');
		expect(rawParagraphs).toHaveLength(19);
		expect(splitParagraphs(article.simplified)).toHaveLength(19);
		expect(article.log.paragraphs).toBe(19);
	});

	it('decodes eight of the nine ?! runs mechanically (the ninth is empty) and applies every hand repair once', () => {
		expect(raw.split('?!')).toHaveLength(10);
		expect(article.log.decodedRuns).toHaveLength(8);
		expect(article.log.handRepairs.map((r) => r.id)).toEqual(handRepairs.map((r) => r.id));
		expect(article.log.pinyinGroupsRemoved).toBeGreaterThan(300);
		expect(article.log.markupRemoved).toEqual(['</p>']);
	});

	it('restores the quotations readers see', () => {
		expect(article.simplified).toContain('提供强有力的支撑。“我们积极开展代理招商');
		expect(article.simplified).toContain('“目前正在进行基础开挖和局部垫层工作。”项目工程总监唐向华说');
		expect(article.simplified).toContain('目前已返还第一笔开工履约保证金。”\n');
		expect(article.simplified).toContain('根据园区综合优势及发展潜力，把项目入园门槛');
		expect(article.simplified).toContain('正将发展蓝图变为现实。');
	});

	it('converts to simplified characters, 隨著 to 随着 included', () => {
		expect(article.simplified).toContain('随着市规委会批复通过园区总规');
		expect(article.simplified).toContain('廊坊高新区');
		expect(article.simplified).not.toContain('廊坊高新區');
	});

	it('is deterministic and idempotent: a second run gives the same bytes, clean text passes unchanged', () => {
		expect(repairFromDisk(root).outputs).toEqual(outputs);
		const again = repairArticle(article.traditional, [], toSimplified);
		expect(again.traditional).toBe(article.traditional);
		expect(again.simplified).toBe(article.simplified);
		expect(again.log.decodedRuns).toEqual([]);
		expect(again.log.pinyinGroupsRemoved).toBe(0);
	});
});

describe('hand repairs', () => {
	it('fails, naming the file, entry and field, when a damaged text is not found', () => {
		const stale: HandRepair = {
			id: 'stale',
			paragraph: 2,
			damaged: '不存在的文字',
			repair: 'x',
			reason: 'test'
		};
		expect(() => repairArticle(raw, [...handRepairs, stale], toSimplified)).toThrow(
			new RepairError(
				'data/source/hand-repairs.json',
				'entry "stale"',
				'damaged',
				'expected the damaged text "不存在的文字" once in paragraph 2 after decoding, found it 0 times'
			)
		);
	});

	it('fails, naming the paragraph, when damage is left that no entry repairs', () => {
		const withoutOne = handRepairs.filter((r) => r.id !== 'p19-weixian');
		expect(() => repairArticle(raw, withoutOne, toSimplified)).toThrow(
			/paragraph 19, field "text": a question mark \(a lost byte\) is left/
		);
	});

	it('rejects malformed entries with the file, entry and field', () => {
		expect(() =>
			validateHandRepairs([{ id: 'a', paragraph: 1, damaged: 'x', repair: 'y' }], 'f.json')
		).toThrow('f.json: entry "a", field "reason": expected a non-empty string');
		expect(() =>
			validateHandRepairs([{ id: 'a', paragraph: 0, damaged: 'x', repair: 'y', reason: 'z' }], 'f.json')
		).toThrow('f.json: entry "a", field "paragraph": expected a paragraph number from 1');
		const entry = { id: 'a', paragraph: 1, damaged: 'x', repair: 'y', reason: 'z' };
		expect(() => validateHandRepairs([entry, entry], 'f.json')).toThrow(
			'f.json: entry "a", field "id": duplicate id'
		);
	});

	it('each says what was damaged, what it becomes and why', () => {
		for (const entry of handRepairs) {
			expect(entry.reason.length, entry.id).toBeGreaterThan(40);
			expect(entry.damaged).not.toBe(entry.repair);
		}
	});
});

describe('damage signs', () => {
	it('each catches its kind of damage', () => {
		const samples = ['支撐?!拔', '項\uFFFD目', '發展?jié)', '發(fā)展', '金。”</p>'];
		DAMAGE_SIGNS.forEach((sign, i) => expect(samples[i], sign.name).toMatch(sign.pattern));
	});
});
