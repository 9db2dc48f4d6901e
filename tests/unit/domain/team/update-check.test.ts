import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
	DOCUMENT_MAPS,
	documentName,
	documentNames,
	isShareableId,
	parseDocumentName,
	type DocumentKind
} from '../../../../src/lib/domain/team/documents.ts';
import { documentPermission, type Access } from '../../../../src/lib/domain/team/roles.ts';
import { checkUpdate, type UpdateCheckContext } from '../../../../src/lib/domain/team/update-check.ts';
import { assessment, note, response, revision } from '../../../server/support/records.ts';

/**
 * checkUpdate as the team server uses it: the server holds a document, a
 * person's app (its own Y.Doc, synced from the server's) makes a change and
 * sends the difference as a Yjs update, and the server decides whether to
 * keep it. Also the document names and the permission table that decide
 * who connects to which document.
 */

const STATEMENT = 'st-2026-anytown';
const coordinator: Access = { role: 'coordinator', exempt: true };
const editor: Access = { role: 'edit', exempt: false };
const exemptEditor: Access = { role: 'edit', exempt: true };
const commenter: Access = { role: 'comment', exempt: false };

const open = response(STATEMENT, 'q1', 'Placement stability is 68% (Q2 2026/27), SN 70%.');
const exempt = response(STATEMENT, 'q2', 'The provider named in Part 2 has a deficit of £1.2m', { exempt: true, exemptionCategory: 'Schedule 12A, paragraph 3' });

function context(access: Access, kind: DocumentKind = 'main', maxDocumentBytes = 1024 * 1024, personName = 'Cllr Jo Bloggs'): UpdateCheckContext {
	return { statementId: STATEMENT, kind, access, personName, maxDocumentBytes };
}

/** The server's copy of the main document: details, one open answer and its saved version. */
function serverMain(): Y.Doc {
	const doc = new Y.Doc();
	doc.transact(() => {
		doc.getMap('assessment').set('record', assessment(STATEMENT));
		doc.getMap('responses').set(open.id, open);
		doc.getMap('revisions').set(`${open.id}-r1`, revision(open));
	});
	return doc;
}

/**
 * What a person's app sends: its own Y.Doc, synced from the server's state
 * first, changed by `edit`, and the difference encoded against the server.
 */
function updateFrom(server: Y.Doc, edit: (doc: Y.Doc) => void): Uint8Array {
	const app = new Y.Doc();
	Y.applyUpdate(app, Y.encodeStateAsUpdate(server));
	app.transact(() => edit(app));
	return Y.encodeStateAsUpdate(app, Y.encodeStateVector(server));
}

/** Puts an answer under its id, as the app does. */
function putAnswer(doc: Y.Doc, answer: ReturnType<typeof response>): void {
	doc.getMap('responses').set(answer.id, answer);
}

/** Everything a document holds, to show checkUpdate left it alone. */
function snapshot(doc: Y.Doc): { state: string; roots: string[]; json: unknown } {
	return {
		state: Buffer.from(Y.encodeStateAsUpdate(doc)).toString('base64'),
		roots: [...doc.share.keys()].sort(),
		json: Object.fromEntries([...doc.share.keys()].map((name) => [name, doc.getMap(name).toJSON()]))
	};
}

describe('an update from a second Y.Doc', () => {
	it('is accepted when every record it touches passes, and then applies as checked', () => {
		const server = serverMain();
		const added = response(STATEMENT, 'q3', 'A new answer from a reporter');
		const update = updateFrom(server, (app) => {
			app.getMap('responses').set(added.id, added);
			app.getMap('revisions').set(`${added.id}-r1`, revision(added));
		});
		expect(checkUpdate(server, update, context(editor))).toBeUndefined();
		Y.applyUpdate(server, update);
		expect(server.getMap('responses').get(added.id)).toEqual(added);
	});

	it('is refused for a change the person may not make, naming the map and key', () => {
		const server = serverMain();
		const update = updateFrom(server, (app) => app.getMap('assessment').set('record', assessment(STATEMENT, { title: 'Renamed by a reporter' })));
		expect(checkUpdate(server, update, context(editor))).toBe(`assessment "record": only the coordinator changes the statement's details`);
		expect(checkUpdate(server, update, context(coordinator))).toBeUndefined();
	});

	it('is refused whole when one of its records fails, and names that record', () => {
		const server = serverMain();
		const good = response(STATEMENT, 'q4', 'A good answer');
		const update = updateFrom(server, (app) => {
			app.getMap('responses').set(good.id, good);
			app.getMap('revisions').set('misfiled', revision(good));
		});
		expect(checkUpdate(server, update, context(editor))).toBe('revisions "misfiled": is kept under a key other than its id');
	});

	it('reports a removal under the key removed', () => {
		const server = serverMain();
		const update = updateFrom(server, (app) => app.getMap('responses').delete(open.id));
		expect(checkUpdate(server, update, context(coordinator))).toBe(`responses "${open.id}": answers are never removed`);
	});

	it('compares a changed record with what the server held before', () => {
		const server = serverMain();
		const key = `${open.id}-r1`;
		const rewrite = updateFrom(server, (app) => app.getMap('revisions').set(key, { ...revision(open), statement: 'Rewritten history' }));
		expect(checkUpdate(server, rewrite, context(coordinator))).toBe(`revisions "${key}": a saved version is never changed`);
		const same = updateFrom(server, (app) => app.getMap('revisions').set(key, revision(open)));
		expect(checkUpdate(server, same, context(coordinator))).toBeUndefined();
	});

	it('judges a removal by the document as the whole update leaves it', () => {
		// Marking an answer exempt: its placeholder and the removal of its versions come in one update.
		const server = serverMain();
		const key = `${open.id}-r1`;
		const placeholder = { id: open.id, assessmentId: STATEMENT, questionId: open.questionId, withheld: true, updatedAt: open.updatedAt };
		const markExempt = updateFrom(server, (app) => {
			app.getMap('responses').set(open.id, placeholder);
			app.getMap('revisions').delete(key);
		});
		expect(checkUpdate(server, markExempt, context(exemptEditor))).toBeUndefined();
		// The versions alone, with the answer still open, may not go.
		const removeOnly = updateFrom(server, (app) => app.getMap('revisions').delete(key));
		expect(checkUpdate(server, removeOnly, context(exemptEditor))).toBe(`revisions "${key}": saved versions are never removed`);
	});

	it('cannot smuggle a record in ahead of the change it depends on', () => {
		const server = serverMain();
		const app = new Y.Doc();
		Y.applyUpdate(app, Y.encodeStateAsUpdate(server));
		const harmless = response(STATEMENT, 'q5', 'An innocent answer');
		app.getMap('responses').set(harmless.id, harmless);
		const first = Y.encodeStateAsUpdate(app, Y.encodeStateVector(server));
		const afterFirst = Y.encodeStateVector(app);
		const foreign = response('st-2026-elsewhere', 'q6', 'Another statement’s answer');
		app.getMap('responses').set(foreign.id, foreign);
		const second = Y.encodeStateAsUpdate(app, afterFirst);

		// Sent first, the forbidden record waits for the change before it and changes nothing yet...
		expect(checkUpdate(server, second, context(editor))).toBeUndefined();
		Y.applyUpdate(server, second);
		expect(server.getMap('responses').has(foreign.id)).toBe(false);
		// ...and the harmless change that would let it in is refused for it.
		expect(checkUpdate(server, first, context(editor))).toBe(`responses "${foreign.id}": belongs to another statement`);
		// Without the waiting record, the same change is accepted.
		expect(checkUpdate(serverMain(), first, context(editor))).toBeUndefined();
	});

	it('refuses a replacement at once, even when the new record must wait', () => {
		// Replacing a record deletes the old one, and a deletion applies at once.
		const server = serverMain();
		const app = new Y.Doc();
		Y.applyUpdate(app, Y.encodeStateAsUpdate(server));
		putAnswer(app, response(STATEMENT, 'q7', 'Unsent'));
		const afterFirst = Y.encodeStateVector(app);
		app.getMap('assessment').set('record', assessment(STATEMENT, { title: 'Renamed by a reporter' }));
		const second = Y.encodeStateAsUpdate(app, afterFirst);
		expect(checkUpdate(server, second, context(editor))).toBe(`assessment "record": only the coordinator changes the statement's details`);
	});
});

describe('what an update may hold', () => {
	it('refuses a nested Y.Map as a record', () => {
		const server = serverMain();
		const empty = updateFrom(server, (app) => app.getMap('responses').set('nested', new Y.Map()));
		expect(checkUpdate(server, empty, context(coordinator))).toMatch(/records must be plain values, not nested shared types/);
		const filled = updateFrom(server, (app) => {
			const nested = new Y.Map<unknown>();
			app.getMap('responses').set(open.id, nested);
			nested.set('statement', 'Typed into a shared map');
		});
		expect(checkUpdate(server, filled, context(coordinator))).toMatch(/records must be plain values, not nested shared types/);
	});

	it('refuses a nested Y.Text inside a record map', () => {
		const server = serverMain();
		const update = updateFrom(server, (app) => {
			const text = new Y.Text();
			app.getMap('revisions').set('text', text);
			text.insert(0, 'characters');
		});
		expect(checkUpdate(server, update, context(coordinator))).toMatch(/records must be plain values, not nested shared types/);
	});

	it('refuses a root the document does not hold', () => {
		const server = serverMain();
		const secrets = updateFrom(server, (app) => app.getMap('secrets').set('x', 1));
		expect(checkUpdate(server, secrets, context(coordinator))).toBe('this document holds no secrets');
		// A root that belongs in another kind of document.
		const notes = updateFrom(server, (app) => app.getMap('notes').set('n', note(STATEMENT, 'q1', 'A note in the wrong place')));
		expect(checkUpdate(server, notes, context(coordinator))).toBe('this document holds no notes');
		const array = updateFrom(server, (app) => app.getArray('list').push(['x']));
		expect(checkUpdate(server, array, context(coordinator))).toBe('this document holds no list');
	});

	it('refuses a record map written as a list', () => {
		const server = new Y.Doc();
		const app = new Y.Doc();
		app.getArray('responses').push([open]);
		expect(checkUpdate(server, Y.encodeStateAsUpdate(app), context(coordinator))).toBe('responses holds records by key only');
	});

	it('refuses bytes that are not an update', () => {
		const server = serverMain();
		expect(checkUpdate(server, new Uint8Array([255, 255, 255, 255, 1, 2, 3]), context(coordinator))).toBe('the update cannot be read');
	});

	it('refuses an update that takes the document over its size limit, counting what it already holds', () => {
		const server = serverMain();
		const held = Y.encodeStateAsUpdate(server).byteLength;
		const small = updateFrom(server, (app) => putAnswer(app, response(STATEMENT, 'q8', 'Short')));
		const large = updateFrom(server, (app) => putAnswer(app, response(STATEMENT, 'q8', 'x'.repeat(5000))));
		// The large update alone is under the limit; the document with it is not.
		const limit = large.byteLength + 100;
		expect(held).toBeGreaterThan(100);
		expect(held + small.byteLength).toBeLessThan(limit);
		expect(checkUpdate(server, small, context(coordinator, 'main', limit))).toBeUndefined();
		expect(checkUpdate(server, large, context(coordinator, 'main', limit))).toMatch(new RegExp(`^the document would be \\d+ bytes, over its limit of ${limit}$`));
		expect(checkUpdate(server, large, context(coordinator, 'main', limit + held))).toBeUndefined();
	});

	it('checks each kind of document against its own maps and rules', () => {
		const exemptDoc = new Y.Doc();
		const openInExempt = updateFrom(exemptDoc, (app) => app.getMap('responses').set(open.id, open));
		expect(checkUpdate(exemptDoc, openInExempt, context(coordinator, 'exempt'))).toBe(`responses "${open.id}": only exempt answers are kept in the exempt document`);
		const exemptInExempt = updateFrom(exemptDoc, (app) => app.getMap('responses').set(exempt.id, exempt));
		expect(checkUpdate(exemptDoc, exemptInExempt, context(exemptEditor, 'exempt'))).toBeUndefined();
		const details = updateFrom(exemptDoc, (app) => app.getMap('assessment').set('record', assessment(STATEMENT)));
		expect(checkUpdate(exemptDoc, details, context(coordinator, 'exempt'))).toBe('this document holds no assessment');

		const panel = new Y.Doc();
		const question = note(STATEMENT, 'q1', 'Why is stability below statistical neighbours?');
		const noted = updateFrom(panel, (app) => app.getMap('notes').set(question.id, question));
		expect(checkUpdate(panel, noted, context(commenter, 'panel'))).toBeUndefined();
		expect(checkUpdate(panel, noted, context(commenter, 'panel', 1024 * 1024, 'Cllr Sam Other'))).toBe(
			`notes "${question.id}": a note is written under its writer’s own name`
		);
		expect(checkUpdate(panel, noted, context({ role: 'read', exempt: false }, 'panel'))).toBe(`notes "${question.id}": people who can read do not add notes`);
		const answerInPanel = updateFrom(panel, (app) => app.getMap('responses').set(open.id, open));
		expect(checkUpdate(panel, answerInPanel, context(coordinator, 'panel'))).toBe('this document holds no responses');
	});
});

describe('the document passed in', () => {
	const cases: [string, (server: Y.Doc) => Uint8Array, Access, string | undefined][] = [
		['an accepted update', (server) => updateFrom(server, (app) => putAnswer(app, response(STATEMENT, 'q9', 'New'))), editor, undefined],
		[
			'a refused change',
			(server) => updateFrom(server, (app) => app.getMap('assessment').set('record', assessment(STATEMENT, { title: 'X' }))),
			editor,
			'only the coordinator'
		],
		['a refused removal', (server) => updateFrom(server, (app) => app.getMap('responses').delete(open.id)), coordinator, 'answers are never removed'],
		['an unknown root', (server) => updateFrom(server, (app) => app.getMap('secrets').set('x', 1)), coordinator, 'holds no secrets'],
		['a nested type', (server) => updateFrom(server, (app) => app.getMap('responses').set('n', new Y.Map())), coordinator, 'not nested shared types'],
		['unreadable bytes', () => new Uint8Array([255, 1, 2, 3]), coordinator, 'cannot be read']
	];

	it.each(cases)('is never changed by %s', (_what, makeUpdate, access, refusal) => {
		const server = serverMain();
		const update = makeUpdate(server);
		const before = snapshot(server);
		let events = 0;
		server.on('update', () => events++);
		const result = checkUpdate(server, update, context(access));
		if (refusal === undefined) expect(result).toBeUndefined();
		else expect(result).toContain(refusal);
		expect(events).toBe(0);
		expect(snapshot(server)).toEqual(before);
	});

	it('is not given roots it did not have, even when it has none yet', () => {
		const empty = new Y.Doc();
		const update = updateFrom(empty, (app) => app.getMap('responses').set(open.id, open));
		expect(checkUpdate(empty, update, context(editor))).toBeUndefined();
		expect([...empty.share.keys()]).toEqual([]);
		expect(Y.encodeStateAsUpdate(empty)).toEqual(Y.encodeStateAsUpdate(new Y.Doc()));
	});
});

describe('document names (documents.ts)', () => {
	it.each(['main', 'exempt', 'panel'] as const)('a %s document name parses back to its statement and kind', (kind) => {
		const name = documentName(STATEMENT, kind);
		expect(parseDocumentName(name)).toEqual({ statementId: STATEMENT, kind });
	});

	it('names the three documents of a statement', () => {
		expect(documentNames('6f0e3c1a-2b7d')).toEqual(['statement/6f0e3c1a-2b7d', 'statement/6f0e3c1a-2b7d/exempt', 'statement/6f0e3c1a-2b7d/panel']);
		expect(Object.keys(DOCUMENT_MAPS).sort()).toEqual(['exempt', 'main', 'panel']);
	});

	it.each([
		'',
		'statement/',
		'statement',
		'statements/abc',
		'statement/abc/other',
		'statement/abc/exempt/more',
		'statement/../../etc/passwd',
		'statement/abc/../exempt',
		'statement/a b',
		'statement/abc/',
		'/statement/abc',
		'statement/abc\n',
		`statement/${'a'.repeat(101)}`
	])('refuses %j', (name) => {
		expect(parseDocumentName(name)).toBeUndefined();
	});

	it('accepts as statement ids only what fits in a document name', () => {
		expect(isShareableId('6f0e3c1a-2b7d-4e55-9a10-0c4b8d2f7a01')).toBe(true);
		expect(isShareableId('a'.repeat(100))).toBe(true);
		for (const id of ['', 'a'.repeat(101), 'a/b', 'a.b', '../x', 'a b', 'é']) expect(isShareableId(id)).toBe(false);
	});
});

describe('who may do what with each document (roles.ts)', () => {
	it('follows the table', () => {
		const table: [Access | undefined, Record<DocumentKind, string>][] = [
			[undefined, { main: 'none', exempt: 'none', panel: 'none' }],
			[{ role: 'coordinator', exempt: true }, { main: 'write', exempt: 'write', panel: 'write' }],
			[{ role: 'coordinator', exempt: false }, { main: 'write', exempt: 'write', panel: 'write' }],
			[{ role: 'edit', exempt: true }, { main: 'write', exempt: 'write', panel: 'write' }],
			[{ role: 'edit', exempt: false }, { main: 'write', exempt: 'none', panel: 'write' }],
			[{ role: 'comment', exempt: true }, { main: 'read', exempt: 'read', panel: 'write' }],
			[{ role: 'comment', exempt: false }, { main: 'read', exempt: 'none', panel: 'write' }],
			[{ role: 'read', exempt: true }, { main: 'read', exempt: 'read', panel: 'read' }],
			[{ role: 'read', exempt: false }, { main: 'read', exempt: 'none', panel: 'read' }]
		];
		for (const [access, expected] of table) {
			const actual = { main: documentPermission(access, 'main'), exempt: documentPermission(access, 'exempt'), panel: documentPermission(access, 'panel') };
			expect({ access, permissions: actual }).toEqual({ access, permissions: expected });
		}
	});
});
