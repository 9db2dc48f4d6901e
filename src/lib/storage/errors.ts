import type { FieldError, Response } from '../domain/types.ts';

/** Thrown when input fails validation; nothing was written. */
export class ValidationError extends Error {
	constructor(readonly errors: FieldError[]) {
		super(errors.map((e) => e.message).join('; '));
		this.name = 'ValidationError';
	}
}

/**
 * Thrown when the record to change no longer exists (deleted in another tab,
 * say). Not named "NotFoundError": Dexie turns errors with DOMException names
 * into its own types, and callers could no longer recognise it.
 */
export class MissingRecordError extends Error {
	constructor(what: string) {
		super(`${what} no longer exists on this device`);
		this.name = 'MissingRecordError';
	}
}

/**
 * Thrown when an answer was saved elsewhere (another tab or window) after
 * this editor loaded it. Nothing was written; `theirs` is what is stored now.
 */
export class ConflictError extends Error {
	constructor(readonly theirs: Response) {
		super('This answer was changed in another tab or window');
		this.name = 'ConflictError';
	}
}

/**
 * Thrown when something that records its author (a note, a reply, a
 * recommendation change) is asked for before anyone has said who is using
 * this device. Nothing was written.
 */
export class NoProfileError extends Error {
	constructor() {
		super('Say who is using this device first, so your name can be recorded');
		this.name = 'NoProfileError';
	}
}

/** Thrown when the person using this device may not make this change (another person's note, say). Nothing was written. */
export class NotAllowedError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'NotAllowedError';
	}
}

/** Thrown when a record was changed elsewhere after the user opened it. Nothing was written. */
export class ChangedElsewhereError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'ChangedElsewhereError';
	}
}

/** Why a write to the device's storage failed, in words a user can act on. */
export type StorageProblem = 'full' | 'closed' | 'unavailable' | 'unknown';

function names(error: unknown): string[] {
	const found: string[] = [];
	let e: unknown = error;
	// Dexie wraps the browser's error (for example an AbortError whose
	// `inner` is the QuotaExceededError), so look down the chain.
	for (let depth = 0; e && typeof e === 'object' && depth < 5; depth += 1) {
		const named = e as { name?: unknown; inner?: unknown; message?: unknown };
		if (typeof named.name === 'string') found.push(named.name);
		if (typeof named.message === 'string' && /quota/i.test(named.message)) found.push('QuotaExceededError');
		e = named.inner;
	}
	return found;
}

/** Classifies a storage failure from Dexie or the browser. */
export function storageProblem(error: unknown): StorageProblem {
	const all = names(error);
	if (all.includes('QuotaExceededError')) return 'full';
	if (all.includes('DatabaseClosedError') || all.includes('VersionChangeError') || all.includes('InvalidStateError')) {
		return 'closed';
	}
	if (all.includes('MissingAPIError') || all.includes('OpenFailedError') || all.includes('UnknownError')) {
		return 'unavailable';
	}
	return 'unknown';
}

/** What to tell the user when a save fails, by cause. */
export function storageProblemMessage(problem: StorageProblem): string {
	switch (problem) {
		case 'full':
			return "Your device's storage is full, so this could not be saved. Copy your text somewhere safe, then free up space.";
		case 'closed':
			return 'The app was updated in another tab, so this tab can no longer save. Copy your text, then reload the page.';
		case 'unavailable':
			return 'This browser is not letting the app store data (private browsing can do this). Copy your text somewhere safe.';
		case 'unknown':
			return 'Something went wrong and this could not be saved. Copy your text somewhere safe, then try again.';
	}
}
