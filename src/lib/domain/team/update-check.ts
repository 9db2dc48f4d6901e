import * as Y from 'yjs';
import { DOCUMENT_MAPS, type DocumentKind } from './documents.ts';
import { checkRecordChange, type Refusal } from './record-rules.ts';
import type { Access } from './roles.ts';

/**
 * Checks a Yjs update against a shared statement's document before it is
 * kept: it is applied to a copy, and every record it adds, changes or removes
 * must pass `checkRecordChange`. Nothing is applied to `doc` itself.
 */

/** Who sends the update, to which statement's document, and the size allowed. */
export interface UpdateCheckContext {
	statementId: string;
	kind: DocumentKind;
	access: Access;
	/** The signed-in person's name, which their notes and replies carry. */
	personName: string;
	/** The document's size limit once the update is applied, in bytes of encoded Yjs state. */
	maxDocumentBytes: number;
}

/** Returns why the update is refused, or undefined when it may be applied. */
export function checkUpdate(doc: Y.Doc, update: Uint8Array, context: UpdateCheckContext): Refusal {
	const maps = DOCUMENT_MAPS[context.kind] as readonly string[];
	const copy = new Y.Doc();
	// Typed before the update arrives, so a root the update invents stays untyped and is refused.
	for (const name of maps) copy.getMap(name);
	Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));

	const changed = new Map<string, Set<string>>();
	let foreign: string | undefined;
	copy.on('afterTransaction', (transaction: Y.Transaction) => {
		for (const [type, keys] of transaction.changed) {
			const name = rootName(copy, type);
			if (name === undefined || !maps.includes(name) || !(type instanceof Y.Map)) {
				foreign ??= name === undefined ? 'records must be plain values, not nested shared types' : `this document holds no ${name}`;
				continue;
			}
			const set = changed.get(name) ?? new Set<string>();
			for (const key of keys) {
				if (key === null) foreign ??= `${name} holds records by key only`;
				else set.add(key);
			}
			changed.set(name, set);
		}
	});
	try {
		Y.applyUpdate(copy, update);
	} catch {
		return 'the update cannot be read';
	}
	if (foreign) return foreign;

	for (const [map, keys] of changed) {
		for (const key of keys) {
			const after = copy.getMap(map).get(key);
			if (after instanceof Y.AbstractType) return `${map} ${JSON.stringify(key)}: records must be plain values, not nested shared types`;
			const before = doc.share.has(map) ? doc.getMap(map).get(key) : undefined;
			if (before === undefined && after === undefined) continue;
			const refusal = checkRecordChange(
				{ map, key, before, after },
				{ ...context, current: (m, k) => (maps.includes(m) ? copy.getMap(m).get(k) : undefined) }
			);
			if (refusal) return refusal;
		}
	}
	const size = Y.encodeStateAsUpdate(copy).byteLength;
	if (size > context.maxDocumentBytes) return `the document would be ${size} bytes, over its limit of ${context.maxDocumentBytes}`;
	return undefined;
}

function rootName(doc: Y.Doc, type: object): string | undefined {
	if (!(type instanceof Y.AbstractType) || type._item !== null) return undefined;
	for (const [name, root] of doc.share) if (root === type) return name;
	return undefined;
}
