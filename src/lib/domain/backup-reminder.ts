/** How long edits may go without a backup before the app suggests one. */
export const BACKUP_REMINDER_DAYS = 7;

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * True when there are edits not in any backup and the oldest of them is more
 * than a week old: a gentle nudge, not a nag after every change.
 */
export function backupIsDue(status: { lastBackup?: string; lastEdit?: string; firstEdit?: string }, now: Date): boolean {
	if (!status.lastEdit) return false;
	if (status.lastBackup && status.lastEdit <= status.lastBackup) return false;
	const since = status.lastBackup ?? status.firstEdit ?? status.lastEdit;
	return now.getTime() - Date.parse(since) > BACKUP_REMINDER_DAYS * DAY_MS;
}
