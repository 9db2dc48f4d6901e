import { getDatabase } from './db.ts';

/**
 * What was typed into a form that has not been submitted yet, kept in the
 * `settings` table under `form-draft:<key>` so a reload, a crash or a closed
 * tab does not lose it. A draft is not the record itself: the form's own
 * save still validates and writes it; the draft is cleared after that.
 */
export interface FormDraftRecord {
	/** When the draft was last written (ISO timestamp). */
	savedAt: string;
	fields: Record<string, unknown>;
}

const PREFIX = 'form-draft:';

/** Stores a form's fields as its draft, replacing any earlier one. */
export async function saveFormDraft(key: string, fields: Record<string, unknown>, now = new Date()): Promise<FormDraftRecord> {
	const record: FormDraftRecord = { savedAt: now.toISOString(), fields };
	await getDatabase().settings.put({ key: PREFIX + key, value: record });
	return record;
}

/** The form's draft, or undefined when there is none (or what is stored is not a draft). */
export async function readFormDraft(key: string): Promise<FormDraftRecord | undefined> {
	const row = await getDatabase().settings.get(PREFIX + key);
	const value = row?.value;
	if (typeof value !== 'object' || value === null) return undefined;
	const { savedAt, fields } = value as Record<string, unknown>;
	if (typeof savedAt !== 'string' || typeof fields !== 'object' || fields === null || Array.isArray(fields)) return undefined;
	return { savedAt, fields: fields as Record<string, unknown> };
}

/** Removes the form's draft, if any. */
export async function clearFormDraft(key: string): Promise<void> {
	await getDatabase().settings.delete(PREFIX + key);
}
