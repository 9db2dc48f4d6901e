/**
 * The domain's data shapes. Plain, serialisable objects: what is stored in
 * IndexedDB, what travels in export files and what the renderers read.
 */

/** Stable ids of the seven Corporate Parenting Principles. */
export type PrincipleId =
	| 'best-interests'
	| 'express-views'
	| 'consider-views'
	| 'access-services'
	| 'high-aspirations'
	| 'safe-and-stable'
	| 'prepare-for-adulthood';

/** One Corporate Parenting Principle, with its statutory text. */
export interface Principle {
	id: PrincipleId;
	/** 1 to 7, the order in the Children and Social Work Act 2017, s.1(1). */
	number: number;
	/** Verbatim text of the principle. */
	text: string;
	/** A short label for tight spaces (tags, matrix headings). */
	label: string;
}

/** Where a question set or principle set was published. */
export interface Source {
	title: string;
	publisher: string;
	/** ISO date (yyyy-mm or yyyy-mm-dd) of publication. */
	published: string;
	url: string;
	licence: string;
}

/** One question in a question set, transcribed verbatim. */
export interface FrameworkQuestion {
	/** Stable id: never reused or changed once shipped. */
	id: string;
	text: string;
	/** Page of the source document on which the question is printed. */
	sourcePage: number;
	/** Our proposed mapping to the principles the question bears on. */
	principleIds: PrincipleId[];
	/** Points the source gives to explain the question, summarised in our words. */
	notes?: string[];
}

/** An area of focus: a heading grouping questions. */
export interface FrameworkArea {
	id: string;
	title: string;
	questions: FrameworkQuestion[];
}

/** A published question set (for example the Ombudsman's "Careless" questions). */
export interface Framework {
	id: string;
	title: string;
	shortTitle: string;
	/** Edition label, recorded on every statement that uses the set. */
	edition: string;
	source: Source;
	areas: FrameworkArea[];
}

/** The sector's three-way judgement, plus "not rated". */
export type SelfRating = 'going-well' | 'one-to-watch' | 'area-for-improvement' | 'not-rated';

/** Where an answer is in its drafting. */
export type ResponseStatus = 'not-started' | 'in-progress' | 'ready-for-review' | 'agreed';

/** A named officer who reported an answer, with their job title. */
export interface Reporter {
	name: string;
	designation: string;
}

/** The officer who assembles the statement. */
export interface Coordinator {
	name: string;
	designation: string;
}

/** The question set (and its edition) a statement was written against. */
export interface FrameworkRef {
	id: string;
	edition: string;
}

/** An officer the coordinator has asked to answer some questions. */
export interface Contributor {
	id: string;
	name: string;
	designation: string;
	/** Kept as text only: the app never sends email. */
	email: string;
	questionIds: string[];
}

/**
 * Present on a statement opened from a contribution pack: the reporter's
 * device shows only the pack's questions and sends the answers back.
 */
export interface PackOrigin {
	packId: string;
	contributor: Contributor;
	/** ISO 8601 UTC: when the coordinator made the pack. */
	createdAt: string;
}

/** The statement a follow-up statement was started from, kept as it was then (the earlier one may be deleted later). */
export interface PreviousStatement {
	id: string;
	title: string;
	/** ISO date, yyyy-mm-dd: the earlier panel meeting. */
	meetingDate: string;
}

/** A position statement: the council's answers to one or more question sets for one panel meeting. */
export interface Assessment {
	id: string;
	title: string;
	council: string;
	service: string;
	panel: string;
	/** ISO date, yyyy-mm-dd. */
	meetingDate: string;
	appendixLabel: string;
	coordinator: Coordinator;
	frameworks: FrameworkRef[];
	/** Markdown: the covering report's "opportunities for further scrutiny"; may be empty. */
	furtherScrutiny: string;
	/** Officers asked to answer some of the questions (the coordinator's list). */
	contributors: Contributor[];
	/** Set only when this copy was opened from a contribution pack. */
	pack?: PackOrigin;
	/** Set when this statement was started from an earlier one (the follow-up meeting's): which, and its meeting. */
	previous?: PreviousStatement;
	/** The panel's own areas and questions, placed after the question sets' areas. */
	localAreas: LocalArea[];
	/**
	 * Question sets loaded from a file that this statement uses, kept whole at
	 * the edition chosen, so the statement and its files never depend on what
	 * happens to be loaded on a device.
	 */
	importedSets: Framework[];
	/** ISO 8601 UTC. */
	createdAt: string;
	/** ISO 8601 UTC; the last change to the statement or any of its answers. */
	updatedAt: string;
}

/** Everything about an answer besides its text: what a saved version keeps beside the text. */
export interface AnswerDetails {
	reporters: Reporter[];
	selfRating: SelfRating;
	principleIds: PrincipleId[];
	status: ResponseStatus;
	/** True when the answer is exempt information, left out of the public pack. */
	exempt: boolean;
	/** The exemption relied on, e.g. "Schedule 12A, paragraph 3"; empty when not exempt. */
	exemptionCategory: string;
	/** True when the question does not apply to this council; counts as answered. */
	notApplicable: boolean;
	/** Why it does not apply; required when `notApplicable`. */
	notApplicableReason: string;
	/** Structured figures quoted in the answer (indicator, value, period, comparators). */
	figures: Figure[];
	/** What is being done about it, by whom and by when. */
	actions: ActionItem[];
}

/** The council's answer to one question: its text and its details. */
export interface Response extends AnswerDetails {
	id: string;
	assessmentId: string;
	questionId: string;
	/** Markdown. */
	statement: string;
	/** Increases by one on every save; used to detect a save from another tab. */
	rev: number;
	createdAt: string;
	updatedAt: string;
	updatedBy: string;
}

/** A saved version of an answer. Append-only. */
export interface Revision {
	id: string;
	responseId: string;
	assessmentId: string;
	questionId: string;
	rev: number;
	statement: string;
	/**
	 * The rest of the answer as it was saved with this text. Absent on
	 * versions saved before versions kept the whole answer (text only).
	 */
	details?: AnswerDetails;
	savedAt: string;
	savedBy: string;
}

/** Whether someone using the app is an officer or a councillor. */
export type PersonRole = 'officer' | 'councillor';

/** The person using the app on this device (their local profile). */
export interface Person {
	id: string;
	name: string;
	role: PersonRole;
	/** Job title, for officers; may be empty for councillors. */
	designation: string;
}

/** Who made a note, reply or change: copied onto the record so it travels with files. */
export interface Author {
	name: string;
	role: PersonRole;
	designation: string;
}

/** A question of the panel's own, not from a published set. */
export interface LocalQuestion {
	id: string;
	text: string;
	principleIds: PrincipleId[];
}

/** An area of the panel's own questions (for example its own lines of enquiry). */
export interface LocalArea {
	id: string;
	title: string;
	questions: LocalQuestion[];
}

/** What a figure is compared with. */
export type ComparatorKind = 'statistical-neighbours' | 'england' | 'region' | 'target';

/** One comparator value for a figure. */
export interface Comparator {
	kind: ComparatorKind;
	value: number;
}

/** Direction of travel since the last period. */
export type Direction = 'up' | 'same' | 'down' | 'unknown';

/** An indicator quoted in an answer, with its period, comparators and source. */
export interface Figure {
	id: string;
	indicator: string;
	value: number;
	/** E.g. "%", "children", "days"; may be empty. */
	unit: string;
	/** The period or as-at date, e.g. "2025-26" or "as at 31 March 2026". */
	period: string;
	comparators: Comparator[];
	direction: Direction;
	source: string;
}

/** Where an action has got to. */
export type ActionStatus = 'not-started' | 'on-track' | 'at-risk' | 'done';

/** Something being done, by whom and by when. */
export interface ActionItem {
	id: string;
	text: string;
	owner: string;
	/** ISO date, yyyy-mm-dd; may be empty when not yet set. */
	dueDate: string;
	status: ActionStatus;
}

/** The kinds of challenge note a councillor can make on an answer. */
export type NoteKind = 'question' | 'information' | 'challenge' | 'satisfied';

/** An officer's (or councillor's) reply under a note. */
export interface NoteReply {
	id: string;
	/** Markdown. */
	text: string;
	author: Author;
	createdAt: string;
}

/** A councillor's note on an answer: a question for the meeting, a request, a challenge, or satisfied. */
export interface ChallengeNote {
	id: string;
	assessmentId: string;
	questionId: string;
	kind: NoteKind;
	/** Markdown. */
	text: string;
	author: Author;
	createdAt: string;
	updatedAt: string;
	replies: NoteReply[];
	/** Set when the note has been resolved. */
	resolved?: { at: string; by: Author };
}

/** A recommendation's progress, in the scrutiny monitoring table's words. */
export type RecommendationStatus = 'outstanding' | 'review' | 'complete' | 'rejected';

/** One dated change to a recommendation: kept, never edited. */
export interface RecommendationChange {
	at: string;
	by: Author;
	status: RecommendationStatus;
	/** yyyy-mm when status is 'review'; otherwise empty. */
	reviewMonth: string;
	actionTaken: string;
}

/** A recommendation the panel made at a meeting, tracked until complete. */
export interface Recommendation {
	id: string;
	/** ISO date of the meeting that made it. */
	meetingDate: string;
	/** The agenda item's title. */
	itemTitle: string;
	/** The recommendation (the monitoring table's "Action proposed"). */
	text: string;
	/** The statement it arose from, if any. */
	assessmentId: string | null;
	questionIds: string[];
	/** What officers have done (the monitoring table's "Action taken"). */
	actionTaken: string;
	status: RecommendationStatus;
	/** yyyy-mm when status is 'review' ("Recommend review in March 2027"); otherwise empty. */
	reviewMonth: string;
	/** Every change, oldest first; the first entry is the recommendation as recorded. */
	history: RecommendationChange[];
	createdAt: string;
	updatedAt: string;
}

/** A question set loaded from a file, kept by id and edition. */
export interface StoredQuestionSet {
	id: string;
	edition: string;
	framework: Framework;
	importedAt: string;
}

/** A validation problem tied to a form field, in GOV.UK error-summary style. */
export interface FieldError {
	/** The field's id, so the error summary can link to it. */
	field: string;
	message: string;
}

/** The result of validating user input: either a clean value or the problems found. */
export type Validated<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] };
