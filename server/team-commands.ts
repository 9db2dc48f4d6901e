import { isEmailAddress } from '../src/lib/domain/team/sign-in.ts';
import { hashPassword, passwordProblem } from './passwords.ts';
import { audit, listAudit } from './store/audit.ts';
import type { Database } from './store/database.ts';
import { coordinatedBy } from './store/sharing.ts';
import { deleteUser, findUserByEmail, insertUser, listUsers, normaliseEmail, setPassword } from './store/users.ts';

/**
 * The administrator's commands (`npm run team -- <command>`): the same code
 * runs in the command-line process against the database, or inside the
 * running server when it holds an embedded database (through its admin socket).
 */

/** What a command prints and its exit code. */
export interface CommandResult {
	code: number;
	out: string;
}

/** What a command may need besides the database. */
export interface CommandIo {
	/** The new password, read from standard input. */
	readPassword(): Promise<string>;
	/** Tells the server processes that a person's access changed (so their connections close). */
	announceAccessChange(change: { userId: string; signedOut?: boolean }): Promise<void>;
}

/** The usage text. */
export const USAGE = `Usage: npm run team -- <command>

  add-user <email> --name "<name>" [--admin]   add an account (password from standard input, 12 characters or more)
  list-users                                   list the accounts
  remove-user <email>                          remove an account; its sessions and connections end at once
  reset-password <email>                       set a new password (from standard input); signs the person out everywhere
  audit [--limit <n>]                          the newest sign-ins, failures and sharing changes (100 by default)

The commands use DATABASE_URL when it is set, otherwise the embedded database in DATA_DIR (default ./data).`;

/** True when the command reads a password from standard input. */
export function needsPassword(argv: readonly string[]): boolean {
	return argv[0] === 'add-user' || argv[0] === 'reset-password';
}

/** Runs one command. Never throws for bad input: the result says what is wrong. */
export async function runTeamCommand(db: Database, argv: readonly string[], io: CommandIo): Promise<CommandResult> {
	const [command, ...rest] = argv;
	const { positional, options } = parseArgs(rest);
	switch (command) {
		case 'add-user':
			return addUser(db, positional[0], options, io);
		case 'list-users':
			return listAll(db);
		case 'remove-user':
			return removeUser(db, positional[0], io);
		case 'reset-password':
			return resetPassword(db, positional[0], io);
		case 'audit':
			return showAudit(db, options.get('limit'));
		case undefined:
		case 'help':
		case '--help':
			return { code: command ? 0 : 2, out: USAGE };
		default:
			return { code: 2, out: `Unknown command "${command}".\n\n${USAGE}` };
	}
}

async function addUser(db: Database, email: string | undefined, options: Map<string, string | true>, io: CommandIo): Promise<CommandResult> {
	const name = options.get('name');
	if (!email || !isEmailAddress(email)) return { code: 2, out: 'Give the email address, for example: add-user priya.shah@council.gov.uk --name "Priya Shah"' };
	if (typeof name !== 'string' || name.trim() === '' || name.length > 200) return { code: 2, out: 'Give the person\'s name with --name "<name>" (at most 200 characters).' };
	if (await findUserByEmail(db, email)) return { code: 1, out: `${normaliseEmail(email)} already has an account.` };
	const password = await io.readPassword();
	const problem = passwordProblem(password);
	if (problem) return { code: 1, out: problem };
	const admin = options.get('admin') === true;
	const user = await insertUser(db, { email, name: name.trim(), admin, passwordHash: await hashPassword(password) });
	await audit(db, 'user-added', { actor: 'command line', subject: user.email, detail: { admin } });
	return { code: 0, out: `Added ${user.name} <${user.email}>${admin ? ' as an administrator' : ''}.` };
}

async function listAll(db: Database): Promise<CommandResult> {
	const users = await listUsers(db);
	if (users.length === 0) return { code: 0, out: 'No accounts yet. Add one with: npm run team -- add-user <email> --name "<name>"' };
	const lines = users.map((u) => `${u.email}\t${u.name}${u.admin ? '\tadministrator' : ''}\tadded ${u.createdAt.toISOString().slice(0, 10)}`);
	return { code: 0, out: lines.join('\n') };
}

async function removeUser(db: Database, email: string | undefined, io: CommandIo): Promise<CommandResult> {
	if (!email) return { code: 2, out: 'Give the email address of the account to remove.' };
	const existing = await findUserByEmail(db, email);
	if (!existing) return { code: 1, out: `${normaliseEmail(email)} has no account.` };
	const coordinated = await coordinatedBy(db, existing.id);
	const user = await db.transaction(async (tx) => {
		const removed = await deleteUser(tx, email);
		if (removed) await audit(tx, 'user-removed', { actor: 'command line', subject: removed.email });
		return removed;
	});
	if (!user) return { code: 1, out: `${normaliseEmail(email)} has no account.` };
	await io.announceAccessChange({ userId: user.id });
	const warning = coordinated.length
		? `\nThey coordinated: ${coordinated.map((s) => `"${s.title}"`).join(', ')}. Those statements stay on the server with the people they were shared with.`
		: '';
	return { code: 0, out: `Removed ${user.name} <${user.email}>; their sign-ins and connections have ended.${warning}` };
}

async function resetPassword(db: Database, email: string | undefined, io: CommandIo): Promise<CommandResult> {
	if (!email) return { code: 2, out: 'Give the email address of the account.' };
	if (!(await findUserByEmail(db, email))) return { code: 1, out: `${normaliseEmail(email)} has no account.` };
	const password = await io.readPassword();
	const problem = passwordProblem(password);
	if (problem) return { code: 1, out: problem };
	const user = await setPassword(db, email, await hashPassword(password));
	if (!user) return { code: 1, out: `${normaliseEmail(email)} has no account.` };
	await audit(db, 'password-reset', { actor: 'command line', subject: user.email });
	await io.announceAccessChange({ userId: user.id, signedOut: true });
	return { code: 0, out: `Set a new password for ${user.email}; they are signed out everywhere.` };
}

async function showAudit(db: Database, limit: string | true | undefined): Promise<CommandResult> {
	const count = limit === undefined ? 100 : Number(limit);
	if (!Number.isInteger(count) || count < 1 || count > 10_000) return { code: 2, out: '--limit takes a whole number from 1 to 10000.' };
	const entries = await listAudit(db, count);
	if (entries.length === 0) return { code: 0, out: 'The audit log is empty.' };
	const lines = entries.map((e) =>
		[e.at.toISOString(), e.event, e.actor ?? '-', e.subject ?? '-', Object.keys(e.detail).length ? JSON.stringify(e.detail) : ''].join('\t').trimEnd()
	);
	return { code: 0, out: lines.join('\n') };
}

function parseArgs(args: readonly string[]): { positional: string[]; options: Map<string, string | true> } {
	const positional: string[] = [];
	const options = new Map<string, string | true>();
	for (let i = 0; i < args.length; i++) {
		const arg = args[i] ?? '';
		if (!arg.startsWith('--')) {
			positional.push(arg);
			continue;
		}
		const [key, inline] = arg.slice(2).split(/=(.*)/s, 2);
		const next = args[i + 1];
		if (inline !== undefined) options.set(key ?? '', inline);
		else if (key !== 'admin' && next !== undefined && !next.startsWith('--')) {
			options.set(key ?? '', next);
			i++;
		} else options.set(key ?? '', true);
	}
	return { positional, options };
}
