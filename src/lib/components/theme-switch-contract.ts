/**
 * What the theme switch's markup (ThemeSwitch.svelte) and the page script that applies it
 * (enhance/page-view.ts) agree on: the switch and the name of its radio buttons, one a theme.
 * Both sides import them from here, so a rename is a compile error rather than a dead switch.
 */

export const THEME_SWITCH_ATTRIBUTES = {
	root: 'data-theme-switch'
} as const;

/** The name of the switch's radio buttons; each one's value is a theme (THEMES). */
export const THEME_INPUT_NAME = 'theme';

/** The attributes to spread on the switch, in markup. */
export const themeSwitch = {
	root: () => ({ [THEME_SWITCH_ATTRIBUTES.root]: '' })
};
