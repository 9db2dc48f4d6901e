import * as v from 'valibot';
import { principles } from '../frameworks/principles.ts';
import { FrameworkSchema } from '../question-sets/schema.ts';
import { responseStatuses, selfRatings } from '../response.ts';
import { CURRENT_FORMAT_VERSION, FILE_TYPES } from './constants.ts';

/**
 * The one definition of what an exchange file may contain. The app's import,
 * `npm run validate` and the published JSON Schema (docs/export-format.schema.json)
 * all come from these schemas.
 */

const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const name = v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(200));
const id = v.pipe(v.string(), v.minLength(1), v.maxLength(100));
const timestamp = v.pipe(v.string(), v.isoTimestamp());
const count = v.pipe(v.number(), v.integer(), v.minValue(0));

const principleId = v.picklist(principles.map((p) => p.id));
const selfRating = v.picklist(selfRatings.map((r) => r.value));
const status = v.picklist(responseStatuses.map((s) => s.value));

/** An officer asked to answer some questions. */
export const ContributorSchema = v.object({
	id,
	name,
	designation: name,
	email: text(200),
	questionIds: v.array(id)
});

/** Where a reporter's copy of a statement came from. */
export const PackOriginSchema = v.object({ packId: id, contributor: ContributorSchema, createdAt: timestamp });

const principleIds = v.array(principleId);
const isoDateOrEmpty = v.union([v.literal(''), v.pipe(v.string(), v.isoDate())]);
const finite = v.pipe(v.number(), v.finite());

/** Who made a note, reply or change. */
export const AuthorSchema = v.object({ name, role: v.picklist(['officer', 'councillor']), designation: text(200) });

/** The panel's own area of questions. */
export const LocalAreaSchema = v.object({
	id,
	title: name,
	questions: v.array(v.object({ id, text: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(2000)), principleIds }))
});

/** An indicator quoted in an answer. */
export const FigureSchema = v.object({
	id,
	indicator: name,
	value: finite,
	unit: text(50),
	period: text(100),
	comparators: v.array(
		v.object({ kind: v.picklist(['statistical-neighbours', 'england', 'region', 'target']), value: finite })
	),
	direction: v.picklist(['up', 'same', 'down', 'unknown']),
	source: text(500)
});

/** An action on an answer. */
export const ActionItemSchema = v.object({
	id,
	text: v.pipe(v.string(), v.minLength(1), v.maxLength(2000)),
	owner: text(200),
	dueDate: isoDateOrEmpty,
	status: v.picklist(['not-started', 'on-track', 'at-risk', 'done'])
});

/** A councillor's note on an answer, with replies. */
export const ChallengeNoteSchema = v.object({
	id,
	assessmentId: id,
	questionId: id,
	kind: v.picklist(['question', 'information', 'challenge', 'satisfied']),
	text: v.pipe(v.string(), v.minLength(1), v.maxLength(20_000)),
	author: AuthorSchema,
	createdAt: timestamp,
	updatedAt: timestamp,
	replies: v.array(
		v.object({ id, text: v.pipe(v.string(), v.minLength(1), v.maxLength(20_000)), author: AuthorSchema, createdAt: timestamp })
	),
	resolved: v.optional(v.object({ at: timestamp, by: AuthorSchema }))
});

const recommendationStatus = v.picklist(['outstanding', 'review', 'complete', 'rejected']);
const reviewMonth = v.union([v.literal(''), v.pipe(v.string(), v.regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'expected a month written yyyy-mm'))]);

/** A panel recommendation and its dated changes. */
export const RecommendationSchema = v.object({
	id,
	meetingDate: v.pipe(v.string(), v.isoDate()),
	itemTitle: name,
	text: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(20_000)),
	assessmentId: v.nullable(id),
	questionIds: v.array(id),
	actionTaken: text(20_000),
	status: recommendationStatus,
	reviewMonth,
	history: v.array(
		v.object({ at: timestamp, by: AuthorSchema, status: recommendationStatus, reviewMonth, actionTaken: text(20_000) })
	),
	createdAt: timestamp,
	updatedAt: timestamp
});

/** A statement's details. */
export const AssessmentSchema = v.object({
	id,
	title: name,
	council: name,
	service: name,
	panel: name,
	meetingDate: v.pipe(v.string(), v.isoDate()),
	appendixLabel: name,
	coordinator: v.object({ name, designation: name }),
	frameworks: v.pipe(v.array(v.object({ id, edition: text(50) })), v.minLength(1)),
	furtherScrutiny: text(200_000),
	contributors: v.array(ContributorSchema),
	pack: v.optional(PackOriginSchema),
	previous: v.optional(v.object({ id, title: name, meetingDate: v.pipe(v.string(), v.isoDate()) })),
	localAreas: v.array(LocalAreaSchema),
	importedSets: v.array(FrameworkSchema),
	createdAt: timestamp,
	updatedAt: timestamp
});

/** Everything about an answer besides its text; a saved version keeps it too (format version 3 on). Reporters may be half-filled: the app saves what was typed. */
export const AnswerDetailsSchema = v.object({
	reporters: v.array(v.object({ name: text(200), designation: text(200) })),
	selfRating,
	principleIds,
	status,
	exempt: v.boolean(),
	exemptionCategory: text(200),
	notApplicable: v.boolean(),
	notApplicableReason: text(2000),
	figures: v.array(FigureSchema),
	actions: v.array(ActionItemSchema)
});

/** One answer: its text and details. */
export const ResponseSchema = v.object({
	id,
	assessmentId: id,
	questionId: id,
	statement: text(200_000),
	...AnswerDetailsSchema.entries,
	rev: v.pipe(count, v.minValue(1)),
	createdAt: timestamp,
	updatedAt: timestamp,
	updatedBy: text(200)
});

/**
 * One saved version of an answer: its text and, from format version 3, the
 * rest of the answer as it was then. A version without `details` kept only
 * its text (saved by an earlier release).
 */
export const RevisionSchema = v.object({
	id,
	responseId: id,
	assessmentId: id,
	questionId: id,
	rev: v.pipe(count, v.minValue(1)),
	statement: text(200_000),
	details: v.optional(AnswerDetailsSchema),
	savedAt: timestamp,
	savedBy: text(200)
});

/** The person using the app on a device. */
export const PersonSchema = v.object({
	id,
	name,
	role: v.picklist(['officer', 'councillor']),
	designation: text(200)
});

/** A stored setting. */
export const SettingSchema = v.object({ key: text(100), value: v.unknown() });

const envelope = <T extends string, D extends v.GenericSchema>(type: T, data: D) =>
	v.object({
		type: v.literal(type),
		formatVersion: v.literal(CURRENT_FORMAT_VERSION),
		exportedAt: timestamp,
		appVersion: text(50),
		data
	});

/** A position statement with its answers and their history: what one officer sends another. */
export const StatementFileSchema = envelope(
	FILE_TYPES.statement,
	v.object({
		assessment: AssessmentSchema,
		responses: v.array(ResponseSchema),
		revisions: v.array(RevisionSchema),
		notes: v.array(ChallengeNoteSchema),
		recommendations: v.array(RecommendationSchema)
	})
);

/**
 * A contribution pack: the statement's details and just one reporter's
 * questions, sent to the reporter and sent back with their answers.
 */
export const PackFileSchema = envelope(
	FILE_TYPES.pack,
	v.object({
		pack: PackOriginSchema,
		/** Present only on the reporter's answers sent back: when she saved them. A pack without it has not been answered. */
		returnedAt: v.optional(timestamp),
		assessment: AssessmentSchema,
		responses: v.array(ResponseSchema),
		revisions: v.array(RevisionSchema)
	})
);

/** Everything on one device. */
export const BackupFileSchema = envelope(
	FILE_TYPES.backup,
	v.object({
		assessments: v.array(AssessmentSchema),
		responses: v.array(ResponseSchema),
		revisions: v.array(RevisionSchema),
		notes: v.array(ChallengeNoteSchema),
		recommendations: v.array(RecommendationSchema),
		people: v.array(PersonSchema),
		settings: v.array(SettingSchema),
		/** Question sets loaded from files on the device (the library; statements carry their own copies). */
		questionSets: v.array(v.object({ id: FrameworkSchema.entries.id, edition: FrameworkSchema.entries.edition, framework: FrameworkSchema, importedAt: v.pipe(v.string(), v.isoTimestamp()) }))
	})
);

/**
 * A councillor's notes on one statement (and the notes they replied to):
 * merged into the statement on the officer's device without touching answers.
 */
export const NotesFileSchema = envelope(
	FILE_TYPES.notes,
	v.object({
		assessmentId: id,
		/** The statement's title, so a file for a statement not on the device can be named. */
		assessmentTitle: name,
		notes: v.array(ChallengeNoteSchema)
	})
);

/** Any file the app reads, told apart by `type`. */
export const ExchangeFileSchema = v.variant('type', [StatementFileSchema, PackFileSchema, BackupFileSchema, NotesFileSchema]);

/** A statement file, as validated. */
export type StatementFile = v.InferOutput<typeof StatementFileSchema>;
/** A contribution pack, as validated. */
export type PackFile = v.InferOutput<typeof PackFileSchema>;
/** A backup file, as validated. */
export type BackupFile = v.InferOutput<typeof BackupFileSchema>;
/** A councillor's notes file, as validated. */
export type NotesFile = v.InferOutput<typeof NotesFileSchema>;
/** Any validated file. */
export type ExchangeFile = v.InferOutput<typeof ExchangeFileSchema>;
