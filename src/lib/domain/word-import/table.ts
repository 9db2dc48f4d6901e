/**
 * Finding the position-statement table in a Word document turned into HTML
 * (by mammoth) and reading its rows: which column holds the question, the
 * answer, the reporter, the designation and a rating; which rows are area
 * headings (one cell across the table); which rows carry on the one above
 * (Word's merged cells, one reporter per row). Works on any DOM (the
 * browser's, or jsdom in Node) passed in; no markdown here.
 */

import type { Reporter, SelfRating } from '../types.ts';

/** What a column of the table holds. */
export type ColumnRole = 'question' | 'answer' | 'reporter' | 'designation' | 'rating';

/** Which column (0-based) holds what. The question and answer columns are always found. */
export interface ColumnMap {
	question: number;
	answer: number;
	reporter?: number;
	designation?: number;
	rating?: number;
}

/** A table that has the headings of a position statement. */
export interface FoundTable {
	table: HTMLTableElement;
	/** 1-based among the document's tables, as a person counts them. */
	number: number;
	columns: ColumnMap;
	/** The heading row's cells, as written. */
	headings: string[];
	/** Index of the heading row within the table's rows. */
	headerRow: number;
}

/** One row of the table read: an area heading or a question with its answer. */
export type TableRow =
	| { kind: 'heading'; rowNumber: number; text: string }
	| {
			kind: 'question';
			rowNumber: number;
			questionText: string;
			answerCell: HTMLTableCellElement | undefined;
			reporters: Reporter[];
			ratingText: string;
			warnings: string[];
	  };

// Each role's words, tried in this order so "Job title" is a designation and "Position statement" an answer.
const HEADINGS: readonly { role: ColumnRole; words: readonly string[] }[] = [
	{ role: 'designation', words: ['designation', 'job title', 'role', 'post'] },
	{ role: 'rating', words: ['rating', 'rag', 'judgement', 'self assessment', 'grade'] },
	{ role: 'reporter', words: ['reporter', 'lead officer', 'reported by', 'officer', 'lead', 'author', 'owner', 'responsible'] },
	{ role: 'answer', words: ['position statement', 'position', 'response', 'answer', 'update', 'evidence', 'comment'] },
	{ role: 'question', words: ['area of focus', 'question', 'line of enquiry', 'lines of enquiry', 'focus', 'area', 'kloe'] }
];

function headingKey(text: string): string {
	return text
		.toLowerCase()
		.replace(/[^a-z]+/g, ' ')
		.trim();
}

/** The role a heading's words name, if any. */
export function headingRole(text: string): ColumnRole | undefined {
	const key = ` ${headingKey(text)} `;
	if (key.trim() === '') return undefined;
	for (const { role, words } of HEADINGS) if (words.some((w) => key.includes(` ${w} `))) return role;
	return undefined;
}

/** Plain text of a node, with each paragraph, list item or line break on its own line. */
export function linesOf(node: Element | undefined): string[] {
	if (!node) return [];
	const lines: string[] = [];
	let current = '';
	const flush = () => {
		const line = current.replace(/\s+/g, ' ').trim();
		if (line) lines.push(line);
		current = '';
	};
	const walk = (n: Node) => {
		if (n.nodeType === 3) {
			current += n.textContent ?? '';
			return;
		}
		if (n.nodeType !== 1) return;
		const name = (n as Element).tagName.toLowerCase();
		if (name === 'br') return flush();
		if (name === 'img') {
			const alt = (n as Element).getAttribute('alt')?.trim();
			if (alt) current += alt;
			return;
		}
		const block = /^(p|li|div|h[1-6]|tr|table|ul|ol|blockquote)$/.test(name);
		if (block) flush();
		for (const child of Array.from(n.childNodes)) walk(child);
		if (block) flush();
	};
	for (const child of Array.from(node.childNodes)) walk(child);
	flush();
	return lines;
}

/** The tables of the document that are not inside another table. */
export function topLevelTables(root: ParentNode): HTMLTableElement[] {
	return Array.from(root.querySelectorAll('table')).filter((t) => !t.parentElement?.closest('table'));
}

/** The rows of this table itself (not of a table inside one of its cells). */
function ownRows(table: HTMLTableElement): HTMLTableRowElement[] {
	return Array.from(table.querySelectorAll('tr')).filter((tr) => tr.closest('table') === table);
}

interface GridCell {
	cell: HTMLTableCellElement;
	/** True at the cell's own row; false where a cell from a row above reaches down. */
	top: boolean;
	/** True at the cell's first column. */
	left: boolean;
	colSpan: number;
}

/** The table as a grid, each merged cell repeated over the places it covers. */
function gridOf(rows: HTMLTableRowElement[]): GridCell[][] {
	const grid: GridCell[][] = rows.map(() => []);
	rows.forEach((tr, r) => {
		let c = 0;
		for (const cell of Array.from(tr.children) as HTMLTableCellElement[]) {
			if (!/^t[dh]$/i.test(cell.tagName)) continue;
			while (grid[r]?.[c]) c++;
			const colSpan = Math.max(1, Number(cell.getAttribute('colspan') ?? '1') || 1);
			const rowSpan = Math.max(1, Number(cell.getAttribute('rowspan') ?? '1') || 1);
			for (let dr = 0; dr < rowSpan && r + dr < rows.length; dr++) {
				for (let dc = 0; dc < colSpan; dc++) {
					const row = grid[r + dr];
					if (row) row[c + dc] = { cell, top: dr === 0, left: dc === 0, colSpan };
				}
			}
			c += colSpan;
		}
	});
	return grid;
}

function columnsFrom(headings: readonly string[]): ColumnMap | undefined {
	const found: Partial<Record<ColumnRole, number>> = {};
	headings.forEach((text, i) => {
		const role = headingRole(text);
		if (role && found[role] === undefined) found[role] = i;
	});
	if (found.question === undefined || found.answer === undefined) return undefined;
	return { question: found.question, answer: found.answer, reporter: found.reporter, designation: found.designation, rating: found.rating };
}

/**
 * The document's tables that have the headings of a position statement (a
 * question column and an answer column, in one of the first three rows).
 */
export function findStatementTables(root: ParentNode): FoundTable[] {
	const found: FoundTable[] = [];
	topLevelTables(root).forEach((table, i) => {
		const grid = gridOf(ownRows(table));
		for (let r = 0; r < Math.min(3, grid.length); r++) {
			const headings = (grid[r] ?? []).map((g) => (g ? linesOf(g.cell).join(' ') : ''));
			const columns = columnsFrom(headings);
			if (columns) {
				found.push({ table, number: i + 1, columns, headings, headerRow: r });
				return;
			}
		}
	});
	return found;
}

/** The self-rating a rating cell names (the sector's three-way scale, or RAG), or undefined. */
export function ratingFrom(text: string): SelfRating | undefined {
	const key = headingKey(text);
	if (!key) return 'not-rated';
	if (/^(going well( or better)?|green|g|good|outstanding)$/.test(key)) return 'going-well';
	if (/^(ones? to watch|amber|a|requires improvement)$/.test(key)) return 'one-to-watch';
	if (/^(areas? for improvement|things to do better|red|r|inadequate)$/.test(key)) return 'area-for-improvement';
	if (/^(not rated|none|n a|na)$/.test(key)) return 'not-rated';
	return undefined;
}

/**
 * The question cell's lines without a last line "Self-rating: One to watch"
 * (how the app's own Word export gives each answer's rating, under its
 * question), and that rating's words.
 */
export function splitRatingLine(lines: readonly string[]): { question: string[]; rating: string } {
	const last = lines[lines.length - 1] ?? '';
	const match = /^self[-\s]?rating\s*:\s*(.*)$/i.exec(last.trim());
	if (!match || lines.length < 2) return { question: [...lines], rating: '' };
	return { question: lines.slice(0, -1), rating: (match[1] ?? '').trim() };
}

/** Reporters from a reporter cell and a designation cell, paired line by line; a line is never split. */
export function pairReporters(nameLines: readonly string[], designationLines: readonly string[]): Reporter[] {
	const reporters: Reporter[] = [];
	const count = Math.max(nameLines.length, designationLines.length);
	for (let i = 0; i < count; i++) {
		const name = nameLines[i] ?? '';
		const designation = designationLines[i] ?? '';
		if (name || designation) reporters.push({ name, designation });
	}
	return reporters;
}

/**
 * The rows below the heading row: area headings (a row whose one cell spans
 * the table) and question rows. A row whose question cell is merged with the row above
 * adds its reporter and designation to that question. Empty rows and a
 * repeated heading row are left out.
 */
export function readRows(found: FoundTable): TableRow[] {
	const rows = ownRows(found.table);
	const grid = gridOf(rows);
	const { columns } = found;
	const width = Math.max(...grid.map((g) => g.length));
	const out: TableRow[] = [];
	for (let r = found.headerRow + 1; r < grid.length; r++) {
		const row = grid[r] ?? [];
		const rowNumber = r + 1;
		const at = (column: number | undefined) => (column === undefined ? undefined : row[column]);
		const own = (column: number | undefined) => {
			const g = at(column);
			return g && g.top && g.left ? g.cell : undefined;
		};
		const distinct = [...new Set(row.filter(Boolean).map((g) => g.cell))];
		const texts = distinct.map((c) => linesOf(c).join(' '));
		if (texts.every((t) => !t)) continue;
		const questionCell = at(columns.question);
		const previous = out[out.length - 1];
		// The question cell comes down from the row above: another reporter for the same question.
		if (questionCell && !questionCell.top && previous?.kind === 'question') {
			previous.reporters.push(
				...pairReporters(linesOf(own(columns.reporter)), linesOf(own(columns.designation)))
			);
			continue;
		}
		const spansAll = distinct.length === 1 && width > 1;
		if (spansAll) {
			out.push({ kind: 'heading', rowNumber, text: texts.filter(Boolean).join(' ') });
			continue;
		}
		const headings = found.headings.map(headingKey);
		if (texts.length === headings.length && texts.every((t, i) => headingKey(t) === headings[i])) continue;
		const warnings: string[] = [];
		// A cell spanning two columns other than a heading: the columns no longer line up.
		if (distinct.some((c) => row.filter((g) => g?.cell === c).length > 1)) {
			warnings.push(`Row ${rowNumber} has merged cells, so a column may hold another column's words. Check its answer and reporters.`);
		}
		const answerCell = own(columns.answer) ?? at(columns.answer)?.cell;
		const { question, rating } = splitRatingLine(linesOf(questionCell?.cell));
		out.push({
			kind: 'question',
			rowNumber,
			questionText: question.join(' '),
			answerCell,
			reporters: pairReporters(linesOf(own(columns.reporter)), linesOf(own(columns.designation))),
			ratingText: linesOf(own(columns.rating)).join(' ') || rating,
			warnings
		});
	}
	return out;
}
