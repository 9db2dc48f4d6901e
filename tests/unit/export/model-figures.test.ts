import { describe, expect, it } from 'vitest';
import { withWithheld } from '../../../src/lib/domain/team/withheld.ts';
import { EXEMPT_NOTICE, buildExportDocument, exportAction, exportFigure, type ExportDocument, type ExportQuestion } from '../../../src/lib/export/model.ts';
import { actionsTable, answerBlocks, figureTable } from '../../../src/lib/export/wording.ts';
import { plainText } from '../../../src/lib/export/markdown-blocks.ts';
import {
	ACTION,
	ACTION_NO_OWNER,
	EXEMPTION,
	FIGURE,
	NOT_APPLICABLE_REASON,
	NOW,
	PERCENT_FIGURE,
	SECRET_INDICATOR,
	SECRET_OWNER,
	answerTo,
	figuresDocument,
	figuresStatement
} from './statement-fixtures.ts';

/**
 * The export model's figures, charts, actions and "not applicable"
 * answers, and what the public copy keeps back from an exempt answer.
 */

function question(doc: ExportDocument, number: string): ExportQuestion {
	const q = doc.areas.flatMap((a) => a.questions).find((x) => x.number === number);
	if (!q) throw new Error(`no question ${number}`);
	return q;
}

describe('a figure in the export model', () => {
	it('puts every part into words: value with unit, comparators in order, direction with its arrow', () => {
		const figure = exportFigure({ ...FIGURE, comparators: [{ kind: 'target', value: 65 }, { kind: 'statistical-neighbours', value: 1204 }] });
		expect(figure).toMatchObject({
			indicator: 'Children in care per 10,000',
			value: '72',
			period: '2025-26',
			comparatorsText: 'Statistical neighbours 1,204; Target 65',
			directionText: '↑ Going up',
			source: 'SSDA903 return'
		});
		expect(figure.comparators.map((c) => c.label)).toEqual(['Statistical neighbours', 'Target']);
		expect(exportFigure(PERCENT_FIGURE)).toMatchObject({ value: '93.5%', comparatorsText: 'England 88%', directionText: '↓ Going down' });
	});

	it('carries a chart: the council first, then each comparator, with lengths against the longest', () => {
		const { chart } = exportFigure(FIGURE);
		expect(chart.bars.map((b) => [b.label, b.text, b.own])).toEqual([
			['This council', '72', true],
			['Statistical neighbours', '68', false],
			['England', '70', false],
			['Region', '74.5', false],
			['Target', '65', false]
		]);
		expect(Math.max(...chart.bars.map((b) => b.ratio))).toBe(1);
		expect(chart.description).toContain('Children in care per 10,000, 2025-26: This council 72; Statistical neighbours 68');
	});

	it('says when there is nothing to compare with, and still charts the council’s own value', () => {
		const figure = exportFigure({ ...FIGURE, comparators: [], direction: 'unknown' });
		expect(figure.comparatorsText).toBe('None given');
		expect(figure.directionText).toBe('Not known');
		expect(figure.chart.bars).toHaveLength(1);
	});

	it('makes a table of labels and values for the narrow column, one comparator a line', () => {
		const table = figureTable(exportFigure(FIGURE));
		expect(table.header.map(plainText)).toEqual(['Indicator', 'Children in care per 10,000']);
		expect(table.rows.map((r) => plainText(r[0] ?? []))).toEqual(['Value', 'Period', 'Compared with', 'Direction of travel', 'Source']);
		expect(table.rows[2]?.[1]?.filter((i) => i.kind === 'break')).toHaveLength(3);
		expect(plainText(table.rows[4]?.[1] ?? [])).toBe('SSDA903 return');
		expect(plainText(figureTable(exportFigure(PERCENT_FIGURE)).rows[4]?.[1] ?? [])).toBe('Not given');
	});
});

describe('an action in the export model', () => {
	it('has its owner, a long due date and the status in words', () => {
		expect(exportAction(ACTION)).toMatchObject({ owner: 'Amara Okafor, Head of Service', due: '30 September 2026', dueDateIso: '2026-09-30', statusLabel: 'On track' });
		expect(exportAction(ACTION_NO_OWNER)).toMatchObject({ owner: 'Not given', due: 'Not given', dueDateIso: '', statusLabel: 'Not started' });
		const table = actionsTable([exportAction(ACTION)]);
		expect(table.header.map(plainText)).toEqual(['Action', 'Owner', 'Due', 'Status']);
		expect(table.rows[0]?.map(plainText)).toEqual(['Open a second children’s home in the borough', 'Amara Okafor, Head of Service', '30 September 2026', 'On track']);
	});
});

describe('figures and actions on the questions', () => {
	it('an answer keeps its figures and actions in order', () => {
		const q = question(figuresDocument('public'), '2.5');
		expect(q.figures.map((f) => f.indicator)).toEqual([FIGURE.indicator, PERCENT_FIGURE.indicator]);
		expect(q.actions.map((a) => a.text)).toEqual([ACTION.text, ACTION_NO_OWNER.text]);
	});

	it('the public copy keeps back an exempt answer’s figures, actions, self-rating and principles', () => {
		const pub = question(figuresDocument('public'), '2.3');
		expect(pub.answer.kind).toBe('withheld');
		expect(pub).toMatchObject({ figures: [], actions: [], selfRating: 'not-rated', principleIds: [], principleLabels: [] });
		expect(JSON.stringify(figuresDocument('public'))).not.toContain(SECRET_INDICATOR);
		expect(JSON.stringify(figuresDocument('public'))).not.toContain(SECRET_OWNER);
		const exempt = question(figuresDocument('exempt'), '2.3');
		expect(exempt.figures.map((f) => f.indicator)).toEqual([SECRET_INDICATOR]);
		expect(exempt.actions.map((a) => a.owner)).toEqual([SECRET_OWNER]);
		expect(exempt.selfRating).not.toBe('not-rated');
	});

	it('an answer marked exempt with no text yet is marked exempt in the public copy, with its figures and actions left out', () => {
		const { assessment, responses } = figuresStatement();
		const template = responses[0]!;
		const draft = answerTo(template, 'careless-2-4', '', { exempt: true, exemptionCategory: EXEMPTION, figures: [{ ...FIGURE, indicator: SECRET_INDICATOR }], actions: [{ ...ACTION, owner: SECRET_OWNER }] });
		const doc = buildExportDocument(assessment, [...responses, draft], { version: 'public', includeSummary: false, now: NOW });
		expect(question(doc, '2.4')).toMatchObject({ answer: { kind: 'withheld' }, figures: [], actions: [] });
	});

	it('an exempt answer withheld from this person on the team reads the same in the public copy as the coordinator’s', () => {
		const { assessment, responses: all } = figuresStatement();
		const template = all[0]!;
		const responses = all.filter((r) => r.questionId !== 'careless-2-4');
		const written = answerTo(template, 'careless-2-4', 'The exempt detail.', { exempt: true, exemptionCategory: EXEMPTION });
		const coordinators = buildExportDocument(assessment, [...responses, written], { version: 'public', includeSummary: true, now: NOW });
		const withheld = withWithheld(assessment.id, responses, [{ questionId: 'careless-2-4', exemptionCategory: EXEMPTION }]);
		const commenters = buildExportDocument(assessment, withheld, { version: 'public', includeSummary: true, now: NOW });
		expect(question(coordinators, '2.4').answer.kind).toBe('withheld');
		expect(question(commenters, '2.4').answer).toEqual({ kind: 'withheld', notice: EXEMPT_NOTICE, exemptionCategory: EXEMPTION });
		expect(question(commenters, '2.4').answer).toEqual(question(coordinators, '2.4').answer);
		expect(commenters.withheldCount).toBe(coordinators.withheldCount);
		expect(JSON.stringify(commenters)).not.toContain('The exempt detail.');
	});
});

describe('a question that does not apply', () => {
	it('says "Not applicable" and why, in place of the answer', () => {
		const q = question(figuresDocument('public'), '3.4');
		expect(q.answer).toEqual({ kind: 'notApplicable', reason: NOT_APPLICABLE_REASON, notice: `Not applicable: ${NOT_APPLICABLE_REASON}` });
		expect(answerBlocks(q.answer).map((b) => (b.kind === 'paragraph' ? plainText(b.inlines) : ''))).toEqual([`Not applicable: ${NOT_APPLICABLE_REASON}`]);
	});

	it('says so when no reason was given', () => {
		const { assessment, responses } = figuresStatement();
		const changed = responses.map((r) => (r.questionId === 'careless-3-4' ? { ...r, notApplicableReason: '  ' } : r));
		const doc = buildExportDocument(assessment, changed, { version: 'public', includeSummary: false, now: NOW });
		expect(question(doc, '3.4').answer).toMatchObject({ notice: 'Not applicable: no reason given' });
	});

	it('is withheld from the public copy when exempt, and labelled exempt in the exempt copy', () => {
		const { assessment, responses } = figuresStatement();
		const changed = responses.map((r) => (r.questionId === 'careless-3-4' ? { ...r, exempt: true, exemptionCategory: EXEMPTION } : r));
		const pub = buildExportDocument(assessment, changed, { version: 'public', includeSummary: false, now: NOW });
		expect(question(pub, '3.4').answer.kind).toBe('withheld');
		expect(JSON.stringify(pub)).not.toContain(NOT_APPLICABLE_REASON);
		const exempt = buildExportDocument(assessment, changed, { version: 'exempt', includeSummary: false, now: NOW });
		expect(question(exempt, '3.4').answer).toMatchObject({ kind: 'notApplicable', exemptionCategory: EXEMPTION });
		expect(answerBlocks(question(exempt, '3.4').answer).map((b) => (b.kind === 'paragraph' ? plainText(b.inlines) : ''))).toEqual([
			`Exempt – ${EXEMPTION}`,
			`Not applicable: ${NOT_APPLICABLE_REASON}`
		]);
	});
});

describe('the summary page', () => {
	it('does not count a withheld answer’s self-rating or principles in the public copy', () => {
		const pub = figuresDocument('public').summary!;
		const exempt = figuresDocument('exempt').summary!;
		const row = (s: typeof pub) => s.matrix.find((m) => m.number === '2.3')!;
		expect(row(pub).bears.some(Boolean)).toBe(false);
		expect(row(exempt).bears.some(Boolean)).toBe(true);
		const area2 = (s: typeof pub) => s.ratingsByArea.find((a) => a.number === 2)!.counts.reduce((x, y) => x + y, 0);
		expect(area2(exempt) - area2(pub)).toBe(1);
		const total = (s: typeof pub) => s.principleTotals.reduce((x, y) => x + y, 0);
		expect(total(exempt)).toBeGreaterThan(total(pub));
		// Still counted as answered: the public copy says an answer exists and is withheld.
		expect(pub.answered).toBe(exempt.answered);
	});

	it('lists a question that does not apply in the principles matrix, bearing on none of them, as the overview counts it', () => {
		const s = figuresDocument('public').summary!;
		const row = s.matrix.find((m) => m.number === '3.4');
		expect(row).toBeDefined();
		expect(row!.bears.some(Boolean)).toBe(false);
	});
});
