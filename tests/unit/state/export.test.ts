import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { beforeEach, describe, expect, it } from 'vitest';
import { readExchangeFile } from '../../../src/lib/domain/file-format/read.ts';
import type { StatementFile } from '../../../src/lib/domain/file-format/schema.ts';
import { makeExport, type ReadFont } from '../../../src/lib/state/export.ts';
import { ScrutinyDatabase, useDatabase } from '../../../src/lib/storage/db.ts';
import { MissingRecordError } from '../../../src/lib/storage/errors.ts';
import { addStatement } from '../../../src/lib/storage/transfer.ts';

/** Fonts from static/fonts/, as the browser fetches them. */
const readFont: ReadFont = async (name) => {
	const bytes = await readFile(new URL(`../../../static/fonts/${name}`, import.meta.url));
	return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
};

/** Stores the example statement on this (fake) device and returns its id. */
async function storeExample(): Promise<string> {
	const read = readExchangeFile(readFileSync(new URL('../../../examples/anytown-position-statement.json', import.meta.url), 'utf8'));
	if (!read.ok) throw new Error('The example is not a valid file');
	return addStatement(read.file as StatementFile, false);
}

const start = (bytes: Uint8Array, n: number) => new TextDecoder().decode(bytes.slice(0, n));

beforeEach(() => useDatabase(new ScrutinyDatabase(`test-${crypto.randomUUID()}`)));

describe('making an export file from a stored statement', () => {
	it('makes the public PDF with its file name, type and fonts', async () => {
		const id = await storeExample();
		const made = await makeExport(id, 'pdf', { version: 'public', includeSummary: true }, readFont);
		expect(made.fileName).toBe('anytown-borough-council-children-and-families-scrutiny-panel-2026-03-26-position-statement.pdf');
		expect(made.mimeType).toBe('application/pdf');
		expect(start(made.bytes, 5)).toBe('%PDF-');
	});

	it('makes the exempt Word document and the web page', async () => {
		const id = await storeExample();
		const docx = await makeExport(id, 'docx', { version: 'exempt', includeSummary: false }, readFont);
		expect(docx.fileName).toMatch(/-position-statement-exempt\.docx$/);
		expect(docx.mimeType).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
		// A .docx is a zip file.
		expect(start(docx.bytes, 2)).toBe('PK');

		const html = await makeExport(id, 'html', { version: 'public', includeSummary: true }, readFont);
		expect(html.fileName).toMatch(/-position-statement\.html$/);
		expect(html.mimeType).toBe('text/html;charset=utf-8');
		expect(new TextDecoder().decode(html.bytes)).toContain('Anytown Borough Council');
	});

	it('records how long it took, for the bench', async () => {
		const id = await storeExample();
		performance.clearMeasures('export:html');
		await makeExport(id, 'html', { version: 'public', includeSummary: false }, readFont);
		expect(performance.getEntriesByName('export:html')).toHaveLength(1);
	});

	it('refuses a statement that is not on this device', async () => {
		await expect(makeExport('no-such-id', 'pdf', { version: 'public', includeSummary: true }, readFont)).rejects.toBeInstanceOf(MissingRecordError);
	});
});
