import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { FILE_TYPES } from '../../../src/lib/domain/file-format/constants.ts';
import { readExchangeFile } from '../../../src/lib/domain/file-format/read.ts';
import { renderDocx } from '../../../src/lib/export/docx/render-docx.ts';
import { buildExportDocument } from '../../../src/lib/export/model.ts';
import { NOW, exampleStatement } from '../export/statement-fixtures.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const out = mkdtempSync(join(tmpdir(), 'import-docx-'));

function importDocx(...args: string[]) {
	const run = spawnSync(process.execPath, ['scripts/import-docx.js', ...args], { cwd: root, encoding: 'utf8' });
	return { code: run.status, out: run.stdout.trim().split('\n'), err: run.stderr.trim().split('\n') };
}

afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('npm run import-docx', () => {
	it('makes a statement file the app opens from the app’s own Word export, every row under its question', async () => {
		const { assessment, responses } = exampleStatement();
		const docx = join(out, 'anytown.docx');
		writeFileSync(docx, await renderDocx(buildExportDocument(assessment, responses, { version: 'public', includeSummary: true, now: NOW })));
		const json = join(out, 'anytown.json');
		const result = importDocx(docx, json, '--council', 'Anytown Borough Council', '--meeting', '2026-09-14');
		expect(result.code).toBe(0);
		expect(result.out).toContain('Row 3: question 1.1 (sure, 100% alike)');
		expect(result.out.at(-1)).toBe(`${json}: 20 of 20 rows matched a question`);
		expect(result.out.join('\n')).toContain('answer is exempt and was left out of this (public) copy');
		const file = readExchangeFile(readFileSync(json, 'utf8'));
		if (!file.ok || file.file.type !== FILE_TYPES.statement) throw new Error('not a statement file');
		expect(file.file.data.assessment).toMatchObject({ council: 'Anytown Borough Council', meetingDate: '2026-09-14' });
		const back = file.file.data.responses.find((r) => r.questionId === 'careless-1-2');
		expect(back?.reporters).toEqual(responses.find((r) => r.questionId === 'careless-1-2')?.reporters);
		expect(file.file.data.revisions.every((r) => r.savedBy === 'Imported from anytown.docx')).toBe(true);
	}, 120_000);

	it('refuses a file that is not a Word document, writing nothing', () => {
		const csv = join(out, 'answers.csv');
		writeFileSync(csv, 'Area of focus,Position statement\n');
		const result = importDocx(csv, join(out, 'never.json'));
		expect(result.code).toBe(1);
		expect(result.err).toEqual([`${csv}: answers.csv is not a Word document. Choose a .docx file.`]);
		expect(() => readFileSync(join(out, 'never.json'))).toThrow();
	}, 120_000);
});
