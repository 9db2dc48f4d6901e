import type { Assessment } from './types.ts';

/** How the home screen orders the statements: newest first either way. */
export type StatementSort = 'last-edited' | 'meeting-date';

/** The sort choices in the order the home screen offers them. */
export const statementSorts: readonly { value: StatementSort; label: string }[] = [
	{ value: 'last-edited', label: 'Last edited' },
	{ value: 'meeting-date', label: 'Meeting date' }
];

/** How many statements the home screen shows at first, and how many more each "Show more" adds. */
export const STATEMENTS_PER_PAGE = 50;

/** What the home screen's search and sort look at. */
export interface ListedStatement {
	assessment: Pick<Assessment, 'title' | 'council' | 'panel' | 'meetingDate'>;
	lastEdited: string;
}

function normalise(text: string): string {
	return text
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/[’‘]/g, "'")
		.toLowerCase();
}

/**
 * True when every word of the query is found in the statement's title,
 * council, panel or meeting year (any case, accents ignored). An empty query
 * matches every statement.
 */
export function matchesSearch(statement: ListedStatement, query: string): boolean {
	const words = normalise(query).split(/\s+/).filter(Boolean);
	if (words.length === 0) return true;
	const { title, council, panel, meetingDate } = statement.assessment;
	const haystack = normalise([title, council, panel, meetingDate.slice(0, 4)].join('\n'));
	return words.every((word) => haystack.includes(word));
}

/** The statements matching the query, newest first by the chosen date (title, then the order given, breaking ties). */
export function findStatements<T extends ListedStatement>(list: readonly T[], query: string, sort: StatementSort): T[] {
	const key = (s: T) => (sort === 'meeting-date' ? s.assessment.meetingDate : s.lastEdited);
	return list
		.map((s, index) => ({ s, index }))
		.filter(({ s }) => matchesSearch(s, query))
		.sort((a, b) => {
			const ka = key(a.s);
			const kb = key(b.s);
			if (ka !== kb) return ka < kb ? 1 : -1;
			return a.s.assessment.title.localeCompare(b.s.assessment.title, 'en-GB') || a.index - b.index;
		})
		.map(({ s }) => s);
}

/** "1 statement" or "12 statements". */
export function statementCount(n: number): string {
	return `${n.toLocaleString('en-GB')} ${n === 1 ? 'statement' : 'statements'}`;
}
