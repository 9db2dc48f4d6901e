import { base } from '$app/paths';
import { monitoringFileName, type MonitoringTable } from '$lib/domain/monitoring.ts';
import type { Assessment, Recommendation } from '$lib/domain/types.ts';
import type { PdfFonts } from '$lib/export/pdf/fonts.ts';
import { getAssessment, listAssessments } from '$lib/storage/assessments.ts';
import { getRecommendation, listRecommendations } from '$lib/storage/recommendations.ts';

/**
 * What the recommendations screens read: the tracker with the statements
 * on this device (to name and link them), one recommendation with its
 * statement, and the monitoring table as a PDF. jsPDF is imported only when
 * a PDF is made, so it never loads on a first visit; it is precached with
 * the rest of the build, so this works offline.
 */

/** Every recommendation and every statement on this device. */
export interface Tracker {
	recommendations: Recommendation[];
	statements: Assessment[];
}

/** The tracker, for a live query. */
export async function loadTracker(): Promise<Tracker> {
	const [recommendations, statements] = await Promise.all([listRecommendations(), listAssessments()]);
	return { recommendations, statements };
}

/** One recommendation with the statement it is linked to (undefined if none, or no longer on this device). */
export interface LoadedRecommendation {
	recommendation: Recommendation;
	statement: Assessment | undefined;
}

/** One recommendation and its statement, or null when it is not on this device. */
export async function loadRecommendation(id: string): Promise<LoadedRecommendation | null> {
	const recommendation = await getRecommendation(id);
	if (!recommendation) return null;
	const statement = recommendation.assessmentId ? await getAssessment(recommendation.assessmentId) : undefined;
	return { recommendation, statement };
}

async function readAppFont(fileName: string): Promise<ArrayBuffer> {
	const response = await fetch(`${base}/fonts/${fileName}`);
	if (!response.ok) throw new Error(`The font ${fileName} could not be read (${response.status})`);
	return response.arrayBuffer();
}

// The fonts, read once per page load: every later PDF reuses them.
let fonts: Promise<PdfFonts> | undefined;

/** The monitoring table as a PDF file: its name and bytes. Passes on whatever reading the fonts or rendering throws. */
export async function makeMonitoringPdf(table: MonitoringTable): Promise<{ fileName: string; bytes: Uint8Array<ArrayBuffer> }> {
	const [{ loadPdfFonts }, { renderMonitoringPdf }] = await Promise.all([
		import('$lib/export/pdf/fonts.ts'),
		import('$lib/export/monitoring-pdf.ts')
	]);
	fonts ??= loadPdfFonts(readAppFont).catch((error: unknown) => {
		fonts = undefined;
		throw error;
	});
	const bytes = renderMonitoringPdf(table, await fonts);
	const copy = new Uint8Array(bytes.byteLength);
	copy.set(bytes);
	return { fileName: monitoringFileName(table, 'pdf'), bytes: copy };
}
