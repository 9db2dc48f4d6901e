import type { Assessment, FieldError, Response } from '../domain/types.ts';
import { buildExportDocument, EXEMPT_BANNER, EXEMPT_NOTICE, type ExportFormat, type ExportVersion } from './model.ts';

/**
 * The export screen's choices in words: formats, public or exempt, what to
 * say while a file is being made, and the check before making one. Pure, so
 * the wording is tested once and the screen only lays it out.
 */

/** One radio: its value, label and hint. */
export interface ChoiceOption<T extends string> {
	value: T;
	label: string;
	hint: string;
}

/** The formats, in the order the screen offers them. */
export const formatOptions: readonly (ChoiceOption<ExportFormat> & { noun: string })[] = [
	{
		value: 'pdf',
		label: 'PDF for the agenda pack',
		hint: 'A4 pages with page numbers, ready to add to the published agenda pack as an appendix.',
		noun: 'the PDF'
	},
	{
		value: 'docx',
		label: 'Word document',
		hint: 'The same table as a Word file, for councils whose report template is Word.',
		noun: 'the Word document'
	},
	{
		value: 'html',
		label: 'Web page (HTML) for the council website',
		hint: 'One accessible page to publish on the council website. Web pages are easier than PDFs to read on a phone or with a screen reader.',
		noun: 'the web page'
	}
];

/** Public or exempt. */
export const versionOptions: readonly ChoiceOption<ExportVersion>[] = [
	{
		value: 'public',
		label: 'Public',
		hint: `Exempt answers are replaced by a notice: “${EXEMPT_NOTICE}”. This is the version to publish.`
	},
	{
		value: 'exempt',
		label: 'Exempt',
		hint: `Includes exempt answers, marked “${EXEMPT_BANNER}” on every page. Only for councillors in private (Part 2) business: never publish it.`
	}
];

function noun(format: ExportFormat): string {
	return formatOptions.find((f) => f.value === format)?.noun ?? 'the file';
}

/** What the screen says while the file is being made: "Making the PDF…". */
export function makingMessage(format: ExportFormat): string {
	return `Making ${noun(format)}…`;
}

/** The heading when making the file failed: "The PDF could not be made". */
export function failedMessage(format: ExportFormat): string {
	const what = noun(format);
	return `${what.charAt(0).toUpperCase()}${what.slice(1)} could not be made`;
}

/** The choices as the form holds them: either radio may, in principle, have nothing chosen. */
export interface ChosenOptions {
	format: ExportFormat | undefined;
	version: ExportVersion | undefined;
}

/** The error summary's lines when a choice is missing; empty when the file can be made. Field ids are the first radio of each group. */
export function choiceErrors(chosen: ChosenOptions): FieldError[] {
	const errors: FieldError[] = [];
	if (!chosen.format) errors.push({ field: 'format', message: 'Choose a format: PDF, Word document or web page' });
	if (!chosen.version) errors.push({ field: 'version', message: 'Choose the public or the exempt version' });
	return errors;
}

/** An exempt answer, as the screen lists it beside the exempt choice. */
export interface ExemptAnswer {
	id: string;
	number: string;
	text: string;
	/** The exemption category, e.g. "Schedule 12A, paragraph 3"; empty when none was recorded. */
	category: string;
}

/** The answered questions marked exempt, in statement order. */
export function exemptAnswers(assessment: Assessment, responses: readonly Response[]): ExemptAnswer[] {
	const doc = buildExportDocument(assessment, responses, { version: 'exempt', includeSummary: false, now: '' });
	return doc.areas
		.flatMap((a) => a.questions)
		.flatMap((q) =>
			(q.answer.kind === 'answered' || q.answer.kind === 'notApplicable') && q.answer.exemptionCategory !== undefined
				? [{ id: q.id, number: q.number, text: q.text, category: q.answer.exemptionCategory }]
				: []
		);
}
