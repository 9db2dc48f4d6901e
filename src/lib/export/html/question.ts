import type { ExportArea, ExportDocument, ExportQuestion } from '../model.ts';
import { NO_POSITION, areaTitle, exemptLabel } from '../wording.ts';
import { blocksHtml } from './blocks.ts';
import { escapeHtml, idPart } from './escape.ts';
import { figuresAndActionsHtml } from './figures.ts';

/**
 * One area of focus (an h2) and its questions (an h3 each, with the number
 * and the verbatim question), each followed by the position statement, who
 * reported it and in what role, the self-rating and the corporate parenting
 * principles it bears on.
 */

/** The id of an area's heading, for the contents list. */
export function areaId(area: ExportArea): string {
	return `area-${idPart(String(area.number))}`;
}

function questionId(question: ExportQuestion): string {
	return `question-${idPart(question.number)}`;
}

function answerHtml(question: ExportQuestion): string {
	const { answer } = question;
	switch (answer.kind) {
		case 'unanswered':
			return `<div class="notice notice-unanswered"><p>${escapeHtml(answer.notice)}</p></div>`;
		case 'withheld':
			return `<div class="notice notice-withheld"><p><strong>${escapeHtml(answer.notice)}</strong></p>${
				answer.exemptionCategory ? `<p>Exemption: ${escapeHtml(answer.exemptionCategory)}</p>` : ''
			}</div>`;
		case 'notApplicable': {
			const label = answer.exemptionCategory !== undefined ? `<p class="exempt-label"><strong>${escapeHtml(exemptLabel(answer.exemptionCategory))}</strong></p>\n` : '';
			const reason = answer.notice.startsWith('Not applicable:') ? answer.notice.slice('Not applicable:'.length) : ` ${answer.notice}`;
			return `${label}<div class="notice notice-not-applicable"><p><strong>Not applicable:</strong>${escapeHtml(reason)}</p></div>`;
		}
		case 'answered': {
			const label = answer.exemptionCategory !== undefined ? `<p class="exempt-label"><strong>${escapeHtml(exemptLabel(answer.exemptionCategory))}</strong></p>\n` : '';
			const body =
				answer.blocks.length > 0
					? blocksHtml(answer.blocks, { headingBase: 4, tableLabel: `Table in the answer to question ${question.number}` })
					: `<p><em>${escapeHtml(NO_POSITION)}</em></p>`;
			return `${label}<div class="answer">\n${body}\n</div>`;
		}
	}
}

function reportersHtml(question: ExportQuestion, doc: ExportDocument): string {
	if (question.reporters.length === 0) return '';
	const rows = question.reporters.map((r) => `<tr><td>${escapeHtml(r.name)}</td><td>${escapeHtml(r.designation)}</td></tr>`).join('\n');
	return `<table class="reporters">
<caption class="visually-hidden">Who reported on question ${escapeHtml(question.number)}</caption>
<thead><tr><th scope="col">${escapeHtml(doc.columns.reporter)}</th><th scope="col">${escapeHtml(doc.columns.designation)}</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>`;
}

function detailsHtml(question: ExportQuestion): string {
	// A withheld answer's rating and principles are not shown in the public copy.
	if (question.answer.kind === 'unanswered' || question.answer.kind === 'withheld') return '';
	const principles = question.principleLabels.length > 0 ? question.principleLabels.map(escapeHtml).join('; ') : 'None recorded';
	return `<dl class="question-details">
<div><dt>Self-rating</dt><dd>${escapeHtml(question.selfRatingLabel)}</dd></div>
<div><dt>Corporate parenting principles</dt><dd>${principles}</dd></div>
</dl>`;
}

function questionHtml(question: ExportQuestion, doc: ExportDocument): string {
	const id = questionId(question);
	// A plain division, not a <section>: twenty questions as landmarks would crowd a screen reader's landmark list.
	return `<div class="question">
<h3 id="${id}"><span class="question-number">${escapeHtml(question.number)}</span> ${escapeHtml(question.text)}</h3>
${answerHtml(question)}
${figuresAndActionsHtml(question)}
${reportersHtml(question, doc)}
${detailsHtml(question)}
</div>`;
}

/** An area of focus and all its questions. */
export function areaHtml(area: ExportArea, doc: ExportDocument): string {
	const id = areaId(area);
	return `<section class="area" aria-labelledby="${id}">
<h2 id="${id}">${escapeHtml(areaTitle(area))}</h2>
${area.questions.map((q) => questionHtml(q, doc)).join('\n')}
</section>`;
}
