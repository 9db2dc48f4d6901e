import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { documentName } from '../../src/lib/domain/team/documents.ts';
import { assessment, note, response, revision } from './support/records.ts';
import {
	addUser,
	api,
	connect,
	eventually,
	messagesContain,
	registerStatement,
	share,
	signIn,
	startTestServer,
	type TestClient
} from './support/team.ts';

/**
 * Sharing enforced on the server, tried from the outside as an attacker
 * would: real server, real Hocuspocus clients, the embedded database.
 */

const STATEMENT = '6f0e3c1a-2b7d-4e55-9a10-0c4b8d2f7a01';
const main = documentName(STATEMENT, 'main');
const exemptDoc = documentName(STATEMENT, 'exempt');
const panel = documentName(STATEMENT, 'panel');
const EXEMPT_TEXT = 'The provider named in Part 2 has a deficit of £1.2m';

let server: Awaited<ReturnType<typeof startTestServer>>;
const tokens: Record<string, string> = {};
const clients: TestClient[] = [];

function client(who: string, name: string): TestClient {
	const c = connect(server, tokens[who] ?? '', name);
	clients.push(c);
	return c;
}

beforeAll(async () => {
	server = await startTestServer();
	const people = { alice: 'Alice Ward', priya: 'Priya Shah', jo: 'Cllr Jo Bloggs', head: 'Dana Head', mallory: 'Mallory Outsider', rita: 'Rita Reader' };
	for (const [key, name] of Object.entries(people)) {
		await addUser(server, `${key}@anytown.gov.uk`, name);
		tokens[key] = (await signIn(server, `${key}@anytown.gov.uk`)).accessToken;
	}
	await registerStatement(server, tokens.alice ?? '', STATEMENT);
	await share(server, tokens.alice ?? '', STATEMENT, 'priya@anytown.gov.uk', 'edit');
	await share(server, tokens.alice ?? '', STATEMENT, 'jo@anytown.gov.uk', 'comment');
	await share(server, tokens.alice ?? '', STATEMENT, 'head@anytown.gov.uk', 'read', true);
	await share(server, tokens.alice ?? '', STATEMENT, 'rita@anytown.gov.uk', 'read');

	// The coordinator puts the statement up: one open answer, one exempt answer as a placeholder plus its content.
	const alice = client('alice', main);
	const aliceExempt = client('alice', exemptDoc);
	await Promise.all([alice.ready, aliceExempt.ready]);
	const open = response(STATEMENT, 'q1', 'Placement stability is 68% (Q2 2026/27), SN 70%.');
	const exempt = response(STATEMENT, 'q2', EXEMPT_TEXT, { exempt: true, exemptionCategory: 'Schedule 12A, paragraph 3' });
	alice.doc.transact(() => {
		alice.doc.getMap('assessment').set('record', assessment(STATEMENT));
		alice.doc.getMap('responses').set(open.id, open);
		alice.doc.getMap('responses').set(exempt.id, { id: exempt.id, assessmentId: STATEMENT, questionId: 'q2', withheld: true, exemptionCategory: exempt.exemptionCategory, updatedAt: exempt.updatedAt });
		alice.doc.getMap('revisions').set(`${open.id}-r1`, revision(open));
	});
	aliceExempt.doc.transact(() => {
		aliceExempt.doc.getMap('responses').set(exempt.id, exempt);
		aliceExempt.doc.getMap('revisions').set(`${exempt.id}-r1`, revision(exempt));
	});
	await eventually(() => {
		expect(server.hocuspocus.documents.get(main)?.getMap('responses').size).toBe(2);
		expect(server.hocuspocus.documents.get(exemptDoc)?.getMap('responses').size).toBe(1);
	});
});

afterAll(async () => {
	for (const c of clients) c.destroy();
	await server?.cleanUp();
});

describe('who may connect', () => {
	it('refuses a person the statement is not shared with, on every document', async () => {
		for (const name of [main, exemptDoc, panel]) {
			const c = client('mallory', name);
			await expect(c.ready).rejects.toThrow('forbidden');
			expect(Object.keys(c.doc.getMap('responses').toJSON())).toEqual([]);
			expect(messagesContain(c.received, 'Placement stability')).toBe(false);
		}
	});

	it('refuses a forged, a made-up and an empty token', async () => {
		const [header, payload] = (tokens.mallory ?? '').split('.');
		const claims = JSON.parse(Buffer.from(payload ?? '', 'base64url').toString()) as Record<string, unknown>;
		const aliceClaims = JSON.parse(Buffer.from((tokens.alice ?? '').split('.')[1] ?? '', 'base64url').toString()) as Record<string, unknown>;
		// Mallory's token claiming to be Alice, with Mallory's signature: the signature no longer matches.
		const forged = [header, Buffer.from(JSON.stringify({ ...claims, sub: aliceClaims.sub, sid: aliceClaims.sid })).toString('base64url'), (tokens.mallory ?? '').split('.')[2]].join('.');
		for (const token of [forged, 'not-a-token', '']) {
			const c = connect(server, token, main);
			clients.push(c);
			await expect(c.ready).rejects.toThrow('unauthorized');
		}
	});

	it('refuses a document name that is not a statement document', async () => {
		const c = client('alice', 'statement/../../etc');
		await expect(c.ready).rejects.toThrow('not-found');
	});
});

describe('people who can comment or read', () => {
	it('a councillor who can comment reads the answers but cannot change one', async () => {
		const jo = client('jo', main);
		await jo.ready;
		const answers = jo.doc.getMap('responses');
		const open = answers.get(`${STATEMENT.slice(0, 8)}-q1`) as { statement: string };
		expect(open.statement).toContain('Placement stability');

		answers.set(`${STATEMENT.slice(0, 8)}-q1`, { ...open, statement: 'Changed by a councillor' });
		await eventually(() => expect(jo.provider.hasUnsyncedChanges).toBe(true));
		await new Promise((resolve) => setTimeout(resolve, 300));
		const stored = server.hocuspocus.documents.get(main)?.getMap('responses').get(`${STATEMENT.slice(0, 8)}-q1`) as { statement: string };
		expect(stored.statement).toContain('Placement stability');

		const priya = client('priya', main);
		await priya.ready;
		expect((priya.doc.getMap('responses').get(`${STATEMENT.slice(0, 8)}-q1`) as { statement: string }).statement).toContain('Placement stability');
	});

	it('a councillor adds a note that the coordinator receives', async () => {
		const alice = client('alice', panel);
		const jo = client('jo', panel);
		await Promise.all([alice.ready, jo.ready]);
		jo.doc.getMap('notes').set('note-q1', note(STATEMENT, 'q1', 'Why is stability below statistical neighbours?', 'note-q1'));
		await eventually(() => expect((alice.doc.getMap('notes').get('note-q1') as { text: string } | undefined)?.text).toContain('statistical neighbours'));
	});

	it('a councillor cannot rewrite another person’s note, nor write one under another name', async () => {
		const priya = client('priya', panel);
		await priya.ready;
		const existing = priya.doc.getMap('notes').get('note-q1') as Record<string, unknown>;
		priya.doc.getMap('notes').set('note-q1', { ...existing, text: 'Softened by someone else' });
		await eventually(() => expect(priya.refusals.join()).toContain('only its writer changes a note'));

		const jo = client('jo', panel);
		await jo.ready;
		jo.doc.getMap('notes').set('note-forged', { ...note(STATEMENT, 'q2', 'Signed as someone else', 'note-forged'), author: { name: 'Priya Shah', role: 'officer', designation: '' } });
		await eventually(() => expect(jo.refusals.join()).toContain('under its writer’s own name'));
		expect(server.hocuspocus.documents.get(panel)?.getMap('notes').has('note-forged')).toBe(false);
	});

	it('a person who can read cannot add a note', async () => {
		const rita = client('rita', panel);
		await rita.ready;
		rita.doc.getMap('notes').set('note-rita', note(STATEMENT, 'q1', 'A reader’s note', 'note-rita'));
		await new Promise((resolve) => setTimeout(resolve, 300));
		expect(server.hocuspocus.documents.get(panel)?.getMap('notes').has('note-rita')).toBe(false);
	});
});

describe('exempt answers', () => {
	it('never reach a person without the flag: refused document, placeholder only, nothing in any message', async () => {
		const priya = client('priya', main);
		await priya.ready;
		const placeholder = priya.doc.getMap('responses').get(`${STATEMENT.slice(0, 8)}-q2`) as Record<string, unknown>;
		// Its place and the exemption relied on (which the public copy prints), nothing of the answer.
		expect(Object.keys(placeholder).sort()).toEqual(['assessmentId', 'exemptionCategory', 'id', 'questionId', 'updatedAt', 'withheld']);
		expect(placeholder).toMatchObject({ withheld: true, questionId: 'q2', exemptionCategory: 'Schedule 12A, paragraph 3' });

		const exempt = client('priya', exemptDoc);
		await expect(exempt.ready).rejects.toThrow('forbidden');
		expect(messagesContain([...priya.received, ...exempt.received], EXEMPT_TEXT)).toBe(false);
	});

	it('reach a person with the flag, read-only when they can read', async () => {
		const head = client('head', exemptDoc);
		await head.ready;
		expect((head.doc.getMap('responses').get(`${STATEMENT.slice(0, 8)}-q2`) as { statement: string }).statement).toBe(EXEMPT_TEXT);
		expect(head.provider.authorizedScope).toBe('readonly');
	});

	it('their saved versions cannot be put into the shared document', async () => {
		const alice = client('alice', main);
		await alice.ready;
		const exempt = response(STATEMENT, 'q2', EXEMPT_TEXT, { exempt: true, exemptionCategory: 'Schedule 12A, paragraph 3', rev: 2 });
		alice.doc.getMap('revisions').set('leak', revision(exempt, 'leak'));
		await eventually(() => expect(alice.refusals.join()).toContain('a saved version of an exempt answer is kept in the exempt document'));
		expect(server.hocuspocus.documents.get(main)?.getMap('revisions').has('leak')).toBe(false);
	});

	it('cannot be put into the shared document in full', async () => {
		const alice = client('alice', main);
		await alice.ready;
		const leaked = response(STATEMENT, 'q3', 'A named child’s placement history', { exempt: true, exemptionCategory: 'Schedule 12A, paragraph 1' });
		alice.doc.getMap('responses').set(leaked.id, leaked);
		await eventually(() => expect(alice.refusals.join()).toContain('exempt answer is kept in the exempt document'));
		expect(server.hocuspocus.documents.get(main)?.getMap('responses').has(leaked.id)).toBe(false);
	});
});

describe('updates are checked before they are kept', () => {
	it('refuses a record that does not fit the file format, and keeps nothing of the update', async () => {
		const priya = client('priya', main);
		const other = client('alice', main);
		await Promise.all([priya.ready, other.ready]);
		const good = response(STATEMENT, 'q4', 'A good answer');
		priya.doc.transact(() => {
			priya.doc.getMap('responses').set(good.id, good);
			priya.doc.getMap('responses').set('bad', { id: 'bad', assessmentId: STATEMENT, statement: 42 });
		});
		await eventually(() => expect(priya.refusals.join()).toContain('does not fit the file format'));
		await new Promise((resolve) => setTimeout(resolve, 200));
		expect(server.hocuspocus.documents.get(main)?.getMap('responses').has(good.id)).toBe(false);
		expect(other.doc.getMap('responses').has('bad')).toBe(false);
	});

	it('refuses a change to a saved version', async () => {
		const priya = client('priya', main);
		await priya.ready;
		const key = `${STATEMENT.slice(0, 8)}-q1-r1`;
		const saved = priya.doc.getMap('revisions').get(key) as Record<string, unknown>;
		priya.doc.getMap('revisions').set(key, { ...saved, statement: 'Rewritten history' });
		await eventually(() => expect(priya.refusals.join()).toContain('a saved version is never changed'));
	});

	it('refuses a reporter changing the statement details, and a root the document does not hold', async () => {
		const priya = client('priya', main);
		await priya.ready;
		priya.doc.getMap('assessment').set('record', assessment(STATEMENT, { title: 'Renamed by a reporter' }));
		await eventually(() => expect(priya.refusals.join()).toContain('only the coordinator'));

		const again = client('priya', main);
		await again.ready;
		again.doc.getMap('secrets').set('x', 1);
		await eventually(() => expect(again.refusals.join()).toContain('holds no secrets'));
	});

	it('refuses an update over the size limit', async () => {
		const small = await startTestServer({ limits: { maxUpdateBytes: 4096 } });
		try {
			await addUser(small, 'alice@anytown.gov.uk', 'Alice Ward');
			const token = (await signIn(small, 'alice@anytown.gov.uk')).accessToken;
			await registerStatement(small, token, STATEMENT);
			const alice = connect(small, token, main);
			await alice.ready;
			const big = response(STATEMENT, 'q1', 'x'.repeat(20_000));
			alice.doc.getMap('responses').set(big.id, big);
			await new Promise((resolve) => setTimeout(resolve, 500));
			expect(small.hocuspocus.documents.get(main)?.getMap('responses').has(big.id) ?? false).toBe(false);
			alice.destroy();
		} finally {
			await small.cleanUp();
		}
	});

	it('refuses a WebSocket from another site', async () => {
		const result = await new Promise<number>((resolve) => {
			import('ws').then(({ default: WebSocket }) => {
				const ws = new WebSocket(server.url.replace(/^http/, 'ws'), { headers: { Origin: 'https://evil.example' } });
				ws.on('unexpected-response', (_request, response) => resolve(response.statusCode ?? 0));
				ws.on('open', () => resolve(101));
				ws.on('error', () => undefined);
			});
		});
		expect(result).toBe(403);
	});
});

describe('removing access', () => {
	it('closes the person’s connections at once, and they cannot connect again', async () => {
		await addUser(server, 'sam@anytown.gov.uk', 'Sam Temp');
		const token = (await signIn(server, 'sam@anytown.gov.uk')).accessToken;
		tokens.sam = token;
		await share(server, tokens.alice ?? '', STATEMENT, 'sam@anytown.gov.uk', 'edit');
		const sam = client('sam', main);
		await sam.ready;
		const closed = sam.nextClose();
		const { status } = await api(server, 'DELETE', `/api/statements/${STATEMENT}/shares/sam@anytown.gov.uk`, { token: tokens.alice });
		expect(status).toBe(200);
		expect(await closed).toBe('access-changed');

		const again = client('sam', main);
		await expect(again.ready).rejects.toThrow('forbidden');
	});

	it('signing out ends that device’s connections at once', async () => {
		const session = await signIn(server, 'rita@anytown.gov.uk');
		const rita = connect(server, session.accessToken, main);
		clients.push(rita);
		await rita.ready;
		const closed = rita.nextClose();
		expect((await api(server, 'DELETE', '/api/session', { token: session.accessToken })).status).toBe(200);
		expect(await closed).toBe('signed-out');
	});

	it('a shared document is still whole for everyone else', async () => {
		const priya = client('priya', main);
		await priya.ready;
		expect(priya.doc.getMap('responses').size).toBeGreaterThanOrEqual(2);
		expect(Y.encodeStateAsUpdate(priya.doc).byteLength).toBeGreaterThan(0);
	});
});
