import { base } from '$app/paths';
import { actionPlanFileName, type ActionPlanTable } from '$lib/domain/action-plan.ts';
import { placedQuestions, type PlacedQuestion } from '$lib/domain/frameworks/index.ts';
import type { Assessment, Response } from '$lib/domain/types.ts';
import type { PdfFonts } from '$lib/export/pdf/fonts.ts';
import { getAssessment } from '$lib/storage/assessments.ts';
import { getResponse } from '$lib/storage/responses.ts';
import { flushPendingSaves } from './pending-saves.ts';

/**
 * What the action screens read and make: the answer an action form works
 * on, and the action plan as a PDF. jsPDF is imported only when a PDF is
 * made, so it never loads on a first visit; it is precached with the rest
 * of the build, so this works offline.
 */

declare global {
	namespace App {
		interface PageState {
			/** What an action form just did, in words ("Action added"), shown once on the question page. */
			actionSaved?: string;
		}
	}
}

/** The day on this computer's calendar, yyyy-mm-dd: what "overdue" is measured against. */
export function today(): string {
	return new Date().toLocaleDateString('en-CA');
}

/** A question with its statement and stored answer, for an action form. */
export interface ActionFormContext {
	assessment: Assessment;
	placed: PlacedQuestion;
	/** Undefined when nothing has been saved for this question yet. */
	stored: Response | undefined;
}

/**
 * The statement, question and answer an action form works on, or null when
 * the statement or question is not on this device. Unsaved typing on the
 * question page is saved first, so the form starts from the answer as it
 * now stands and its save does not clash with that one.
 */
export async function loadActionForm(assessmentId: string, questionId: string): Promise<ActionFormContext | null> {
	await flushPendingSaves().catch(() => undefined);
	const [assessment, stored] = await Promise.all([getAssessment(assessmentId), getResponse(assessmentId, questionId)]);
	if (!assessment) return null;
	// A reporter's copy from a contribution pack holds only her questions.
	const asked = assessment.pack ? new Set(assessment.pack.contributor.questionIds) : undefined;
	const placed = placedQuestions(assessment).find((p) => p.question.id === questionId && (!asked || asked.has(questionId)));
	return placed ? { assessment, placed, stored } : null;
}

async function readAppFont(fileName: string): Promise<ArrayBuffer> {
	const response = await fetch(`${base}/fonts/${fileName}`);
	if (!response.ok) throw new Error(`The font ${fileName} could not be read (${response.status})`);
	return response.arrayBuffer();
}

// The fonts, read once per page load: every later PDF reuses them.
let fonts: Promise<PdfFonts> | undefined;

/** The action plan as a PDF file: its name and bytes. Passes on whatever reading the fonts or rendering throws. */
export async function makeActionPlanPdf(
	table: ActionPlanTable,
	assessment: Pick<Assessment, 'council' | 'panel' | 'meetingDate'>
): Promise<{ fileName: string; bytes: Uint8Array<ArrayBuffer> }> {
	const [{ loadPdfFonts }, { renderActionPlanPdf }] = await Promise.all([import('$lib/export/pdf/fonts.ts'), import('$lib/export/action-plan-pdf.ts')]);
	fonts ??= loadPdfFonts(readAppFont).catch((error: unknown) => {
		fonts = undefined;
		throw error;
	});
	const bytes = renderActionPlanPdf(table, await fonts);
	const copy = new Uint8Array(bytes.byteLength);
	copy.set(bytes);
	return { fileName: actionPlanFileName(assessment, 'pdf'), bytes: copy };
}
