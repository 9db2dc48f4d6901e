/**
 * Matching a row of a council's Word table to a question of the chosen
 * question sets, by its text. Councils retype the questions: punctuation,
 * hyphens and dashes, "16- and 17-year olds", numbering ("1.2", "Q3"), a
 * question split over two lines and small rewordings all still match.
 * Pure and deterministic.
 */

/** How sure a match is, in the words the review screen shows. */
export type MatchLevel = 'sure' | 'check' | 'none';

/** A question a row may be matched to. */
export interface MatchCandidate {
	id: string;
	text: string;
}

/** The question chosen for a row and how sure the match is (0 to 1). */
export interface RowMatch {
	questionId: string | undefined;
	score: number;
	level: MatchLevel;
}

/** At or above this a match is taken as sure. */
export const SURE_SCORE = 0.85;
/** At or above this a match is offered, to be checked; below it the row matches nothing. */
export const CHECK_SCORE = 0.55;

/** The level a score falls in. */
export function matchLevel(score: number): MatchLevel {
	if (score >= SURE_SCORE) return 'sure';
	if (score >= CHECK_SCORE) return 'check';
	return 'none';
}

// Words too common to tell two questions apart.
const STOP_WORDS = new Set(['a', 'an', 'the', 'of', 'to', 'in', 'on', 'for', 'and', 'or', 'is', 'are', 'be', 'by', 'at', 'as', 'it', 'its', 'their', 'they', 'this', 'that', 'with', 'from', 'do', 'does', 'have', 'has']);

/**
 * Text reduced to what carries meaning: lower case, accents and curly quotes
 * gone, every hyphen or dash a space, punctuation dropped, leading numbering
 * ("1.", "2.3", "Q4", "a)") removed, spaces collapsed.
 */
export function normaliseText(text: string): string {
	return text
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.trim()
		.replace(/^(?:q(?:uestion)?\s*\d+[.):]?|\d+(?:\.\d+)+[.):]?|\d+[.):]|\(?[a-z][.)])\s+/, '')
		.replace(/[\u2018\u2019\u02bc`]/g, "'")
		.replace(/'s\b/g, '')
		.replace(/[-\u2010-\u2015\u2212_/]/g, ' ')
		.replace(/[^\p{L}\p{N}\s]/gu, ' ')
		.replace(/\s+/g, ' ')
		.trim();
}

function stem(word: string): string {
	if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
	if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
	return word;
}

/** The meaningful words of a text, stemmed, in order. */
export function wordsOf(text: string): string[] {
	return normaliseText(text)
		.split(' ')
		.filter((w) => w && !STOP_WORDS.has(w))
		.map(stem);
}

function counts(words: readonly string[]): Map<string, number> {
	const map = new Map<string, number>();
	for (const w of words) map.set(w, (map.get(w) ?? 0) + 1);
	return map;
}

/** How much a word counts towards a match (1 unless weighted). */
export type WordWeight = (word: string) => number;

function weighted(words: Map<string, number>, weight: WordWeight): number {
	let total = 0;
	for (const [w, c] of words) total += c * weight(w);
	return total;
}

function sharedWeighted(a: Map<string, number>, b: Map<string, number>, weight: WordWeight): number {
	let total = 0;
	for (const [w, c] of a) total += Math.min(c, b.get(w) ?? 0) * weight(w);
	return total;
}

/**
 * How alike a row's text and a question are, 0 to 1: 1 when they read the
 * same once normalised; otherwise the (weighted) share of words they have in
 * common, or, when the row holds the whole question and a little more (an
 * area title before it), how much of the question it holds.
 */
export function similarity(rowText: string, questionText: string, weight: WordWeight = () => 1): number {
	const a = normaliseText(rowText);
	const b = normaliseText(questionText);
	if (!a || !b) return 0;
	if (a === b) return 1;
	const rowWords = wordsOf(rowText);
	const questionWords = wordsOf(questionText);
	if (rowWords.length === 0 || questionWords.length === 0) return 0;
	const rw = counts(rowWords);
	const qw = counts(questionWords);
	const common = sharedWeighted(rw, qw, weight);
	const rowTotal = weighted(rw, weight);
	const questionTotal = weighted(qw, weight);
	const dice = (2 * common) / (rowTotal + questionTotal);
	const coverage = common / questionTotal;
	// The row holds all of the question and not much else: nearly sure.
	const contained = coverage >= 0.9 && rowWords.length <= questionWords.length * 1.6 ? 0.9 * coverage : 0;
	return Math.round(Math.max(dice, contained) * 100) / 100;
}

/**
 * Word weights for a set of questions: a word found in many of them ("how",
 * "many", "children", "care") tells them apart less than a rare one
 * ("placement", "advocate"), so it counts for less.
 */
export function weightsFor(questions: readonly MatchCandidate[]): WordWeight {
	const df = new Map<string, number>();
	for (const q of questions) for (const w of new Set(wordsOf(q.text))) df.set(w, (df.get(w) ?? 0) + 1);
	const n = Math.max(questions.length, 1);
	return (word) => Math.log(1 + n / (df.get(word) ?? 1)) / Math.log(1 + n);
}

/**
 * The best question for each row, each question given to one row at most:
 * the closest pairs are settled first, so two rows never share a question and
 * a weaker row falls back to its next best. Rows matching nothing above
 * `CHECK_SCORE` get no question.
 */
export function matchRows(rowTexts: readonly string[], questions: readonly MatchCandidate[]): RowMatch[] {
	const weight = weightsFor(questions);
	const pairs: { row: number; question: number; score: number }[] = [];
	rowTexts.forEach((text, row) => {
		questions.forEach((q, question) => {
			const score = similarity(text, q.text, weight);
			if (score >= CHECK_SCORE) pairs.push({ row, question, score });
		});
	});
	// Highest score first; ties go to document order (earlier row, earlier question).
	pairs.sort((x, y) => y.score - x.score || x.row - y.row || x.question - y.question);
	const result: RowMatch[] = rowTexts.map(() => ({ questionId: undefined, score: 0, level: 'none' }));
	const rowTaken = new Set<number>();
	const questionTaken = new Set<number>();
	for (const p of pairs) {
		if (rowTaken.has(p.row) || questionTaken.has(p.question)) continue;
		rowTaken.add(p.row);
		questionTaken.add(p.question);
		result[p.row] = { questionId: questions[p.question]?.id, score: p.score, level: matchLevel(p.score) };
	}
	return result;
}
