// @ts-check
/** Writes docs/export-format.schema.json from the app's schema (src/lib/domain/file-format/schema.ts). */
import { writeFileSync } from 'node:fs';
import { runnerImport } from 'vite';

/** @type {typeof import('../src/lib/domain/file-format/json-schema.ts')} */
const { exchangeFileJsonSchema } = (await runnerImport('/src/lib/domain/file-format/json-schema.ts', { configFile: false, logLevel: 'silent' })).module;
writeFileSync(new URL('../docs/export-format.schema.json', import.meta.url), `${JSON.stringify(exchangeFileJsonSchema(), null, 2)}\n`);
console.log('Wrote docs/export-format.schema.json');
