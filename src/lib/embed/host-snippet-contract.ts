/**
 * What the host snippet's markup (written by embed-code.ts into a news page) and our host script
 * (enhance/entries/host.ts, embed.js) agree on. Both sides import the names from here, so a rename
 * is a compile error rather than snippets on news pages that stop sizing themselves. The names
 * are public: pasted snippets keep them for good, so they must never actually change.
 * One constant a name, not an object as the other contracts have: the bundler writes constants
 * into the host script as strings and an object as itself, and that script has 819 bytes
 * gzipped to live in (bench/budgets.json).
 */

/**
 * Marks an embed for the host script: on the snippet's iframe (no value), or on the div of a
 * snippet pasted before the iframe one, whose value is the embed's URL.
 */
export const HOST_EMBED_ATTRIBUTE = 'data-langfang-embed';

/** That older div's reserved heights by width, "320:640 768:560 …". */
export const HOST_HEIGHTS_ATTRIBUTE = 'data-heights';

/** That older div's title, for the iframe it becomes. */
export const HOST_TITLE_ATTRIBUTE = 'data-title';

/** Set by the host script on an embed it has set up, so a second copy of the script leaves it alone. */
export const HOST_READY_ATTRIBUTE = 'data-langfang-ready';
