import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { SignJWT, jwtVerify } from 'jose';
import type { Database } from './store/database.ts';
import { audit } from './store/audit.ts';
import { verifyPassword, UNKNOWN_USER_HASH } from './passwords.ts';
import {
	clearFailures,
	findFailures,
	findSession,
	insertSession,
	recordFailure,
	revokeSession,
	rotateRefresh,
	signingSecret
} from './store/sessions.ts';
import { findUserByEmail, findUserById, normaliseEmail, type User } from './store/users.ts';

/**
 * Signing in and out. A sign-in gives a short-lived signed access token (a
 * JWT, HS256, with `jose`) and a refresh token that is used once and replaced
 * on each refresh. Every check of an access token also checks its session is
 * still open and its person still has an account, so signing out, removing a
 * person or resetting a password takes effect at once.
 */

/** How long tokens last and when sign-ins slow down and lock. */
export interface AuthRules {
	accessTokenSeconds: number;
	refreshTokenDays: number;
	/** Failed sign-ins in a row after which each answer is delayed. */
	slowAfter: number;
	/** Failed sign-ins in a row that lock the email. */
	lockAfter: number;
	lockSeconds: number;
	/** Failures further apart than this start a new run. */
	windowSeconds: number;
	/** The longest delay before answering a failed sign-in. */
	maxDelayMs: number;
}

/** The rules a council's server runs with. */
export const DEFAULT_AUTH_RULES: AuthRules = {
	accessTokenSeconds: 15 * 60,
	refreshTokenDays: 30,
	slowAfter: 3,
	lockAfter: 10,
	lockSeconds: 15 * 60,
	windowSeconds: 15 * 60,
	maxDelayMs: 8000
};

/** The tokens a device keeps while signed in. */
export interface Tokens {
	accessToken: string;
	/** ISO 8601: when the access token stops working. */
	accessTokenExpiresAt: string;
	refreshToken: string;
}

/** What signing in gave. */
export type SignInResult =
	| { ok: true; user: User; tokens: Tokens }
	| { ok: false; reason: 'wrong' }
	| { ok: false; reason: 'locked'; until: Date };

/** A checked access token: who, and which session. */
export interface Identity {
	user: User;
	sessionId: string;
}

const ISSUER = 'careless-scrutiny-team-server';

/** Signs people in and checks their tokens. */
export class Auth {
	private constructor(
		private readonly db: Database,
		private readonly secret: Uint8Array,
		private readonly rules: AuthRules
	) {}

	/** Sets up signing with the database's key (made on first use). */
	static async create(db: Database, rules: AuthRules = DEFAULT_AUTH_RULES): Promise<Auth> {
		return new Auth(db, await signingSecret(db), rules);
	}

	/**
	 * Checks an email and password. The answer is the same, and takes about as
	 * long, whether or not the email has an account; repeated failures for an
	 * email are answered more slowly and then locked for a while.
	 */
	async signIn(email: string, password: string): Promise<SignInResult> {
		const key = normaliseEmail(email);
		const failures = await findFailures(this.db, key);
		if (failures?.lockedUntil && failures.lockedUntil > new Date()) {
			await audit(this.db, 'sign-in-locked', { actor: key });
			return { ok: false, reason: 'locked', until: failures.lockedUntil };
		}
		const user = await findUserByEmail(this.db, key);
		const matches = await verifyPassword(password, user?.passwordHash ?? UNKNOWN_USER_HASH);
		if (!user || !matches) {
			const run = await recordFailure(this.db, key, this.rules);
			await audit(this.db, 'sign-in-failed', { actor: key, detail: { failures: run.failures } });
			await sleep(this.delayFor(run.failures));
			if (run.lockedUntil && run.lockedUntil > new Date()) return { ok: false, reason: 'locked', until: run.lockedUntil };
			return { ok: false, reason: 'wrong' };
		}
		await clearFailures(this.db, key);
		const sessionId = randomUUID();
		const refresh = newRefreshSecret();
		await insertSession(this.db, { id: sessionId, userId: user.id, refreshHash: hashSecret(refresh), expiresAt: this.refreshExpiry() });
		await audit(this.db, 'sign-in', { actor: user.email, detail: { session: sessionId } });
		const { passwordHash: _, ...plain } = user;
		return { ok: true, user: plain, tokens: await this.tokens(user.id, sessionId, refresh) };
	}

	/** New tokens for a refresh token, which stops working; undefined when it is not valid. */
	async refresh(refreshToken: string): Promise<{ user: User; tokens: Tokens } | undefined> {
		const [sessionId, secret] = refreshToken.split('.');
		if (!sessionId || !secret) return undefined;
		const session = await findSession(this.db, sessionId);
		if (!session || session.revokedAt || session.expiresAt <= new Date()) return undefined;
		const user = await findUserById(this.db, session.userId);
		if (!user) return undefined;
		const next = newRefreshSecret();
		if (!(await rotateRefresh(this.db, sessionId, hashSecret(secret), hashSecret(next), this.refreshExpiry()))) {
			// A refresh token used twice may have been stolen: end the session.
			await revokeSession(this.db, sessionId);
			return undefined;
		}
		return { user, tokens: await this.tokens(user.id, sessionId, next) };
	}

	/** Who holds this access token, or undefined when it is forged, expired, signed out or its person removed. */
	async verify(accessToken: string): Promise<Identity | undefined> {
		let sessionId: unknown;
		let userId: unknown;
		try {
			const { payload } = await jwtVerify(accessToken, this.secret, { issuer: ISSUER, algorithms: ['HS256'] });
			sessionId = payload.sid;
			userId = payload.sub;
		} catch {
			return undefined;
		}
		if (typeof sessionId !== 'string' || typeof userId !== 'string') return undefined;
		const session = await findSession(this.db, sessionId);
		if (!session || session.revokedAt || session.userId !== userId) return undefined;
		const user = await findUserById(this.db, userId);
		return user ? { user, sessionId } : undefined;
	}

	/** Ends the session: its tokens stop working at once. */
	async signOut(identity: Identity): Promise<void> {
		await revokeSession(this.db, identity.sessionId);
		await audit(this.db, 'sign-out', { actor: identity.user.email, detail: { session: identity.sessionId } });
	}

	private delayFor(failures: number): number {
		if (failures <= this.rules.slowAfter) return 0;
		return Math.min(this.rules.maxDelayMs, 500 * 2 ** (failures - this.rules.slowAfter - 1));
	}

	private refreshExpiry(): Date {
		return new Date(Date.now() + this.rules.refreshTokenDays * 86_400_000);
	}

	private async tokens(userId: string, sessionId: string, refreshSecret: string): Promise<Tokens> {
		const expiresAt = new Date(Date.now() + this.rules.accessTokenSeconds * 1000);
		const accessToken = await new SignJWT({ sid: sessionId })
			.setProtectedHeader({ alg: 'HS256' })
			.setSubject(userId)
			.setIssuer(ISSUER)
			.setIssuedAt()
			.setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
			.sign(this.secret);
		return { accessToken, accessTokenExpiresAt: expiresAt.toISOString(), refreshToken: `${sessionId}.${refreshSecret}` };
	}
}

function newRefreshSecret(): string {
	return randomBytes(32).toString('base64url');
}

function hashSecret(secret: string): string {
	return createHash('sha256').update(secret).digest('base64url');
}

function sleep(ms: number): Promise<void> {
	return ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve();
}
