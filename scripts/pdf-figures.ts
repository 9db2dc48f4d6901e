/**
 * The PDF figures `npm run bench` reports, measured in Node with the same
 * renderer the app uses: the example statement (median of several renders
 * after one warm-up), its size, and a 60-question stress statement.
 */

import { readFile } from 'node:fs/promises';
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

export interface PdfFigures {
	exampleMs: number[];
	exampleBytes: number;
	examplePages: number;
	stressMs: number[];
	stressPages: number;
	stressQuestions: number;
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
	const exampleMs: number[] = [];
	const stressMs: number[] = [];
	for (let i = 0; i < runs; i++) exampleMs.push(await timed(() => renderPdfReport(example, loaded)));
	for (let i = 0; i < runs; i++) stressMs.push(await timed(() => renderPdfReport(stress, loaded)));
	return {
		exampleMs,
		exampleBytes: first.bytes.byteLength,
		examplePages: first.pages,
		stressMs,
		stressPages: stressFirst.pages,
		stressQuestions: stress.areas.reduce((n, a) => n + a.questions.length, 0)
	};
}
