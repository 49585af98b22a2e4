/**
 * Where the article lives on disk, and the repair run against those files. Node-only (build,
 * scripts and tests); pages get the article through load functions.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Converter } from 'opencc-js';
import { repairArticle, validateHandRepairs, type RepairedArticle } from './repair.ts';

export const ARTICLE_FILES = {
	raw: 'data/source/000_0b7997dbb1ca96ad.txt',
	handRepairs: 'data/source/hand-repairs.json',
	traditional: 'data/article/article.zh-Hant.txt',
	simplified: 'data/article/article.zh-Hans.txt',
	log: 'data/article/repair-log.json'
} as const;

/**
 * Traditional to mainland simplified. The converter that made the source wrote 着 as 著 the way
 * Taiwan's standard does (隨著); OpenCC's `tw` preset maps that back (随着), `t` would leave 随著.
 */
export const toSimplified = Converter({ from: 'tw', to: 'cn' });

export function readJsonFile(root: string, file: string): unknown {
	const text = fs.readFileSync(path.join(root, file), 'utf8');
	try {
		return JSON.parse(text);
	} catch (error) {
		throw new Error(`${file}: not valid JSON: ${(error as Error).message}`, { cause: error });
	}
}

export function repairFromDisk(root: string): {
	article: RepairedArticle;
	outputs: Record<string, string>;
} {
	const raw = fs.readFileSync(path.join(root, ARTICLE_FILES.raw), 'utf8');
	const handRepairs = validateHandRepairs(
		readJsonFile(root, ARTICLE_FILES.handRepairs),
		ARTICLE_FILES.handRepairs
	);
	const article = repairArticle(raw, handRepairs, toSimplified, ARTICLE_FILES.handRepairs);
	return {
		article,
		outputs: {
			[ARTICLE_FILES.traditional]: article.traditional,
			[ARTICLE_FILES.simplified]: article.simplified,
			[ARTICLE_FILES.log]: JSON.stringify(article.log, null, '\t') + '\n'
		}
	};
}
