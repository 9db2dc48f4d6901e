import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The app's layering, read from the source text: components never reach the
 * database, and no module imports itself through others (docs/architecture.md).
 */

const root = resolve(import.meta.dirname, '../../..');
const lib = join(root, 'src/lib');

function filesUnder(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return filesUnder(path);
		return /\.(ts|svelte)$/.test(name) ? [path] : [];
	});
}

/** Every module a file names in an import or export … from, a dynamic import() or a side-effect import. */
function specifiers(source: string): string[] {
	const found: string[] = [];
	for (const match of source.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)['"]([^'"]+)['"]/gm)) found.push(match[1] ?? '');
	return found;
}

/** The file a specifier names inside src/, or undefined for packages and SvelteKit's own modules. */
function resolveSpecifier(from: string, specifier: string): string | undefined {
	if (specifier.startsWith('$lib/')) return join(lib, specifier.slice('$lib/'.length));
	if (specifier.startsWith('.')) return resolve(dirname(from), specifier);
	return undefined;
}

const name = (path: string) => relative(root, path);

describe('the layers', () => {
	it('components never import storage: they go through state/ or take callbacks', () => {
		const components = filesUnder(join(lib, 'components'));
		expect(components.length).toBeGreaterThan(20);
		const reaching = components.flatMap((file) =>
			specifiers(readFileSync(file, 'utf8'))
				.filter((s) => resolveSpecifier(file, s)?.startsWith(join(lib, 'storage')))
				.map((s) => `${name(file)} imports ${s}`)
		);
		expect(reaching).toEqual([]);
	});

	it('no module in src/lib imports itself through others', () => {
		const files = filesUnder(lib);
		const known = new Set(files);
		const edges = new Map(
			files.map((file) => [
				file,
				specifiers(readFileSync(file, 'utf8'))
					.map((s) => resolveSpecifier(file, s))
					.filter((target): target is string => target !== undefined && known.has(target))
			])
		);
		const cycles: string[] = [];
		const state = new Map<string, 'visiting' | 'done'>();
		const visit = (file: string, path: string[]) => {
			state.set(file, 'visiting');
			for (const next of edges.get(file) ?? []) {
				if (state.get(next) === 'visiting') cycles.push([...path.slice(path.indexOf(next)), next].map(name).join(' → '));
				else if (!state.has(next)) visit(next, [...path, next]);
			}
			state.set(file, 'done');
		};
		for (const file of files) if (!state.has(file)) visit(file, [file]);
		expect(cycles).toEqual([]);
	});
});
