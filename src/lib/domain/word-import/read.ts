/**
 * Reading a council's Word document (.docx) into rows ready to match: the
 * file checked (file-check.ts), turned into HTML by mammoth, the position
 * statement table found and read (table.ts), and each answer turned into the
 * app's markdown by turndown with its GFM plugin (paragraphs, bold, italic,
 * lists, links and tables kept; a picture kept as its alt text, with a
 * warning). mammoth and turndown are loaded only when a document is read.
 * The same code runs in the browser and in Node: the caller gives the HTML
 * parser (the browser's DOMParser, or jsdom).
 */

import type { Reporter, SelfRating } from '../types.ts';
import { wordFileProblem } from './file-check.ts';
import { findStatementTables, linesOf, ratingFrom, readRows, topLevelTables, type ColumnRole, type FoundTable } from './table.ts';

/** The libraries the importer uses, loaded only when a document is read. */
export interface WordLibraries {
	mammoth: typeof import('mammoth');
	TurndownService: typeof import('turndown');
	gfm: import('turndown').Plugin;
}

/** Loads mammoth and turndown with dynamic imports, so they stay out of the app's first load. */
export async function loadWordLibraries(): Promise<WordLibraries> {
	const [mammoth, turndown, plugin] = await Promise.all([import('mammoth'), import('turndown'), import('turndown-plugin-gfm')]);
	return { mammoth: mammoth.default, TurndownService: turndown.default, gfm: plugin.gfm };
}

/**
 * How to read in this place (browser or Node): the HTML parser (the
 * browser's DOMParser, or jsdom) and, where dynamic imports cannot be used
 * (the command line's module runner), the libraries already loaded.
 */
export interface HtmlParser {
	parseHtml(html: string): Document;
	libraries?: () => Promise<WordLibraries>;
}

/** A question row read from the document, its answer in markdown. */
export interface WordRow {
	/** 1-based row of the Word table, counting the heading row, as a person counts them in Word. */
	rowNumber: number;
	/** The area heading row above it, if any. */
	area: string;
	questionText: string;
	/** Markdown. */
	answer: string;
	reporters: Reporter[];
	selfRating: SelfRating;
	/** The rating cell as written (empty when there is no rating column). */
	ratingText: string;
	/** What the person should check about this row (merged cells, pictures, a rating not understood). */
	warnings: string[];
}

/** A table the person may choose when the document has more than one. */
export interface TableChoice {
	number: number;
	headings: string[];
	rows: number;
}

/** What reading gave. */
export type WordReadResult =
	| { kind: 'problem'; message: string }
	| { kind: 'choose-table'; tables: TableChoice[] }
	| { kind: 'rows'; tableNumber: number; columns: ColumnRole[]; rows: WordRow[]; headings: string[] };

// The notices the app's own Word export puts in a cell in place of an answer: not answers.
const UNANSWERED = 'No answer has been given to this question yet.';
const WITHHELD = 'Exempt information – not for publication';

/** The inline HTML of each paragraph or list item in a cell (or the cell's own, when it has none). */
function inlineParts(cell: Element): string[] {
	const blocks = Array.from(cell.querySelectorAll('p, li')).filter((b) => !b.querySelector('p, li'));
	const parts = (blocks.length > 0 ? blocks : [cell]).map((b) => b.innerHTML.replace(/<br\s*\/?>/gi, ' ').trim());
	return parts.filter(Boolean);
}

/** Makes each table inside an answer a plain table with a heading row, so it becomes a markdown table. */
function simplifyInnerTables(cell: Element): void {
	for (const table of Array.from(cell.querySelectorAll('table'))) {
		const doc = table.ownerDocument;
		const rows = Array.from(table.querySelectorAll('tr')).filter((tr) => tr.closest('table') === table);
		const plain = doc.createElement('table');
		const body = doc.createElement('tbody');
		plain.appendChild(body);
		rows.forEach((tr, r) => {
			const out = doc.createElement('tr');
			for (const td of Array.from(tr.children)) {
				const cellOut = doc.createElement(r === 0 ? 'th' : 'td');
				// A markdown table cell holds one line: paragraphs and items become one, kept apart by "; ".
				// Headings as plain words (Word bolds them anyway); other cells keep their bold, italic and links.
				if (r === 0) cellOut.textContent = linesOf(td).join('; ');
				else cellOut.innerHTML = inlineParts(td).join('; ');
				out.appendChild(cellOut);
			}
			body.appendChild(out);
		});
		table.replaceWith(plain);
	}
}

/** Replaces each picture with its alt text in brackets; returns how many there were. */
function picturesToText(cell: Element): number {
	const images = Array.from(cell.querySelectorAll('img'));
	for (const img of images) {
		const alt = img.getAttribute('alt')?.trim();
		img.replaceWith(cell.ownerDocument.createTextNode(alt ? `[Picture: ${alt}]` : '[Picture]'));
	}
	return images.length;
}

type Turndown = { turndown(html: string): string };

function makeTurndown({ TurndownService, gfm }: WordLibraries): Turndown {
	const service = new TurndownService({ headingStyle: 'atx', bulletListMarker: '-', emDelimiter: '*', strongDelimiter: '**' });
	service.use(gfm);
	return service;
}

/** The answer cell as markdown, and its warnings. */
function answerOf(cell: HTMLTableCellElement | undefined, rowNumber: number, turndown: Turndown): { markdown: string; warnings: string[] } {
	if (!cell) return { markdown: '', warnings: [] };
	const copy = cell.cloneNode(true) as Element;
	const warnings: string[] = [];
	const pictures = picturesToText(copy);
	if (pictures > 0) {
		const what = pictures === 1 ? 'a picture' : `${pictures} pictures`;
		warnings.push(`Row ${rowNumber}'s answer has ${what}. The app keeps words only, so each is kept as its description in [brackets]: add the figures as text if they matter.`);
	}
	simplifyInnerTables(copy);
	const markdown = turndown.turndown(copy.innerHTML).replace(/\n{3,}/g, '\n\n').trim();
	if (markdown === UNANSWERED || markdown === `*${UNANSWERED}*`) return { markdown: '', warnings };
	if (markdown === `**${WITHHELD}**` || markdown.startsWith(`**${WITHHELD}**\n\nExemption:`)) {
		warnings.push(`Row ${rowNumber}'s answer is exempt and was left out of this (public) copy, so it is imported empty. Import the exempt copy to bring it in.`);
		return { markdown: '', warnings };
	}
	return { markdown, warnings };
}

async function toHtml(bytes: Uint8Array, mammoth: WordLibraries['mammoth']): Promise<string> {
	const arrayBuffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
	// The browser build reads `arrayBuffer`, the Node build `buffer`: give both.
	const input = { arrayBuffer, buffer: bytes } as unknown as { arrayBuffer: ArrayBuffer };
	const result = await mammoth.convertToHtml(input, {
		// Pictures: only their alt text is kept, so their bytes are never read.
		convertImage: mammoth.images.imgElement(async (image) => ({ src: '', alt: (image as { altText?: string }).altText ?? '' }))
	});
	return result.value;
}

function describeChoices(found: FoundTable[]): TableChoice[] {
	return found.map((f) => ({
		number: f.number,
		headings: f.headings.filter(Boolean),
		rows: readRows(f).filter((r) => r.kind === 'question').length
	}));
}

/**
 * Reads a Word document's position statement table. With several tables that
 * look like one and no `tableNumber`, asks which (`choose-table`). Every
 * refusal is a message in plain words saying what is wrong.
 */
export async function readWordDocument(
	bytes: Uint8Array,
	fileName: string,
	parser: HtmlParser,
	options: { tableNumber?: number } = {}
): Promise<WordReadResult> {
	const problem = wordFileProblem(bytes, fileName);
	if (problem) return { kind: 'problem', message: problem };
	const libraries = await (parser.libraries ?? loadWordLibraries)();
	let html: string;
	try {
		html = await toHtml(bytes, libraries.mammoth);
	} catch {
		return { kind: 'problem', message: `${fileName} could not be read as a Word document. It may be damaged: open it in Word, save it again as .docx and import that.` };
	}
	const doc = parser.parseHtml(`<!doctype html><html><body>${html}</body></html>`);
	const found = findStatementTables(doc.body);
	if (found.length === 0) {
		const tables = topLevelTables(doc.body).length;
		if (tables === 0) {
			return { kind: 'problem', message: `${fileName} has no table. The position statement must be a table with a column for the questions (such as "Area of focus") and one for the answers (such as "Position statement").` };
		}
		return {
			kind: 'problem',
			message: `No table in ${fileName} has the headings of a position statement. The first row must name a column for the questions (such as "Area of focus" or "Question") and one for the answers (such as "Position statement" or "Response").`
		};
	}
	let chosen = found[0];
	if (found.length > 1) {
		if (options.tableNumber === undefined) return { kind: 'choose-table', tables: describeChoices(found) };
		chosen = found.find((f) => f.number === options.tableNumber);
		if (!chosen) return { kind: 'problem', message: `${fileName} has no table ${options.tableNumber} with the headings of a position statement.` };
	}
	if (!chosen) return { kind: 'problem', message: `${fileName} has no position statement table.` };
	const turndown = makeTurndown(libraries);
	const rows: WordRow[] = [];
	let area = '';
	for (const row of readRows(chosen)) {
		if (row.kind === 'heading') {
			area = row.text;
			continue;
		}
		const answer = answerOf(row.answerCell, row.rowNumber, turndown);
		const rating = ratingFrom(row.ratingText);
		const warnings = [...row.warnings, ...answer.warnings];
		if (rating === undefined) warnings.push(`Row ${row.rowNumber}'s rating "${row.ratingText}" is not one the app knows, so the answer is left not rated.`);
		rows.push({
			rowNumber: row.rowNumber,
			area,
			questionText: row.questionText,
			answer: answer.markdown,
			reporters: row.reporters,
			selfRating: rating ?? 'not-rated',
			ratingText: row.ratingText,
			warnings
		});
	}
	if (rows.length === 0) return { kind: 'problem', message: `The table in ${fileName} has headings but no rows of questions and answers under them.` };
	const columns = (Object.entries(chosen.columns) as [ColumnRole, number | undefined][])
		.filter(([, i]) => i !== undefined)
		.sort((a, b) => (a[1] ?? 0) - (b[1] ?? 0))
		.map(([role]) => role);
	return { kind: 'rows', tableNumber: chosen.number, columns, rows, headings: chosen.headings };
}
