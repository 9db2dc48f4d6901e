import { describe, expect, it } from 'vitest';
import { MAX_WORD_BYTES, wordFileProblem } from '../../../../src/lib/domain/word-import/file-check.ts';
import { readWordDocument, type WordReadResult, type WordRow } from '../../../../src/lib/domain/word-import/read.ts';
import { bullet, cell, jsdomParser, makeDocx, picture, rich, row, table } from './make-docx.ts';
import { Paragraph, TableCell } from 'docx';

async function read(children: Parameters<typeof makeDocx>[0], options: { tableNumber?: number } = {}): Promise<WordReadResult> {
	return readWordDocument(await makeDocx(children), 'appendix-2.docx', jsdomParser, options);
}

function rowsOf(result: WordReadResult): WordRow[] {
	if (result.kind !== 'rows') throw new Error(`Expected rows, got ${JSON.stringify(result)}`);
	return result.rows;
}

const HEADINGS = ['Area of focus', 'Position Statement', 'Reporter', 'Designation'];

describe('reading a position statement table from Word', () => {
	it('reads the four council columns, area heading rows and each answer with its formatting', async () => {
		const result = await read([
			new Paragraph('Appendix 2: Position statement'),
			table([
				row(...HEADINGS),
				row(cell('1. Accommodation for 16 and 17 year olds', { span: 4 })),
				row(
					'How many 16- and 17-year olds are in B&B or unregulated homes?',
					[
						rich('We had ', { bold: 'three' }, ' young people in ', { italic: 'unregulated' }, ' homes. See ', { link: 'our sufficiency strategy', href: 'https://example.gov.uk/sufficiency' }, '.'),
						bullet('Open two homes'),
						bullet('Recruit carers'),
						table([row('Theme', 'Key actions', 'Progress'), row('Sufficiency', [rich({ bold: 'Open' }, ' two ', { link: 'homes', href: 'https://example.gov.uk/homes' })], ['50%', 'on track'])])
					],
					['Data team / Brett Purdy', 'Jo Smith'],
					['Performance analysts', 'Head of Service']
				),
				row(cell('2. The placing of children in care', { span: 4 })),
				row('How many placement moves does a child in care have on average?', 'Two a year.', 'Ann Lee', 'Team Manager')
			])
		]);
		const rows = rowsOf(result);
		expect(rows).toHaveLength(2);
		const [first, second] = rows;
		expect(first?.area).toBe('1. Accommodation for 16 and 17 year olds');
		expect(first?.answer).toContain('We had **three** young people in *unregulated* homes. See [our sufficiency strategy](https://example.gov.uk/sufficiency).');
		expect(first?.answer).toMatch(/^- +Open two homes$/m);
		expect(first?.answer).toMatch(/^- +Recruit carers$/m);
		expect(first?.answer).toContain('| Theme | Key actions | Progress |');
		expect(first?.answer).toContain('| Sufficiency | **Open** two [homes](https://example.gov.uk/homes) | 50%; on track |');
		// "Data team / Brett Purdy" is one reporter: a line is never split.
		expect(first?.reporters).toEqual([
			{ name: 'Data team / Brett Purdy', designation: 'Performance analysts' },
			{ name: 'Jo Smith', designation: 'Head of Service' }
		]);
		expect(first?.selfRating).toBe('not-rated');
		expect(second).toMatchObject({ area: '2. The placing of children in care', answer: 'Two a year.', reporters: [{ name: 'Ann Lee', designation: 'Team Manager' }], rowNumber: 5 });
	});

	it('reads a rating column (RAG or the three-way scale) and a table with no designation column', async () => {
		const rows = rowsOf(
			await read([
				table([
					row('Question', 'Council position', 'Lead officer', 'RAG rating'),
					row('Q1', 'Answer one', 'Ann Lee', 'Green'),
					row('Q2', 'Answer two', 'Bo Chan', 'Ones to watch'),
					row('Q3', 'Answer three', 'Cy Dee', 'Area for improvement'),
					row('Q4', 'Answer four', 'Di Eve', 'Purple')
				])
			])
		);
		expect(rows.map((r) => r.selfRating)).toEqual(['going-well', 'one-to-watch', 'area-for-improvement', 'not-rated']);
		expect(rows[0]?.reporters).toEqual([{ name: 'Ann Lee', designation: '' }]);
		expect(rows[3]?.warnings.join(' ')).toContain('"Purple" is not one the app knows');
	});

	it('reads a rating written under the question ("Self-rating: One to watch"), leaving the question text without it', async () => {
		const rows = rowsOf(
			await read([
				table([
					row(...HEADINGS),
					row(['1.1 How many young people are in unregulated homes?', 'Self-rating: One to watch'], 'Four.', 'Ann Lee', 'Team Manager'),
					row(['1.2 How many are in supported lodgings?', 'Self rating: Amber'], 'Five.', 'Bo Chan', 'Head of Service'),
					row(['1.3 A question that says', 'Self-rating: what it means'], 'Six.', 'Cy Dee', 'Officer')
				])
			])
		);
		expect(rows.map((r) => [r.questionText, r.selfRating])).toEqual([
			['1.1 How many young people are in unregulated homes?', 'one-to-watch'],
			['1.2 How many are in supported lodgings?', 'one-to-watch'],
			['1.3 A question that says', 'not-rated']
		]);
		expect(rows[2]?.warnings.join(' ')).toContain('"what it means" is not one the app knows');
	});

	it('joins a question split over two lines into one', async () => {
		const rows = rowsOf(await read([table([row(...HEADINGS), row(['How many placement moves does a child', 'in care have on average?'], 'Two.', 'A', 'B')])]));
		expect(rows[0]?.questionText).toBe('How many placement moves does a child in care have on average?');
	});

	it('keeps a picture as its description, with a warning', async () => {
		const rows = rowsOf(await read([table([row(...HEADINGS), row('Q', [new Paragraph('Moves fell.'), picture('Bar chart of placement moves, 2019 to 2024')], 'A', 'B')])]));
		expect(rows[0]?.answer).toContain('Picture: Bar chart of placement moves, 2019 to 2024');
		expect(rows[0]?.warnings.join(' ')).toContain('has a picture');
	});

	it('takes one reporter per row where Word merges the question and answer down (as the app exports several reporters)', async () => {
		const rows = rowsOf(
			await read([
				table([
					row(...HEADINGS),
					row(cell('Q one', { rowSpan: 2 }), cell('Answer', { rowSpan: 2 }), 'Ann Lee', 'Head of Service'),
					row('Bo Chan', 'Team Manager'),
					row('Q two', 'Answer two', 'Cy Dee', 'Lead')
				])
			])
		);
		expect(rows).toHaveLength(2);
		expect(rows[0]?.reporters).toEqual([
			{ name: 'Ann Lee', designation: 'Head of Service' },
			{ name: 'Bo Chan', designation: 'Team Manager' }
		]);
	});

	it('warns about a row whose cells are merged across columns', async () => {
		const rows = rowsOf(await read([table([row(...HEADINGS), row('Q one', cell('Answer running into the reporter column', { span: 2 }), 'Head of Service')])]));
		expect(rows[0]?.warnings.join(' ')).toContain('Row 2 has merged cells');
	});
});

describe('documents that cannot be imported say what is wrong', () => {
	it('a document with no table', async () => {
		const result = await read([new Paragraph('Just a letter.')]);
		expect(result).toEqual({ kind: 'problem', message: expect.stringContaining('appendix-2.docx has no table') });
	});

	it('a table without the headings of a position statement', async () => {
		const result = await read([table([row('Name', 'Phone'), row('Ann', '0123')])]);
		expect(result.kind).toBe('problem');
		if (result.kind === 'problem') expect(result.message).toContain('No table in appendix-2.docx has the headings of a position statement');
	});

	it('several tables: asks which, then reads the one chosen', async () => {
		const children = [
			table([row('Question', 'Response'), row('First table question', 'First answer')]),
			new Paragraph('Between'),
			table([row('Name', 'Phone'), row('Ann', '0123')]),
			table([row(...HEADINGS), row('Second table question', 'Second answer', 'A', 'B'), row('Another', 'Answer', 'C', 'D')])
		];
		const first = await read(children);
		expect(first).toEqual({
			kind: 'choose-table',
			tables: [
				{ number: 1, headings: ['Question', 'Response'], rows: 1 },
				{ number: 3, headings: HEADINGS, rows: 2 }
			]
		});
		const chosen = rowsOf(await read(children, { tableNumber: 3 }));
		expect(chosen.map((r) => r.questionText)).toEqual(['Second table question', 'Another']);
	});

	it('headings but no rows under them', async () => {
		const result = await read([table([row(...HEADINGS), row(cell('1. An area', { span: 4 }))])]);
		expect(result).toEqual({ kind: 'problem', message: expect.stringContaining('no rows of questions and answers') });
	});

	it('not a Word file, an old .doc, a password-protected file, a .docm with macros, a damaged file, an empty file, a 50 MB file', async () => {
		const ole = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
		const utf16 = (t: string) => [...t].flatMap((c) => [c.charCodeAt(0), 0]);
		const text = new TextEncoder().encode('Area of focus,Position statement\nQ,A\n');
		expect(wordFileProblem(text, 'answers.csv')).toBe('answers.csv is not a Word document. Choose a .docx file.');
		expect(wordFileProblem(new Uint8Array([...ole, ...new Array(600).fill(0)]), 'old.doc')).toContain('older Word file (.doc)');
		expect(wordFileProblem(new Uint8Array([...ole, 0, 0, ...utf16('EncryptionInfo'), 0, 0, ...utf16('EncryptedPackage')]), 'locked.docx')).toContain('protected with a password');
		const docx = await makeDocx([table([row(...HEADINGS), row('Q', 'A', 'R', 'D')])]);
		expect(wordFileProblem(docx, 'fine.docx')).toBeUndefined();
		expect(wordFileProblem(docx, 'macros.docm')).toContain('contains macros (.docm)');
		const withMacros = new Uint8Array([...docx, ...new TextEncoder().encode('word/vbaProject.bin')]);
		expect(wordFileProblem(withMacros, 'renamed.docx')).toContain('contains macros');
		expect(wordFileProblem(new Uint8Array(0), 'empty.docx')).toContain('empty.docx is empty');
		const big = new Uint8Array(50 * 1024 * 1024);
		big.set(docx.subarray(0, 100));
		expect(wordFileProblem(big, 'huge.docx')).toBe(`huge.docx is 50 MB. The file must be smaller than ${MAX_WORD_BYTES / 1024 / 1024} MB: save a copy without large pictures and import that.`);
		// A ZIP that names a document part but is not one (damaged).
		const damaged = new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...new TextEncoder().encode('word/document.xml garbage')]);
		const result = await readWordDocument(damaged, 'damaged.docx', jsdomParser);
		expect(result).toEqual({ kind: 'problem', message: expect.stringContaining('damaged.docx could not be read as a Word document') });
	});

	it('reads a cell with no answer as empty', async () => {
		const rows = rowsOf(await read([table([row(...HEADINGS), row('Q', new TableCell({ children: [new Paragraph('')] }), '', '')])]));
		expect(rows[0]).toMatchObject({ answer: '', reporters: [] });
	});
});
