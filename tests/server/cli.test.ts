import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentName } from '../../src/lib/domain/team/documents.ts';
import { startServerProcess, type ServerProcess } from './support/server-process.ts';
import { startPostgres, type RunningService } from './support/services.ts';
import { PASSWORD, api, connect, registerStatement, share, signIn, startTestServer, type TestClient } from './support/team.ts';

/**
 * `npm run team` as an administrator runs it: the real command
 * (`node scripts/team.js`) as a child process, with the password on
 * standard input, against the embedded database in DATA_DIR (alone, then
 * through the running server's admin socket) and against PostgreSQL.
 */

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
const NEW_PASSWORD = 'a brand new pass phrase';

interface Run {
	code: number | null;
	stdout: string;
	stderr: string;
}

/** Runs `node scripts/team.js ...argv` with `env`, writing `input` to its standard input. */
function team(env: Record<string, string | undefined>, argv: string[], input = ''): Promise<Run> {
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, ['scripts/team.js', ...argv], {
			cwd: projectRoot,
			env: { ...process.env, DATABASE_URL: undefined, REDIS_URL: undefined, ...env },
			stdio: ['pipe', 'pipe', 'pipe']
		});
		let stdout = '';
		let stderr = '';
		child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
		child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
		child.once('error', reject);
		child.once('close', (code) => resolve({ code, stdout, stderr }));
		child.stdin.end(input);
	});
}

/** The emails `list-users` prints, in order. */
function emails(run: Run): string[] {
	return run.stdout
		.trim()
		.split('\n')
		.filter((line) => line.includes('\t'))
		.map((line) => line.split('\t')[0] ?? '');
}

const folders: string[] = [];
async function tempDir(prefix: string): Promise<string> {
	const dir = await mkdtemp(join(tmpdir(), prefix));
	folders.push(dir);
	return dir;
}

afterAll(async () => {
	for (const dir of folders) await rm(dir, { recursive: true, force: true });
});

describe('the embedded database', () => {
	let env: { DATA_DIR: string };
	let server: ServerProcess | undefined;

	beforeAll(async () => {
		env = { DATA_DIR: await tempDir('team-cli-') };
	});

	afterAll(async () => {
		await server?.kill();
	});

	it('adds an account with the password from standard input, and lists it', async () => {
		const added = await team(env, ['add-user', 'Alice@Anytown.gov.uk', '--name', 'Alice Ward'], `${PASSWORD}\n`);
		expect(added).toEqual({ code: 0, stdout: 'Added Alice Ward <alice@anytown.gov.uk>.\n', stderr: '' });

		const admin = await team(env, ['add-user', 'root@anytown.gov.uk', '--name', 'Ada Admin', '--admin'], `${PASSWORD}\n`);
		expect(admin.stdout).toBe('Added Ada Admin <root@anytown.gov.uk> as an administrator.\n');

		const list = await team(env, ['list-users']);
		expect(list.code).toBe(0);
		const lines = list.stdout.trim().split('\n');
		expect(lines).toHaveLength(2);
		expect(lines[0]).toMatch(/^alice@anytown\.gov\.uk\tAlice Ward\tadded \d{4}-\d{2}-\d{2}$/);
		expect(lines[1]).toMatch(/^root@anytown\.gov\.uk\tAda Admin\tadministrator\tadded \d{4}-\d{2}-\d{2}$/);
		expect(list.stdout + list.stderr).not.toContain(PASSWORD);
		expect(list.stdout).not.toContain('scrypt');
	});

	it('refuses a password under 12 characters and adds nothing', async () => {
		const short = await team(env, ['add-user', 'bob@anytown.gov.uk', '--name', 'Bob Short'], 'elevenchars\n');
		expect(short).toEqual({ code: 1, stdout: '', stderr: 'The password must be at least 12 characters.\n' });
		const none = await team(env, ['add-user', 'bob@anytown.gov.uk', '--name', 'Bob Short'], '');
		expect(none.code).toBe(1);
		expect(emails(await team(env, ['list-users']))).toEqual(['alice@anytown.gov.uk', 'root@anytown.gov.uk']);
	});

	it('refuses an email that already has an account, whatever its case, and keeps the account as it was', async () => {
		const again = await team(env, ['add-user', 'ALICE@anytown.gov.uk', '--name', 'Someone Else'], 'another long password\n');
		expect(again).toEqual({ code: 1, stdout: '', stderr: 'alice@anytown.gov.uk already has an account.\n' });
		const list = await team(env, ['list-users']);
		expect(emails(list)).toEqual(['alice@anytown.gov.uk', 'root@anytown.gov.uk']);
		expect(list.stdout).toContain('Alice Ward');
		expect(list.stdout).not.toContain('Someone Else');
	});

	it('refuses an add-user without an email or a name', async () => {
		expect((await team(env, ['add-user', 'not-an-email', '--name', 'X Y'], `${PASSWORD}\n`)).code).toBe(2);
		expect((await team(env, ['add-user', 'carol@anytown.gov.uk'], `${PASSWORD}\n`)).code).toBe(2);
		expect(emails(await team(env, ['list-users']))).toEqual(['alice@anytown.gov.uk', 'root@anytown.gov.uk']);
	});

	it('removes an account', async () => {
		expect((await team(env, ['add-user', 'carol@anytown.gov.uk', '--name', 'Carol Gone'], `${PASSWORD}\n`)).code).toBe(0);
		const removed = await team(env, ['remove-user', 'carol@anytown.gov.uk']);
		expect(removed.code).toBe(0);
		expect(removed.stdout).toBe('Removed Carol Gone <carol@anytown.gov.uk>; their sign-ins and connections have ended.\n');
		expect(emails(await team(env, ['list-users']))).toEqual(['alice@anytown.gov.uk', 'root@anytown.gov.uk']);
		expect(await team(env, ['remove-user', 'carol@anytown.gov.uk'])).toEqual({ code: 1, stdout: '', stderr: 'carol@anytown.gov.uk has no account.\n' });
	});

	it('resets a password, refusing a short one', async () => {
		expect(await team(env, ['reset-password', 'alice@anytown.gov.uk'], 'short\n')).toMatchObject({ code: 1, stderr: 'The password must be at least 12 characters.\n' });
		expect(await team(env, ['reset-password', 'nobody@anytown.gov.uk'], `${NEW_PASSWORD}\n`)).toMatchObject({ code: 1, stderr: 'nobody@anytown.gov.uk has no account.\n' });
		const reset = await team(env, ['reset-password', 'alice@anytown.gov.uk'], `${NEW_PASSWORD}\n`);
		expect(reset).toEqual({ code: 0, stdout: 'Set a new password for alice@anytown.gov.uk; they are signed out everywhere.\n', stderr: '' });
		// Which password now works is checked against the server below.
	});

	it('prints the usage with exit code 2 for an unknown command or none', async () => {
		const unknown = await team(env, ['frobnicate']);
		expect(unknown.code).toBe(2);
		expect(unknown.stdout).toBe('');
		expect(unknown.stderr).toMatch(/^Unknown command "frobnicate"\.\n\nUsage: npm run team -- <command>/);
		for (const command of ['add-user', 'list-users', 'remove-user', 'reset-password', 'audit']) expect(unknown.stderr).toContain(command);
		const none = await team(env, []);
		expect(none.code).toBe(2);
		expect(none.stderr).toMatch(/^Usage: npm run team -- <command>/);
		expect((await team(env, ['help'])).code).toBe(0);
	});

	it('shows the audit log of what the commands did', async () => {
		const audit = await team(env, ['audit']);
		expect(audit.code).toBe(0);
		const events = audit.stdout
			.trim()
			.split('\n')
			.map((line) => line.split('\t').slice(1, 4).join(' '));
		expect(events).toEqual([
			'password-reset command line alice@anytown.gov.uk',
			'user-removed command line carol@anytown.gov.uk',
			'user-added command line carol@anytown.gov.uk',
			'user-added command line root@anytown.gov.uk',
			'user-added command line alice@anytown.gov.uk'
		]);
		expect(audit.stdout).not.toContain(PASSWORD);
		expect(audit.stdout).not.toContain(NEW_PASSWORD);
	});

	it('while the server runs: the commands go through it, and take effect at once', async () => {
		server = await startServerProcess(env);
		// The reset password is the one the server knows.
		expect((await api(server, 'POST', '/api/session', { body: { email: 'alice@anytown.gov.uk', password: PASSWORD } })).status).toBe(401);
		await signIn(server, 'alice@anytown.gov.uk', NEW_PASSWORD);

		// The server holds the data folder: the command cannot open it, so it must go through the admin socket.
		expect(existsSync(join(env.DATA_DIR, 'admin.sock'))).toBe(true);
		const added = await team(env, ['add-user', 'dave@anytown.gov.uk', '--name', 'Dave Later'], `${PASSWORD}\n`);
		expect(added).toEqual({ code: 0, stdout: 'Added Dave Later <dave@anytown.gov.uk>.\n', stderr: '' });
		const dave = await signIn(server, 'dave@anytown.gov.uk');
		expect((await api(server, 'GET', '/api/me', { token: dave.accessToken })).body.user).toMatchObject({ name: 'Dave Later' });
		expect(emails(await team(env, ['list-users']))).toEqual(['alice@anytown.gov.uk', 'dave@anytown.gov.uk', 'root@anytown.gov.uk']);

		// A short password is refused through the socket too.
		expect(await team(env, ['add-user', 'eve@anytown.gov.uk', '--name', 'Eve Short'], 'short\n')).toMatchObject({ code: 1 });
		expect((await api(server, 'POST', '/api/session', { body: { email: 'eve@anytown.gov.uk', password: 'short' } })).status).toBe(401);

		// Removing Dave ends his sign-in on the running server at once.
		expect((await team(env, ['remove-user', 'dave@anytown.gov.uk'])).code).toBe(0);
		expect((await api(server, 'GET', '/api/me', { token: dave.accessToken })).status).toBe(401);

		// Resetting a password through the socket signs the person out of the running server.
		const alice = await signIn(server, 'alice@anytown.gov.uk', NEW_PASSWORD);
		expect((await team(env, ['reset-password', 'alice@anytown.gov.uk'], `${PASSWORD}\n`)).code).toBe(0);
		expect((await api(server, 'GET', '/api/me', { token: alice.accessToken })).status).toBe(401);
		await signIn(server, 'alice@anytown.gov.uk', PASSWORD);

		expect((await team(env, ['add-user', 'erin@anytown.gov.uk', '--name', 'Erin Kept'], `${PASSWORD}\n`)).code).toBe(0);
	});

	it('an account added while the server ran still signs in after it restarts', async () => {
		if (!server) throw new Error('The server did not start');
		await server.stop();
		server = undefined;

		// Stopped, the command opens the data folder itself again.
		expect(emails(await team(env, ['list-users']))).toEqual(['alice@anytown.gov.uk', 'erin@anytown.gov.uk', 'root@anytown.gov.uk']);

		server = await startServerProcess(env);
		const erin = await signIn(server, 'erin@anytown.gov.uk');
		expect((await api(server, 'GET', '/api/me', { token: erin.accessToken })).body.user).toMatchObject({ email: 'erin@anytown.gov.uk', name: 'Erin Kept' });
		await signIn(server, 'alice@anytown.gov.uk', PASSWORD);
		expect((await api(server, 'POST', '/api/session', { body: { email: 'dave@anytown.gov.uk', password: PASSWORD } })).status).toBe(401);
	});
});

describe('PostgreSQL (DATABASE_URL)', () => {
	let postgres: RunningService;
	let env: { DATABASE_URL: string; DATA_DIR: string };
	const clients: TestClient[] = [];
	let inProcess: Awaited<ReturnType<typeof startTestServer>> | undefined;

	beforeAll(async () => {
		postgres = await startPostgres();
		env = { DATABASE_URL: postgres.url, DATA_DIR: await tempDir('team-cli-pg-') };
	});

	afterAll(async () => {
		for (const c of clients) c.destroy();
		await inProcess?.cleanUp();
		await postgres?.stop();
	});

	it('adds, lists and removes accounts in PostgreSQL, not in DATA_DIR', async () => {
		expect((await team(env, ['add-user', 'alice@anytown.gov.uk', '--name', 'Alice Ward'], `${PASSWORD}\n`)).code).toBe(0);
		expect((await team(env, ['add-user', 'priya@anytown.gov.uk', '--name', 'Priya Shah'], `${PASSWORD}\n`)).code).toBe(0);
		expect((await team(env, ['add-user', 'bob@anytown.gov.uk', '--name', 'Bob Short'], 'short\n')).code).toBe(1);
		expect(emails(await team(env, ['list-users']))).toEqual(['alice@anytown.gov.uk', 'priya@anytown.gov.uk']);

		const client = new pg.Client({ connectionString: postgres.url });
		await client.connect();
		try {
			const rows = (await client.query<{ email: string; name: string }>('SELECT email, name FROM users ORDER BY email')).rows;
			expect(rows).toEqual([
				{ email: 'alice@anytown.gov.uk', name: 'Alice Ward' },
				{ email: 'priya@anytown.gov.uk', name: 'Priya Shah' }
			]);
		} finally {
			await client.end();
		}
		expect(await readdir(env.DATA_DIR)).toEqual([]);
	});

	it('a server on the same database signs them in, and a removal from the command line closes their connection there', async () => {
		inProcess = await startTestServer({ databaseUrl: postgres.url });
		const alice = await signIn(inProcess, 'alice@anytown.gov.uk');
		const priya = await signIn(inProcess, 'priya@anytown.gov.uk');
		const statement = '1e2d3c4b-5a69-4788-9a0b-c1d2e3f4a5b6';
		await registerStatement(inProcess, alice.accessToken, statement);
		await share(inProcess, alice.accessToken, statement, 'priya@anytown.gov.uk', 'edit');
		const c = connect(inProcess, priya.accessToken, documentName(statement, 'main'));
		clients.push(c);
		await c.ready;
		const closed = c.nextClose();

		const removed = await team(env, ['remove-user', 'priya@anytown.gov.uk']);
		expect(removed.code).toBe(0);
		expect(await closed).toBe('access-changed');
		expect((await api(inProcess, 'GET', '/api/me', { token: priya.accessToken })).status).toBe(401);
		expect(emails(await team(env, ['list-users']))).toEqual(['alice@anytown.gov.uk']);
	});
});
