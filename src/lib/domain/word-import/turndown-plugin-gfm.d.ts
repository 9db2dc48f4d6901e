// turndown-plugin-gfm ships no types: the one plugin the importer uses.
declare module 'turndown-plugin-gfm' {
	import type TurndownService from 'turndown';
	export const gfm: TurndownService.Plugin;
	export const tables: TurndownService.Plugin;
}
