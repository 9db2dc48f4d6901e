/**
 * The exchange files' fixed names and numbers, in one place. Every file is a
 * JSON envelope `{ type, formatVersion, exportedAt, appVersion, data }`.
 */

/** The kinds of file the app writes and reads. */
export const FILE_TYPES = {
	statement: 'scrutiny-position-statement',
	pack: 'scrutiny-contribution-pack',
	backup: 'scrutiny-backup',
	/** A councillor's notes on one statement, for the officer to merge in without touching the answers. */
	notes: 'scrutiny-notes'
} as const;

/** One of the file kinds. */
export type FileType = (typeof FILE_TYPES)[keyof typeof FILE_TYPES];

/**
 * The format version this app writes. Raise it when the shape of `data`
 * changes, and add a step to `upgrades.ts` that turns the previous version
 * into this one; files from newer versions are refused.
 */
export const CURRENT_FORMAT_VERSION = 3;

/** The largest file the app will read, in bytes: far above any real statement or backup. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

/** The file name ending used for every exchange file. */
export const FILE_EXTENSION = '.json';
