import type { FieldError } from '$lib/domain/types.ts';
import { MissingRecordError, NotAllowedError, ValidationError, storageProblem, storageProblemMessage } from '$lib/storage/errors.ts';
import { RemovalRefusedError } from '$lib/storage/local-questions.ts';

/**
 * What a failed change to the panel's own questions shows in the error
 * summary: the fields' own messages when the input was refused, otherwise
 * one message linked to `field` (the button to try again). Nothing was saved.
 */
export function failureErrors(error: unknown, field: string, what: string): FieldError[] {
	if (error instanceof ValidationError) return error.errors;
	if (error instanceof RemovalRefusedError) return error.refusals.map((r) => ({ field, message: r.message }));
	if (error instanceof MissingRecordError) return [{ field, message: `${what} could not be saved. ${error.message}: it may have been removed in another tab.` }];
	if (error instanceof NotAllowedError) return [{ field, message: error.message }];
	return [{ field, message: `${what} could not be saved. ${storageProblemMessage(storageProblem(error))}` }];
}
