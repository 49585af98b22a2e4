// Plain JavaScript on purpose: it must run on any Node, so that one too old for the project's
// TypeScript says what it needs in one line instead of failing with a stack trace.

/** The oldest Node that runs .ts files without flags (type stripping on by default). */
export const MINIMUM_NODE = /** @type {const} */ ({ major: 22, minor: 18 });

/**
 * Why this Node cannot run the project's scripts, or null when it can.
 * @param {string} version e.g. process.versions.node
 * @param {string} command the npm command that would provide the right Node
 * @returns {string | null}
 */
export function nodeVersionProblem(version, command) {
	const [major = 0, minor = 0] = version.split('.').map(Number);
	const need = MINIMUM_NODE;
	if (major > need.major || (major === need.major && minor >= need.minor)) return null;
	return `Node ${version} cannot run this script (it needs Node >= ${need.major}.${need.minor}); run \`${command}\`, which uses the project's own Node 22 (installed by npm install).`;
}

/**
 * Stops the process with a one-line message when this Node is too old.
 * @param {string} command
 */
export function requireNode(command) {
	const problem = nodeVersionProblem(process.versions.node, command);
	if (problem) {
		console.error(problem);
		process.exit(1);
	}
}
