/**
 * What `npm run pdf-tags` runs (see pdf-tags.js): its work is done while the
 * module loads, because the loader closes once the import returns.
 */
import { readFile } from 'node:fs/promises';
import { printTags, readTags } from '../tests/unit/export/pdf-reader.ts';

const input = process.env.PDF_TAGS_FILE ?? '';
const tags = await readTags(new Uint8Array(await readFile(input)));
console.log(printTags(tags.root));
console.log(`\nText outside any tag: ${tags.untagged.length === 0 ? 'none' : JSON.stringify(tags.untagged)}`);
console.log(
	`Catalogue: language ${tags.catalog.lang ?? 'not set'}, marked ${String(tags.catalog.marked === true)}, display title ${String(tags.catalog.displayDocTitle === true)}`
);
