import { readFileSync } from 'node:fs';
import { FILE_TYPES } from '../../../src/lib/domain/file-format/constants.ts';
import { readExchangeFile } from '../../../src/lib/domain/file-format/read.ts';
import type { Assessment, Response } from '../../../src/lib/domain/types.ts';
import { buildExportDocument, type ExportDocument, type ExportVersion } from '../../../src/lib/export/model.ts';

/**
 * Statements for the Word and web-page export tests: the shipped example,
 * read the way the app reads a file, with one answer marked exempt and one
 * answer full of everything markdown and a careless paste can hold.
 */

export const NOW = '2026-03-20T10:00:00.000Z';
export const EXEMPTION = 'Schedule 12A, paragraph 3';
/** Words that appear only in the exempt answer. */
export const SECRET = 'Rosewood House placement breakdown';
export const UNICODE_PROBE = '’ “ ” – — £ • ≥ ŵ ŷ';
export const LINK = 'https://www.lgo.org.uk/information-centre/reports/focus-reports';

/** An answer with every kind of block, hostile HTML, and the characters council papers use. */
export const RICH_ANSWER = [
	`Our **sufficiency strategy** is *on track* and ~~late~~ current. See [the Ombudsman's report](${LINK}) or [email us](mailto:scrutiny@anytown.gov.uk).`,
	'',
	`Unicode probe: ${UNICODE_PROBE}`,
	'',
	'## Actions this year',
	'',
	'- Open two homes',
	'  - Ash Grove (May 2026)',
	'  - Beech Lane (autumn 2026)',
	'- Recruit foster carers',
	'',
	'1. First step',
	'2. Second step',
	'',
	'Between the lists.',
	'',
	'3. Third step, numbered from three',
	'4. Fourth step',
	'',
	'> _Children are well supported._ (Ofsted, 2024)',
	'',
	'1. Again from one',
	'2. And on',
	'',
	'| Theme | Key actions | Progress |',
	'| --- | --- | ---: |',
	'| Sufficiency | Open two homes | 50% |',
	'',
	'`PEP-2026` and a block:',
	'',
	'```',
	'code line one',
	'code line two',
	'```',
	'',
	'<script>alert("pwned")</script>',
	'',
	'An image tag <img src=x onerror="alert(1)"> and [a bad link](javascript:alert(1)).'
].join('\n');

/** The example statement as the app reads it. */
export function exampleStatement(): { assessment: Assessment; responses: Response[] } {
	const result = readExchangeFile(readFileSync(new URL('../../../examples/anytown-position-statement.json', import.meta.url), 'utf8'));
	if (!result.ok) throw new Error(`The example does not read: ${JSON.stringify(result.problems)}`);
	if (result.file.type !== FILE_TYPES.statement) throw new Error('The example is not a statement file');
	const { assessment, responses } = result.file.data;
	return { assessment: structuredClone(assessment) as Assessment, responses: structuredClone(responses) as Response[] };
}

/** An answer to `questionId` shaped like `template`, with `statement` and any other fields changed. */
export function answerTo(template: Response, questionId: string, statement: string, changes: Partial<Response> = {}): Response {
	return { ...structuredClone(template), id: `test-${questionId}`, questionId, statement, ...changes };
}

/**
 * The example with question 2.3 answered exempt (it is unanswered in the
 * example) and 2.5 answered with `RICH_ANSWER` by two reporters.
 */
export function testStatement(): { assessment: Assessment; responses: Response[] } {
	const { assessment, responses } = exampleStatement();
	const template = responses[0]!;
	const changed = responses.filter((r) => r.questionId !== 'careless-2-3' && r.questionId !== 'careless-2-5');
	changed.push(
		answerTo(template, 'careless-2-3', `${SECRET}: three children moved after one provider closed.`, { exempt: true, exemptionCategory: EXEMPTION }),
		answerTo(template, 'careless-2-5', RICH_ANSWER, {
			reporters: [
				{ name: 'Priya Shah', designation: 'Head of Placements and Commissioning' },
				{ name: 'Gwenllïan Hughes', designation: 'Sufficiency Lead – Commissioning' }
			]
		})
	);
	return { assessment, responses: changed };
}

/** The export model of `testStatement()`. */
export function testDocument(version: ExportVersion, includeSummary = true): ExportDocument {
	const { assessment, responses } = testStatement();
	return buildExportDocument(assessment, responses, { version, includeSummary, now: NOW });
}

/** The export model of the shipped example, unchanged. */
export function exampleDocument(version: ExportVersion = 'public'): ExportDocument {
	const { assessment, responses } = exampleStatement();
	return buildExportDocument(assessment, responses, { version, includeSummary: true, now: NOW });
}
