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

/** The largest statement, pack or notes file the app will read, in bytes: far above any real statement. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

/**
 * The largest backup the app will read, in bytes. A backup holds every
 * statement on a device with every saved version of every answer, so a
 * council's years of work can pass 50 MB; this still parses in a browser
 * on an ordinary laptop.
 */
export const MAX_BACKUP_BYTES = 250 * 1024 * 1024;

/** The file name ending used for every exchange file. */
export const FILE_EXTENSION = '.json';
