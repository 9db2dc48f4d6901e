import type { Assessment } from '../types.ts';
import { CURRENT_FORMAT_VERSION, FILE_TYPES } from './constants.ts';
import type { ExchangeFile, BackupFile, NotesFile, StatementFile } from './schema.ts';

/** A stored setting, as it travels in a backup. */
export interface SettingRecord {
	key: string;
	value: unknown;
}

/** Wraps one statement, its answers and their history in a file envelope. */
export function statementFile(
	content: StatementFile['data'],
	exportedAt: string,
	appVersion: string
): StatementFile {
	return { type: FILE_TYPES.statement, formatVersion: CURRENT_FORMAT_VERSION, exportedAt, appVersion, data: content };
}

/** Wraps everything on the device in a backup envelope. */
export function backupFile(
	content: BackupFile['data'],
	exportedAt: string,
	appVersion: string
): BackupFile {
	return { type: FILE_TYPES.backup, formatVersion: CURRENT_FORMAT_VERSION, exportedAt, appVersion, data: content };
}

/** Wraps a councillor's notes on one statement in a notes-file envelope. */
export function notesFile(content: NotesFile['data'], exportedAt: string, appVersion: string): NotesFile {
	return { type: FILE_TYPES.notes, formatVersion: CURRENT_FORMAT_VERSION, exportedAt, appVersion, data: content };
}

/** The file's text: JSON, indented so a person can read it. */
export function serialise(file: ExchangeFile): string {
	return `${JSON.stringify(file, null, 2)}\n`;
}

/** A safe lower-case file name part: "Anytown Borough Council" → "anytown-borough-council". */
export function slug(text: string): string {
	return (
		text
			.normalize('NFKD')
			.replace(/[\u0300-\u036f]/g, '')
			.toLowerCase()
			.replace(/&/g, ' and ')
			.replace(/[^a-z0-9]+/g, '-')
			.replace(/^-+|-+$/g, '')
			.slice(0, 60) || 'untitled'
	);
}

/** `<council>-<panel>-<yyyy-mm-dd>-position-statement.json` */
export function statementFileName(a: Pick<Assessment, 'council' | 'panel' | 'meetingDate'>): string {
	return `${slug(a.council)}-${slug(a.panel)}-${a.meetingDate}-position-statement.json`;
}

/** `position-statements-backup-<yyyy-mm-dd>.json` */
export function backupFileName(exportedAt: string): string {
	return `position-statements-backup-${exportedAt.slice(0, 10)}.json`;
}

/** `<council>-<panel>-<yyyy-mm-dd>-notes-<name>.json` */
export function notesFileName(a: Pick<Assessment, 'council' | 'panel' | 'meetingDate'>, authorName: string): string {
	return `${slug(a.council)}-${slug(a.panel)}-${a.meetingDate}-notes-${slug(authorName)}.json`;
}

/** `<council>-<panel>-<yyyy-mm-dd>-questions-for-the-meeting.pdf` */
export function meetingQuestionsFileName(a: Pick<Assessment, 'council' | 'panel' | 'meetingDate'>): string {
	return `${slug(a.council)}-${slug(a.panel)}-${a.meetingDate}-questions-for-the-meeting.pdf`;
}
