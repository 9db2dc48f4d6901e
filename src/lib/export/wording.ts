import { formatLongDate } from '../domain/dates.ts';
import type { Block, ExportAnswer, ExportDocument, Inline } from './model.ts';

/**
 * The words the Word and web-page renderers print around the answers (the
 * version note, the exempt label, "No position recorded", the summary's
 * headings), in one place so the two formats say the same thing as the PDF.
 * Pure: model in, model blocks or strings out.
 */

/** "1 answer is" / "2 answers are". */
function plural(count: number, one: string, many: string): string {
	return `${count} ${count === 1 ? one : many}`;
}

/** What the reader needs to know about exempt material in this copy, if anything. */
export function versionNote(doc: ExportDocument): { text: string; bold: boolean } | undefined {
	if (doc.version === 'exempt') {
		return { text: 'This version includes exempt information. It is for councillors only and is not for publication.', bold: true };
	}
	if (doc.withheldCount > 0) {
		return {
			text: `${plural(doc.withheldCount, 'answer is', 'answers are')} exempt information and ${doc.withheldCount === 1 ? 'is' : 'are'} not included in this version.`,
			bold: false
		};
	}
	return undefined;
}

/** The title block's label and value pairs, without empty ones. */
export function titleDetails(doc: ExportDocument): [label: string, value: string][] {
	const details: [string, string][] = [
		['Council', doc.council],
		['Panel', doc.panel],
		['Meeting date', doc.meetingDate],
		['Subject', doc.subject],
		['Prepared by', [doc.coordinator.name, doc.coordinator.designation].filter((s) => s.trim()).join(', ')]
	];
	if (doc.producedAt && !Number.isNaN(Date.parse(doc.producedAt))) details.push(['Produced', formatLongDate(doc.producedAt.slice(0, 10))]);
	return details.filter(([, value]) => value.trim() !== '');
}

/** "1. Accommodation for 16 and 17 year olds". */
export function areaTitle(area: { number: number; title: string }): string {
	return `${area.number}. ${area.title}`;
}

/** Shown when an answered question's statement has no text left after parsing. */
export const NO_POSITION = 'No position recorded.';

const paragraph = (text: string, marks: { bold?: boolean; italic?: boolean } = {}): Block => ({
	kind: 'paragraph',
	inlines: [{ kind: 'text', text, ...marks }]
});

/**
 * What the position statement column says, as blocks: the answer, or the
 * withheld or unanswered notice; an exempt answer in the exempt copy is
 * labelled with its exemption category first.
 */
export function answerBlocks(answer: ExportAnswer): Block[] {
	switch (answer.kind) {
		case 'unanswered':
			return [paragraph(answer.notice, { italic: true })];
		case 'withheld':
			return [paragraph(answer.notice, { bold: true }), ...(answer.exemptionCategory ? [paragraph(`Exemption: ${answer.exemptionCategory}`)] : [])];
		case 'answered': {
			const label = answer.exemptionCategory !== undefined ? [paragraph(exemptLabel(answer.exemptionCategory), { bold: true })] : [];
			const body = answer.blocks.length > 0 ? answer.blocks : [paragraph(NO_POSITION, { italic: true })];
			return [...label, ...body];
		}
	}
}

/** "Exempt – Schedule 12A, paragraph 3" above an exempt answer in the exempt copy. */
export function exemptLabel(category: string): string {
	return category ? `Exempt – ${category}` : 'Exempt information';
}

/** The question cell's text: the number in bold, then the verbatim question. */
export function questionInlines(question: { number: string; text: string }): Inline[] {
	return [
		{ kind: 'text', text: question.number, bold: true },
		{ kind: 'text', text: ` ${question.text}` }
	];
}

/** Headings and fixed sentences of the summary and further-scrutiny sections. */
export const SUMMARY_WORDS = {
	heading: 'Summary',
	answered: (answered: number, total: number) => `${answered} of ${total} questions answered.`,
	progressCaption: 'Progress of the answers',
	progressColumns: ['Progress of the answers', 'Questions'] as const,
	ratingsHeading: 'Self-ratings by area of focus',
	ratingsIntro: 'How the officers rated each answered question, by area of focus.',
	matrixHeading: 'Answers and the corporate parenting principles',
	matrixIntro: '“Yes” marks each corporate parenting principle an answer bears on. The columns are numbered as the principles:',
	matrixTotal: 'Answers bearing on each principle',
	mark: 'Yes',
	total: 'Total',
	furtherScrutiny: 'Opportunities for further scrutiny'
} as const;
