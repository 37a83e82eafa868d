/** Request headers proxy.ts sets on page requests (overwriting whatever a client sent under those names). */
export const LANG_HEADER = 'x-claims-atlas-lang';
export const THEME_HEADER = 'x-claims-atlas-theme';
