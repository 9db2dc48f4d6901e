import { describe, expect, it } from 'vitest';
import { emptyDetailsInput } from '../../../../src/lib/domain/assessment.ts';
import { readExchangeFile } from '../../../../src/lib/domain/file-format/read.ts';
import { docxToStatementFile } from '../../../../src/lib/domain/word-import/to-file.ts';
import { jsdomParser, makeDocx, row, table } from './make-docx.ts';

const details = { ...emptyDetailsInput(), council: 'Anytown', service: 'Children', panel: 'Scrutiny', meetingDate: { day: '1', month: '10', year: '2026' }, coordinatorName: 'Sam', coordinatorDesignation: 'Lead' };
let n = 0;
const options = { frameworkIds: ['lgsco-careless-2020'], details, now: '2026-04-01T09:00:00.000Z', newId: () => `00000000-0000-4000-8000-${String((n += 1)).padStart(12, '0')}`, appVersion: '0.1.0' };

describe('the command line importer', () => {
	it('asks which table, naming each with its --table number, then makes a file the app reads', async () => {
		const bytes = await makeDocx([
			table([row('Question', 'Response'), row('How many placement moves does a child in care have on average?', 'Two.')]),
			table([row('Area of focus', 'Position Statement'), row('Do children in care have up to date personal education plans?', 'Yes, 94%.'), row('Youth justice', 'Eleven.')])
		]);
		const asked = await docxToStatementFile(bytes, 'two.docx', jsdomParser, options);
		expect(asked).toEqual({
			ok: false,
			lines: ['two.docx has 2 tables that look like a position statement. Say which with --table:', '  --table 1: Question | Response (1 row)', '  --table 2: Area of focus | Position Statement (2 rows)']
		});
		const made = await docxToStatementFile(bytes, 'two.docx', jsdomParser, { ...options, tableNumber: 2 });
		if (!made.ok) throw new Error(made.lines.join('\n'));
		expect(made.report).toEqual(['Row 2: question 2.6 (sure, 100% alike)', "Row 3: matched no question, added as the panel's own question"]);
		const file = readExchangeFile(made.text);
		expect(file.ok).toBe(true);
	});

	it('refuses details the app would refuse', async () => {
		const bytes = await makeDocx([table([row('Question', 'Response'), row('Q', 'A')])]);
		const result = await docxToStatementFile(bytes, 'a.docx', jsdomParser, { ...options, details: { ...details, council: '' } });
		expect(result).toEqual({ ok: false, lines: ["council: Enter the council's name"] });
	});
});
