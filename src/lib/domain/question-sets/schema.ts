import * as v from 'valibot';
import { principles } from '../frameworks/principles.ts';

/**
 * A question set loaded from a file, so a council can use the Ombudsman's
 * next focus report without a new release of the app. docs/question-set-format.md
 * describes it; `readQuestionSetFile` checks it.
 */

export const QUESTION_SET_FILE_TYPE = 'scrutiny-question-set';
export const QUESTION_SET_FORMAT_VERSION = 1;

/** The largest question-set file the app reads, in bytes: far above any real set (the LGA/NCB set's 83 questions take 20 kB). */
export const MAX_QUESTION_SET_BYTES = 5 * 1024 * 1024;

const text = (max: number) => v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(max));
const id = v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]{0,99}$/, 'expected an id of lower-case letters, digits and hyphens'));

const QuestionSchema = v.object({
	id,
	text: text(2000),
	sourcePage: v.pipe(v.number(), v.integer(), v.minValue(0)),
	principleIds: v.array(v.picklist(principles.map((p) => p.id))),
	notes: v.optional(v.array(text(2000)))
});

const AreaSchema = v.object({
	id,
	title: text(300),
	questions: v.pipe(v.array(QuestionSchema), v.minLength(1, 'every area needs at least one question'))
});

/** The question set itself: the same shape as the sets the app ships. */
export const FrameworkSchema = v.object({
	id,
	title: text(300),
	shortTitle: text(100),
	edition: text(50),
	source: v.object({
		title: text(500),
		publisher: text(200),
		published: v.pipe(v.string(), v.regex(/^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/, 'expected a date written yyyy-mm or yyyy-mm-dd')),
		url: v.pipe(v.string(), v.url('expected a web address starting https://')),
		licence: text(200)
	}),
	areas: v.pipe(v.array(AreaSchema), v.minLength(1, 'a question set needs at least one area'))
});

/** The file envelope. */
export const QuestionSetFileSchema = v.object({
	type: v.literal(QUESTION_SET_FILE_TYPE),
	formatVersion: v.literal(QUESTION_SET_FORMAT_VERSION),
	data: FrameworkSchema
});

export type QuestionSetFile = v.InferOutput<typeof QuestionSetFileSchema>;
