/** The repair's record, for the page that explains how the source text was mended. */
import { ARTICLE_FILES, readJsonFile } from '../source/article-files.ts';
import { validateHandRepairs, type HandRepair, type RepairLog } from '../source/repair.ts';
import { PROJECT_ROOT } from './load-dataset.ts';

export function loadRepairNotes(root = PROJECT_ROOT): {
	decodedRuns: number;
	pinyinGroupsRemoved: number;
	handRepairs: HandRepair[];
} {
	const log = readJsonFile(root, ARTICLE_FILES.log) as RepairLog;
	return {
		decodedRuns: log.decodedRuns.length,
		pinyinGroupsRemoved: log.pinyinGroupsRemoved,
		handRepairs: validateHandRepairs(readJsonFile(root, ARTICLE_FILES.handRepairs), ARTICLE_FILES.handRepairs)
	};
}
