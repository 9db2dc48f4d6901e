/**
 * The command-line importer's work, with the app's own code: a Word
 * document read and matched as on the review screen (every match taken as
 * offered, rows matching nothing added as the panel's own questions), made
 * into a position statement file in the app's format and checked with the
 * same validator as `npm run validate`. Pure apart from reading the Word
 * document: bytes in, file text and a report out.
 */

import { newAssessment, validateDetails, validateFrameworkChoice, type AssessmentDetailsInput } from '../assessment.ts';
import { readExchangeFile, formatProblems } from '../file-format/read.ts';
import { serialise, statementFile } from '../file-format/write.ts';
import { frameworks, placedQuestions } from '../frameworks/index.ts';
import { choiceProblems, importWrite, importedBy, importedStatement, planRows, questionNumber } from './plan.ts';
import { readWordDocument, type HtmlParser } from './read.ts';

/** What the command line gives. */
export interface DocxToFileOptions {
	frameworkIds: readonly string[];
	tableNumber?: number;
	details: AssessmentDetailsInput;
	now: string;
	newId: () => string;
	appVersion: string;
}

/** The file's text and what happened to each row, or the problems that stopped it. */
export type DocxToFileResult =
	| { ok: true; text: string; report: string[]; warnings: string[]; matched: number; rows: number }
	| { ok: false; lines: string[] };

/** Reads a Word document and makes the position statement file the app would store from it. */
export async function docxToStatementFile(bytes: Uint8Array, fileName: string, parser: HtmlParser, options: DocxToFileOptions): Promise<DocxToFileResult> {
	const sets = validateFrameworkChoice(options.frameworkIds, frameworks);
	const details = validateDetails(options.details);
	if (!sets.ok || !details.ok) return { ok: false, lines: [...(sets.ok ? [] : sets.errors), ...(details.ok ? [] : details.errors)].map((e) => `${e.field}: ${e.message}`) };
	const read = await readWordDocument(bytes, fileName, parser, { tableNumber: options.tableNumber });
	if (read.kind === 'problem') return { ok: false, lines: [read.message] };
	if (read.kind === 'choose-table') {
		return {
			ok: false,
			lines: [
				`${fileName} has ${read.tables.length} tables that look like a position statement. Say which with --table:`,
				...read.tables.map((t) => `  --table ${t.number}: ${t.headings.join(' | ')} (${t.rows === 1 ? '1 row' : `${t.rows} rows`})`)
			]
		};
	}
	const questions = placedQuestions(sets.value);
	const planned = planRows(read.rows, questions);
	const problems = choiceProblems(planned, questions);
	if (problems.length > 0) return { ok: false, lines: problems.map((p) => p.message) };
	const write = importWrite(planned, questions, `From ${fileName}`.slice(0, 200));
	const base = newAssessment(details.value, sets.value, options.newId(), options.now);
	const content = importedStatement(base, write, options.newId, options.now, importedBy('', fileName));
	const file = statementFile({ ...content, notes: [], recommendations: [] }, options.now, options.appVersion);
	const text = serialise(file);
	// The same check as `npm run validate`: a file the app would refuse is never written.
	const check = readExchangeFile(text);
	if (!check.ok) return { ok: false, lines: formatProblems(check.problems) };
	const report = planned.map((p) => {
		const placed = p.choice.kind === 'question' ? questions.find((q) => p.choice.kind === 'question' && q.question.id === p.choice.questionId) : undefined;
		if (placed) return `Row ${p.row.rowNumber}: question ${questionNumber(placed)} (${p.match.level === 'sure' ? 'sure' : 'check this'}, ${Math.round(p.match.score * 100)}% alike)`;
		if (p.choice.kind === 'local') return `Row ${p.row.rowNumber}: matched no question, added as the panel's own question`;
		return `Row ${p.row.rowNumber}: not a question (no answer), left out`;
	});
	const nothingMatched = planned.every((p) => p.match.level === 'none')
		? ['No row matched a question of the chosen sets, so every row with an answer became the panel\'s own question. Check --sets.']
		: [];
	return {
		ok: true,
		text,
		report,
		warnings: [...nothingMatched, ...read.rows.flatMap((r) => r.warnings)],
		matched: planned.filter((p) => p.choice.kind === 'question').length,
		rows: planned.length
	};
}
