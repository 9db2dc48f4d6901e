/**
 * The PDF figures `npm run bench` reports, measured in Node with the same
 * renderer the app uses: the example statement (median of several renders
 * after one warm-up), its size, and a 60-question stress statement; and a
 * floor to compare the renderer with: the same answers as plain text in a
 * four-column jspdf-autotable table with the same fonts, rendered in the same
 * run, alternating with the real renders so both see the same machine.
 */

import { readFile } from 'node:fs/promises';
import { jsPDF } from 'jspdf';
import { autoTable } from 'jspdf-autotable';
import { blocksToParagraphs } from '../src/lib/export/meeting-questions-pdf.ts';
import { FONT_FAMILY, registerPdfFonts } from '../src/lib/export/pdf/fonts.ts';
import { answerBlocks } from '../src/lib/export/pdf/question-row.ts';
import { FONT_SIZE, PAGE, TABLE } from '../src/lib/export/pdf/theme.ts';
import { statementFromFile } from '../src/lib/export/render-file.ts';
import { markdownToBlocks } from '../src/lib/export/markdown-blocks.ts';
import { buildExportDocument, type ExportDocument } from '../src/lib/export/model.ts';
import { loadPdfFonts, type PdfFonts } from '../src/lib/export/pdf/fonts.ts';
import { renderPdfReport } from '../src/lib/export/pdf/render-pdf.ts';

const NOW = '2026-03-20T10:00:00.000Z';

const STRESS_ANSWER = [
	'We reviewed every placement made in the quarter against the sufficiency strategy. **Figures** are for Q3 2025/26 with England and statistical neighbours (SN) beside them; the trend is *improving* but slower than planned.',
	'- First action with an owner and a date\n- Second action, already under way\n  - a nested detail',
	'| Theme | Key actions | Progress |\n| --- | --- | --- |\n| Sufficiency | Open two homes | On track |\n| Visits | Travel budget | Complete |',
	'> A young person told us: “I want to stay near my school.”',
	'We will report progress to the panel in the autumn, with the figures for the full year and the comparison with statistical neighbours.'
].join('\n\n');

async function fonts(): Promise<PdfFonts> {
	return loadPdfFonts(async (name) => {
		const bytes = await readFile(new URL(`../static/fonts/${name}`, import.meta.url));
		return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
	});
}

/** The example's questions three times over (60 questions), each with a long, varied answer (also used by the PDF tests). */
export function stressDocument(example: ExportDocument): ExportDocument {
	const blocks = markdownToBlocks(`${STRESS_ANSWER}\n\n${STRESS_ANSWER}`);
	const areas = [0, 1, 2].flatMap((round) =>
		example.areas.map((area, a) => {
			const number = round * example.areas.length + a + 1;
			return {
				...area,
				number,
				questions: area.questions.map((q, i) => ({
					...q,
					number: `${number}.${i + 1}`,
					answer: { kind: 'answered' as const, blocks },
					reporters: [{ name: 'Priya Shah', designation: 'Head of Placements and Commissioning' }]
				}))
			};
		})
	);
	return { ...example, areas };
}

async function timed(render: () => Promise<unknown>): Promise<number> {
	const start = performance.now();
	await render();
	return performance.now() - start;
}

/** The floor: the example's questions and answers as plain text in a four-column autotable table, same fonts and widths, untagged. */
export function renderFloorPdf(example: ExportDocument, loaded: PdfFonts): Uint8Array {
	const pdf = new jsPDF({ unit: 'mm', format: 'a4', orientation: 'portrait', compress: true, putOnlyUsedFonts: true });
	registerPdfFonts(pdf, loaded);
	const body = example.areas.flatMap((area) =>
		area.questions.map((q) => [
			`${q.number} ${q.text}`,
			blocksToParagraphs(answerBlocks(q.answer)).join('\n'),
			q.reporters.map((r) => r.name).join('\n'),
			q.reporters.map((r) => r.designation).join('\n')
		])
	);
	autoTable(pdf, {
		theme: 'grid',
		startY: PAGE.top,
		margin: { top: PAGE.top, bottom: PAGE.bottom, left: PAGE.left, right: PAGE.right },
		showHead: 'everyPage',
		head: [[example.columns.area, example.columns.position, example.columns.reporter, example.columns.designation]],
		body,
		styles: { font: FONT_FAMILY, fontSize: FONT_SIZE.cell, overflow: 'linebreak' },
		headStyles: { fontStyle: 'bold' },
		columnStyles: Object.fromEntries(TABLE.widths.map((w, c) => [String(c), { cellWidth: w }]))
	});
	return new Uint8Array(pdf.output('arraybuffer'));
}

export interface PdfFigures {
	/** The floor's times, measured alternately with `exampleMs`. */
	floorMs: number[];
	exampleMs: number[];
	exampleBytes: number;
	examplePages: number;
	stressMs: number[];
	stressPages: number;
	stressQuestions: number;
}

/** The example's document model and the fonts, for profiling (scripts/bench-pdf-profile.js). */
export async function exampleForBench(examplePath: string) {
	const statement = statementFromFile(await readFile(examplePath, 'utf8'));
	if (!statement.ok) throw new Error(`The example does not read: ${statement.problems.join('; ')}`);
	const loaded = await fonts();
	const example = buildExportDocument(statement.assessment, statement.responses, { version: 'public', includeSummary: true, now: NOW });
	return { example, loaded, renderPdfReport, renderFloorPdf };
}

/** Renders the example `runs` times after a warm-up, and the stress statement as often. */
export async function measurePdf(examplePath: string, runs: number): Promise<PdfFigures> {
	const statement = statementFromFile(await readFile(examplePath, 'utf8'));
	if (!statement.ok) throw new Error(`The example does not read: ${statement.problems.join('; ')}`);
	const loaded = await fonts();
	const example = buildExportDocument(statement.assessment, statement.responses, { version: 'public', includeSummary: true, now: NOW });
	const stress = stressDocument(buildExportDocument(statement.assessment, [], { version: 'public', includeSummary: false, now: NOW }));

	const first = await renderPdfReport(example, loaded);
	const stressFirst = await renderPdfReport(stress, loaded);
	renderFloorPdf(example, loaded);
	const floorMs: number[] = [];
	const exampleMs: number[] = [];
	const stressMs: number[] = [];
	for (let i = 0; i < runs; i++) {
		floorMs.push(await timed(async () => renderFloorPdf(example, loaded)));
		exampleMs.push(await timed(() => renderPdfReport(example, loaded)));
	}
	for (let i = 0; i < runs; i++) stressMs.push(await timed(() => renderPdfReport(stress, loaded)));
	return {
		floorMs,
		exampleMs,
		exampleBytes: first.bytes.byteLength,
		examplePages: first.pages,
		stressMs,
		stressPages: stressFirst.pages,
		stressQuestions: stress.areas.reduce((n, a) => n + a.questions.length, 0)
	};
}
