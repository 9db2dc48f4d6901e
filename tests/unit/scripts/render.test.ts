import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { readPdf } from '../export/pdf-reader.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const out = mkdtempSync(join(tmpdir(), 'render-'));
const EXAMPLE = 'examples/anytown-position-statement.json';

function render(...args: string[]) {
	const run = spawnSync(process.execPath, ['scripts/render.js', ...args], { cwd: root, encoding: 'utf8' });
	return { code: run.status, out: run.stdout.trim(), err: run.stderr.trim().split('\n') };
}

afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('npm run render', () => {
	it('renders the example to a PDF a reader can open, with every area and the public notice in place of the exempt answer', async () => {
		const file = join(out, 'example.pdf');
		const result = render(EXAMPLE, file);
		expect(result.code).toBe(0);
		expect(result.out).toMatch(/example\.pdf: 20 questions, \d+ KB \(public version\)$/);
		const pdf = await readPdf(new Uint8Array(readFileSync(file)));
		const text = pdf.pages.map((p) => p.text).join(' ');
		expect(text).toContain('Area of focus Position statement Reporter Designation');
		expect(text).toContain('Exempt information – not for publication');
		expect(pdf.pages.at(-1)?.text).toContain(`Page ${pdf.pages.length} of ${pdf.pages.length}`);
		// Each run starts Node and Vite's module runner afresh, then renders the 20-answer example.
	}, 30_000);

	it('makes the exempt Word file and the HTML page from the same statement', () => {
		const docx = join(out, 'example.docx');
		expect(render(EXAMPLE, docx, '--exempt').out).toMatch(/\(exempt version\)$/);
		expect(readFileSync(docx).subarray(0, 2).toString()).toBe('PK');
		const html = join(out, 'example.html');
		expect(render(EXAMPLE, html, '--no-summary').code).toBe(0);
		const page = readFileSync(html, 'utf8');
		expect(page).toMatch(/^<!DOCTYPE html>/i);
		expect(page).toContain('Anytown Borough Council');
	}, 30_000);

	it('refuses a file that is not a valid statement, naming each problem, and writes nothing', () => {
		const file = join(out, 'bad.pdf');
		const result = render('tests/fixtures/files/statement-bad-fields.json', file);
		expect(result.code).toBe(1);
		expect(result.err).toContain('tests/fixtures/files/statement-bad-fields.json: data.responses[0].reporters[0].name: expected text, got a number');
		expect(() => readFileSync(file)).toThrow();
	});

	it('says which output formats it makes', () => {
		const result = render(EXAMPLE, join(out, 'example.txt'));
		expect(result.code).toBe(2);
		expect(result.err[0]).toMatch(/the output must end \.pdf, \.docx or \.html$/);
	});
});
