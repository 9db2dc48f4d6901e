/** Test data: what an officer would type, with sensible defaults. */

/** The details on the "Start a new position statement" form. */
export interface StatementDetails {
	council: string;
	service: string;
	panel: string;
	day: string;
	month: string;
	year: string;
	coordinatorName: string;
	coordinatorDesignation: string;
}

/** Details for a fictional council's statement; override any field. */
export function statementDetails(overrides: Partial<StatementDetails> = {}): StatementDetails {
	return {
		council: 'Anytown Borough Council',
		service: 'Children and Learning',
		panel: 'Children and Families Scrutiny Panel',
		day: '25',
		month: '3',
		year: '2026',
		coordinatorName: 'Sam Patel',
		coordinatorDesignation: 'Quality Assurance Unit Manager',
		...overrides
	};
}

/** An answer with a figure, a list and a small table, as real position statements have. */
export const answerWithListAndTable = [
	'As at **30 September 2025**, 4 young people aged 16 or 17 were in unregulated homes (England: 6%).',
	'',
	'- 3 in supported lodgings',
	'- 1 in semi-independent accommodation',
	'',
	'| Theme | Key actions | Progress |',
	'| --- | --- | --- |',
	'| Sufficiency | Open two new homes | On track |',
	''
].join('\n');

/** A second answer with a numbered list and a quotation. */
export const answerWithNumberedList = [
	'Ofsted found that:',
	'',
	'> _Children who live at a distance are visited regularly._',
	'',
	'1. 81% visited within 6 weeks (1 March)',
	'2. Statistical neighbours (SN): 78%',
	''
].join('\n');
