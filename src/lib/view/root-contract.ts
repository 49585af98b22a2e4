/**
 * The attributes of the page's root (<html>) that say how it is viewed, set before the first
 * paint by the boot script (server/boot-script.ts) from the URL and the frame, and read mostly by
 * CSS. The boot script, the server hook, the page scripts and the CSS generator take the names from
 * here; CSS in components cannot import, so each name says which CSS reads it literally.
 * Read by plain Node too (through boot-script.ts): relative imports with extensions, no TS-only syntax.
 */

export const ROOT_ATTRIBUTES = {
	/**
	 * Scripts run: controls that need them show, and look pressable. CSS: ThemeSwitch, EmbedButton,
	 * the chips and text shapes (Chips.html, Text.html).
	 */
	js: 'data-js',
	/**
	 * 'light' or 'dark' where the page asks for one (absent: the reader's system). Set by the
	 * boot script from theme=, by enhance/page-view.ts from the switch, by hooks.server.ts on the
	 * wall (dark). CSS: tokens.css (written by server/tokens-css.ts); enhance/map-loader.ts watches it.
	 */
	theme: 'data-theme',
	/** 'off' with title=0: an embed hides its title from sight. CSS: EmbedPage. */
	title: 'data-title',
	/** The page is in a frame (an embed sized by its host). CSS: EmbedPage. */
	framed: 'data-framed',
	/** The wall is read from further than WALL_DISTANCE.far: two columns. CSS: Wall. */
	wallFar: 'data-wall-far'
} as const;
