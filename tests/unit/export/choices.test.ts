import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readExchangeFile } from '../../../src/lib/domain/file-format/read.ts';
import type { StatementFile } from '../../../src/lib/domain/file-format/schema.ts';
import { choiceErrors, exemptAnswers, failedMessage, formatOptions, makingMessage, versionOptions } from '../../../src/lib/export/choices.ts';

/** The example statement (all 20 answered, 2.5 exempt), as the app stores it. */
function example(): StatementFile['data'] {
	const read = readExchangeFile(readFileSync(new URL('../../../examples/anytown-position-statement.json', import.meta.url), 'utf8'));
	if (!read.ok) throw new Error('The example is not a valid file');
	return (read.file as StatementFile).data;
}

describe('the export choices', () => {
	it('offer the three formats and two versions, each with a hint saying what it is for', () => {
		expect(formatOptions.map((f) => f.label)).toEqual(['PDF for the agenda pack', 'Word document', 'Web page (HTML) for the council website']);
		expect(versionOptions.map((v) => v.label)).toEqual(['Public', 'Exempt']);
		expect(versionOptions[0]?.hint).toContain('“Exempt information – not for publication”');
		expect(versionOptions[1]?.hint).toContain('“EXEMPT – NOT FOR PUBLICATION” on every page');
	});

	it('say what is being made, and what failed, in the format’s own words', () => {
		expect(makingMessage('pdf')).toBe('Making the PDF…');
		expect(makingMessage('docx')).toBe('Making the Word document…');
		expect(makingMessage('html')).toBe('Making the web page…');
		expect(failedMessage('pdf')).toBe('The PDF could not be made');
		expect(failedMessage('html')).toBe('The web page could not be made');
	});

	it('ask for a format and a version when either is missing, pointing at the first radio', () => {
		expect(choiceErrors({ format: 'pdf', version: 'public' })).toEqual([]);
		expect(choiceErrors({ format: undefined, version: undefined })).toEqual([
			{ field: 'format', message: 'Choose a format: PDF, Word document or web page' },
			{ field: 'version', message: 'Choose the public or the exempt version' }
		]);
		expect(choiceErrors({ format: 'docx', version: undefined }).map((e) => e.field)).toEqual(['version']);
	});
});

describe('the exempt answers listed beside the exempt choice', () => {
	it('are none when nothing is marked exempt', () => {
		const { assessment, responses } = example();
		expect(exemptAnswers(assessment, responses.map((r) => ({ ...r, exempt: false })))).toEqual([]);
	});

	it('are the answered exempt questions in statement order, with their category', () => {
		const { assessment, responses } = example();
		// The example's own exempt answer, 2.5, falls between the two marked here.
		const marked = responses.map((r) =>
			r.questionId === 'careless-3-1' || r.questionId === 'careless-1-2'
				? { ...r, exempt: true, exemptionCategory: r.questionId === 'careless-1-2' ? 'Schedule 12A, paragraph 3' : '' }
				: r
		);
		expect(exemptAnswers(assessment, marked).map(({ id, number, category }) => ({ id, number, category }))).toEqual([
			{ id: 'careless-1-2', number: '1.2', category: 'Schedule 12A, paragraph 3' },
			{ id: 'careless-2-5', number: '2.5', category: 'Schedule 12A, paragraph 3' },
			{ id: 'careless-3-1', number: '3.1', category: '' }
		]);
	});

	it('leave out an exempt question with no answer: there is nothing to withhold', () => {
		const { assessment, responses } = example();
		const marked = responses.map((r) => (r.questionId === 'careless-1-1' ? { ...r, statement: '', exempt: true } : r));
		// Only the example's own exempt answer (2.5) is listed; the emptied 1.1 is not.
		expect(exemptAnswers(assessment, marked).map(({ id }) => id)).toEqual(['careless-2-5']);
	});
});
