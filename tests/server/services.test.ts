import { connect } from 'node:net';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answersPing, createDatabase, startPostgres, startRedis, type RunningService } from './support/services.ts';

/** Whether anything accepts a TCP connection on 127.0.0.1:`port`. */
function portOpen(port: number): Promise<boolean> {
	return new Promise((resolve) => {
		const socket = connect({ host: '127.0.0.1', port });
		socket.once('connect', () => {
			socket.destroy();
			resolve(true);
		});
		socket.once('error', () => resolve(false));
	});
}

async function query<Row extends pg.QueryResultRow>(url: string, sql: string): Promise<Row[]> {
	const client = new pg.Client({ connectionString: url });
	await client.connect();
	try {
		return (await client.query<Row>(sql)).rows;
	} finally {
		await client.end();
	}
}

describe('the test services', () => {
	let postgres: RunningService;
	let redis: RunningService;

	beforeAll(async () => {
		[postgres, redis] = await Promise.all([startPostgres(), startRedis()]);
		console.info(
			`PostgreSQL started in ${Math.round(postgres.startupMs)} ms, Redis in ${Math.round(redis.startupMs)} ms`
		);
	});

	afterAll(async () => {
		await Promise.all([postgres?.stop(), redis?.stop()]);
	});

	it('runs PostgreSQL on loopback with a database named team', async () => {
		expect(postgres.url).toMatch(/^postgres:\/\/postgres@127\.0\.0\.1:\d+\/team$/);
		const rows = await query<{ one: number; db: string }>(postgres.url, 'SELECT 1 AS one, current_database() AS db');
		expect(rows).toEqual([{ one: 1, db: 'team' }]);
	});

	it('creates a fresh, empty, separate database', async () => {
		await query(postgres.url, 'CREATE TABLE in_team (id int)');
		const url = await createDatabase(postgres.url, 'fresh_one');
		expect(url).toBe(postgres.url.replace(/\/team$/, '/fresh_one'));
		const tables = await query<{ name: string }>(
			url,
			"SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public'"
		);
		expect(tables).toEqual([]);
		expect(await query<{ db: string }>(url, 'SELECT current_database() AS db')).toEqual([{ db: 'fresh_one' }]);
		await expect(createDatabase(postgres.url, 'fresh_one')).rejects.toThrow(/already exists/);
	});

	it('runs Redis on loopback, answering PING', async () => {
		expect(redis.url).toMatch(/^redis:\/\/127\.0\.0\.1:\d+$/);
		expect(await answersPing(Number(new URL(redis.url).port))).toBe(true);
	});

	it('stops both and frees their ports', async () => {
		const ports = [postgres.url, redis.url].map((url) => Number(new URL(url).port));
		expect(await Promise.all(ports.map(portOpen))).toEqual([true, true]);
		await Promise.all([postgres.stop(), redis.stop()]);
		expect(await Promise.all(ports.map(portOpen))).toEqual([false, false]);
		await Promise.all([postgres.stop(), redis.stop()]); // a second stop is harmless
	});
});
