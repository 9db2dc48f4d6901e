import { readFileSync } from 'node:fs';
import { FILE_TYPES } from '../../../src/lib/domain/file-format/constants.ts';
import { readExchangeFile } from '../../../src/lib/domain/file-format/read.ts';
import type { ActionItem, Assessment, Figure, Response } from '../../../src/lib/domain/types.ts';
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
 * The example with its answers to 2.3 and 2.5 replaced: 2.3 answered exempt
 * (the only exempt answer, since the example's own exempt 2.5 goes) and 2.5
 * answered with `RICH_ANSWER` by two reporters.
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

/** A figure with every comparator, for the figures and charts tests. */
export const FIGURE: Figure = {
	id: 'fig-ca-rate',
	indicator: 'Children in care per 10,000',
	value: 72,
	unit: '',
	period: '2025-26',
	comparators: [
		{ kind: 'statistical-neighbours', value: 68 },
		{ kind: 'england', value: 70 },
		{ kind: 'region', value: 74.5 },
		{ kind: 'target', value: 65 }
	],
	direction: 'up',
	source: 'SSDA903 return'
};

/** A figure with a percentage unit and one comparator. */
export const PERCENT_FIGURE: Figure = {
	id: 'fig-pathway',
	indicator: 'Care leavers with a pathway plan',
	value: 93.5,
	unit: '%',
	period: 'as at 31 March 2026',
	comparators: [{ kind: 'england', value: 88 }],
	direction: 'down',
	source: ''
};

export const ACTION: ActionItem = { id: 'act-1', text: 'Open a second children’s home in the borough', owner: 'Amara Okafor, Head of Service', dueDate: '2026-09-30', status: 'on-track' };
export const ACTION_NO_OWNER: ActionItem = { id: 'act-2', text: 'Review out-of-area placements each quarter', owner: '', dueDate: '', status: 'not-started' };

/** Words that appear only in the exempt answer's figures and actions. */
export const SECRET_INDICATOR = 'Rosewood emergency moves';
export const SECRET_OWNER = 'Quentin Blackwood';
export const SECRET_SOURCE = 'Rosewood incident log';
export const NOT_APPLICABLE_REASON = 'The council runs no secure children’s home of its own.';

/**
 * `testStatement()` with figures and actions: question 2.5 carries two
 * figures and two actions; the exempt 2.3 carries its own (which the public
 * copy must never show); 3.4 does not apply, with a reason.
 */
export function figuresStatement(): { assessment: Assessment; responses: Response[] } {
	const { assessment, responses } = testStatement();
	const secretFigure: Figure = { ...FIGURE, id: 'fig-secret', indicator: SECRET_INDICATOR, value: 3, source: SECRET_SOURCE, comparators: [{ kind: 'target', value: 4123 }] };
	const secretAction: ActionItem = { id: 'act-secret', text: 'Move the remaining child safely', owner: SECRET_OWNER, dueDate: '2026-04-30', status: 'at-risk' };
	return {
		assessment,
		responses: responses.map((r) => {
			if (r.questionId === 'careless-2-5') return { ...r, figures: [FIGURE, PERCENT_FIGURE], actions: [ACTION, ACTION_NO_OWNER] };
			if (r.questionId === 'careless-2-3') return { ...r, figures: [secretFigure], actions: [secretAction] };
			if (r.questionId === 'careless-3-4') return { ...r, notApplicable: true, notApplicableReason: NOT_APPLICABLE_REASON };
			return r;
		})
	};
}

/** The export model of `figuresStatement()`. */
export function figuresDocument(version: ExportVersion, includeSummary = true): ExportDocument {
	const { assessment, responses } = figuresStatement();
	return buildExportDocument(assessment, responses, { version, includeSummary, now: NOW });
}
