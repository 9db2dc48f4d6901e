/**
 * How a shared position statement is split into Yjs documents, and what each
 * may hold. Pure: used by the team server to check every update before it is
 * kept, and by the app's sync module to check what arrives.
 *
 * Each statement has three documents, split by who may read them:
 * - `statement/<id>`: the statement's details, its answers (an exempt answer
 *   only as a "withheld" placeholder) and their saved versions;
 * - `statement/<id>/exempt`: the exempt answers in full, and their saved versions;
 * - `statement/<id>/panel`: councillors' notes and the panel's recommendations,
 *   so councillors write notes without write access to answers.
 *
 * Every document holds top-level Y.Maps of whole records keyed by id: a record
 * travels whole (no character-level merging of answers).
 */

/** Which of a statement's documents. */
export type DocumentKind = 'main' | 'exempt' | 'panel';

/** A document name taken apart. */
export interface DocumentAddress {
	statementId: string;
	kind: DocumentKind;
}

/** The top-level maps each kind of document may hold. */
export const DOCUMENT_MAPS = {
	main: ['assessment', 'responses', 'revisions'],
	exempt: ['responses', 'revisions'],
	panel: ['notes', 'recommendations']
} as const satisfies Record<DocumentKind, readonly string[]>;

/** A map's name in one kind of document. */
export type MapName = (typeof DOCUMENT_MAPS)[DocumentKind][number];

/** The one key of the main document's `assessment` map. */
export const ASSESSMENT_KEY = 'record';

const ID = '[A-Za-z0-9_-]{1,100}';
const NAME = new RegExp(`^statement/(${ID})(?:/(exempt|panel))?$`);

/** The document name for a statement's document of one kind. */
export function documentName(statementId: string, kind: DocumentKind): string {
	return kind === 'main' ? `statement/${statementId}` : `statement/${statementId}/${kind}`;
}

/** All three document names of a statement. */
export function documentNames(statementId: string): string[] {
	return (['main', 'exempt', 'panel'] as const).map((kind) => documentName(statementId, kind));
}

/** Takes a document name apart, or undefined when it is not one of ours. */
export function parseDocumentName(name: string): DocumentAddress | undefined {
	const match = NAME.exec(name);
	if (!match || match[1] === undefined) return undefined;
	const kind = match[2];
	return { statementId: match[1], kind: kind === 'exempt' || kind === 'panel' ? kind : 'main' };
}

/** True when a statement id can be used in a document name. */
export function isShareableId(id: string): boolean {
	return new RegExp(`^${ID}$`).test(id);
}
