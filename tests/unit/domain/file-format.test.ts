import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkFile } from '../../../src/lib/domain/file-format/check.ts';
import { exchangeFileJsonSchema } from '../../../src/lib/domain/file-format/json-schema.ts';
import { formatProblems, readExchangeFile } from '../../../src/lib/domain/file-format/read.ts';
import { backupFile, serialise, statementFile, statementFileName } from '../../../src/lib/domain/file-format/write.ts';
import type { Assessment, Response, Revision } from '../../../src/lib/domain/types.ts';
import { storedResponse } from './stored-response.ts';

const at = '2026-03-01T10:00:00.000Z';

function assessment(): Assessment {
	return {
		id: 'a1',
		title: 'Position statement against LGSCO areas of focus',
		council: 'Anytown Borough Council',
		service: 'Children and Learning',
		panel: 'Children and Families Scrutiny Panel',
		meetingDate: '2026-03-25',
		appendixLabel: 'Appendix 2',
		coordinator: { name: 'Sam Patel', designation: 'Quality Assurance Unit Manager' },
		frameworks: [{ id: 'lgsco-careless-2020', edition: '2020-12' }],
		furtherScrutiny: '',
		contributors: [],
		localAreas: [],
		importedSets: [],
		createdAt: at,
		updatedAt: at
	};
}

function response(overrides: Partial<Response> = {}): Response {
	return storedResponse({
		id: 'r1',
		assessmentId: 'a1',
		questionId: 'careless-1-1',
		statement: 'Four young people are in unregulated homes.',
		reporters: [{ name: 'Jo Bloggs', designation: 'Head of Placements' }],
		selfRating: 'one-to-watch',
		principleIds: ['best-interests'],
		status: 'agreed',
		createdAt: at,
		updatedAt: at,
		...overrides
	});
}

const revision: Revision = {
	id: 'v1',
	responseId: 'r1',
	assessmentId: 'a1',
	questionId: 'careless-1-1',
	rev: 1,
	statement: 'Four young people are in unregulated homes.',
	savedAt: at,
	savedBy: ''
};

const goodText = () => serialise(statementFile({ assessment: assessment(), responses: [response()], revisions: [revision], notes: [], recommendations: [] }, at, '0.1.0'));

function withData(change: (file: Record<string, any>) => void): string {
	const file = JSON.parse(goodText());
	change(file);
	return JSON.stringify(file);
}

describe('reading an exchange file', () => {
	it('accepts a statement file the app wrote and says what it holds', () => {
		expect(checkFile(goodText())).toEqual({
			ok: true,
			summary: 'a valid position statement file (format version 3): 1 statement, 1 answer, 1 saved version'
		});
	});

	it('names the exact place and the problem for a wrong type', () => {
		const text = withData((f) => (f.data.responses[0].reporters[0].name = 42));
		const result = readExchangeFile(text);
		expect(result.ok).toBe(false);
		if (!result.ok) {
			expect(formatProblems(result.problems)).toEqual(['data.responses[0].reporters[0].name: expected text, got a number']);
		}
	});

	it('lists every problem, one line each', () => {
		const text = withData((f) => {
			f.data.responses[0].selfRating = 'great';
			f.data.assessment.meetingDate = '25/03/2026';
			delete f.data.assessment.council;
		});
		const result = checkFile(text);
		expect(result.ok).toBe(false);
		if (!result.ok) {
			expect(result.lines).toEqual(
				expect.arrayContaining([
					'data.assessment.council: is missing',
					'data.assessment.meetingDate: expected a date written yyyy-mm-dd, got "25/03/2026"',
					'data.responses[0].selfRating: expected one of "going-well", "one-to-watch", "area-for-improvement", "not-rated", got "great"'
				])
			);
			expect(result.lines).toHaveLength(3);
		}
	});

	it('reads a version 2 file\'s saved versions as text-only versions, and keeps the whole answer in a version 3 file', () => {
		const v2 = readExchangeFile(readFileSync('tests/fixtures/files/statement-good.json', 'utf8'));
		if (!v2.ok || v2.file.type !== 'scrutiny-position-statement') throw new Error('expected a statement file');
		expect(v2.writtenAs).toBe(2);
		expect(v2.file.formatVersion).toBe(3);
		expect(v2.file.data.revisions[0]).not.toHaveProperty('details');

		const figure = { id: 'f1', indicator: 'Children in care per 10,000', value: 66, unit: '', period: '2025-26', comparators: [], direction: 'up', source: '' };
		const v3 = withData((f) => {
			f.formatVersion = 3;
			const { statement, rev, ...rest } = f.data.responses[0];
			f.data.revisions[0].details = {
				reporters: rest.reporters,
				selfRating: rest.selfRating,
				principleIds: rest.principleIds,
				status: rest.status,
				exempt: rest.exempt,
				exemptionCategory: rest.exemptionCategory,
				notApplicable: false,
				notApplicableReason: '',
				figures: [figure],
				actions: []
			};
			void statement;
			void rev;
		});
		const read = readExchangeFile(v3);
		if (!read.ok || read.file.type !== 'scrutiny-position-statement') throw new Error(`expected a statement file, got ${JSON.stringify(read)}`);
		expect(read.writtenAs).toBe(3);
		expect(read.file.data.revisions[0]!.details?.figures).toEqual([figure]);

		const bad = readExchangeFile(v3.replace('"value":66', '"value":"sixty-six"'));
		expect(bad.ok).toBe(false);
		if (!bad.ok) expect(formatProblems(bad.problems)).toEqual(['data.revisions[0].details.figures[0].value: expected a number, got text']);
	});

	it('upgrades a version 1 file: answers gain empty figures and actions, the statement no local questions', () => {
		const result = readExchangeFile(readFileSync('tests/fixtures/files/statement-format-1.json', 'utf8'));
		if (!result.ok || result.file.type !== 'scrutiny-position-statement') throw new Error('expected a statement file');
		expect(result.file.formatVersion).toBe(3);
		expect(result.file.data.assessment.localAreas).toEqual([]);
		expect(result.file.data.responses[0]).toMatchObject({ notApplicable: false, notApplicableReason: '', figures: [], actions: [] });
		expect(result.file.data.notes).toEqual([]);
		expect(result.file.data.recommendations).toEqual([]);
	});

	it('refuses a file from a newer version of the app', () => {
		const result = checkFile(withData((f) => (f.formatVersion = 7)));
		expect(result).toEqual({ ok: false, lines: ['formatVersion: This file was made by a newer version (7); update the app'] });
	});

	it('refuses text that is not JSON, or JSON that is not ours', () => {
		const notJson = checkFile('{"type": ');
		expect(notJson.ok).toBe(false);
		if (!notJson.ok) expect(notJson.lines[0]).toMatch(/^\(the whole file\): this is not a file the app can read: it is not valid JSON/);
		expect(checkFile('{"type":"spreadsheet"}')).toEqual({
			ok: false,
			lines: ['type: this is not a file exported by this app (expected one of scrutiny-position-statement, scrutiny-contribution-pack, scrutiny-backup, scrutiny-notes, got "spreadsheet")']
		});
	});

	it('refuses a file over the size limit: 50 MB for a statement, 250 MB for a backup, the largest before parsing it', () => {
		const statement = readExchangeFile(goodText(), 51 * 1024 * 1024);
		expect(statement.ok).toBe(false);
		if (!statement.ok) expect(statement.problems[0]?.message).toBe('the file is 51.0 MB; the largest the app reads is 50 MB');
		const backup = serialise(backupFile({ assessments: [], responses: [], revisions: [], notes: [], recommendations: [], people: [], settings: [], questionSets: [] }, at, '0.1.0'));
		expect(readExchangeFile(backup, 120 * 1024 * 1024).ok).toBe(true);
		const huge = readExchangeFile('not even JSON', 251 * 1024 * 1024);
		expect(huge.ok).toBe(false);
		if (!huge.ok) expect(huge.problems[0]?.message).toBe('the file is 251.0 MB; the largest the app reads is 250 MB');
	});

	it('catches answers and versions that do not belong to the statement', () => {
		const text = withData((f) => {
			f.data.responses.push({ ...f.data.responses[0], id: 'r2', assessmentId: 'elsewhere', questionId: 'careless-1-2' });
			f.data.revisions[0].responseId = 'missing';
		});
		const result = checkFile(text);
		expect(result.ok).toBe(false);
		if (!result.ok) {
			expect(result.lines).toEqual([
				'data.responses[1].assessmentId: no statement in this file has the id elsewhere',
				'data.revisions[0].responseId: no answer in this file has the id missing'
			]);
		}
	});

	it('names files after the council, panel and meeting date', () => {
		expect(statementFileName(assessment())).toBe(
			'anytown-borough-council-children-and-families-scrutiny-panel-2026-03-25-position-statement.json'
		);
	});
});

describe('the published JSON Schema', () => {
	it('is the one generated from the app’s schema (run `npm run schema` after changing it)', () => {
		const published: unknown = JSON.parse(readFileSync(new URL('../../../docs/export-format.schema.json', import.meta.url), 'utf8'));
		expect(published).toEqual(exchangeFileJsonSchema());
	});
});

describe('the example in examples/', () => {
	it('is a valid statement file', () => {
		const text = readFileSync(new URL('../../../examples/anytown-position-statement.json', import.meta.url), 'utf8');
		expect(checkFile(text)).toMatchObject({ ok: true, summary: expect.stringContaining('1 statement, 20 answers') });
	});
});
