// @ts-check
/**
 * Makes sure the PostgreSQL server and Redis the team server's tests start
 * for themselves are installed. On a Debian or Ubuntu machine where we are
 * root (CI, a fresh container) it installs Debian's `postgresql` and
 * `redis-server` packages; anywhere else it explains what to install. The
 * tests run their own throwaway servers on loopback ports: the clusters and
 * services the packages set up are never used.
 */

import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';

/** Where Debian and Ubuntu put each PostgreSQL major's server binaries: /usr/lib/postgresql/<major>/bin. */
const debianPostgresRoot = '/usr/lib/postgresql';

/** The PostgreSQL server programs the tests run. */
const postgresPrograms = ['initdb', 'postgres', 'pg_ctl'];

const policyRcd = '/usr/sbin/policy-rc.d';

const advice =
	'Install them (on Debian or Ubuntu: sudo apt-get install postgresql redis-server), or set POSTGRES_BIN_DIR to a folder holding initdb, postgres and pg_ctl and REDIS_SERVER_PATH to a redis-server binary.';

/**
 * The bin folder of the newest PostgreSQL major installed, or null. Set
 * POSTGRES_BIN_DIR to use another installation (it must hold initdb, postgres
 * and pg_ctl).
 *
 * @returns {string | null}
 */
function findPostgresBinDir() {
	const override = process.env.POSTGRES_BIN_DIR;
	if (override) return hasPostgresPrograms(override) ? override : null;
	if (!existsSync(debianPostgresRoot)) return null;
	const majors = readdirSync(debianPostgresRoot)
		.filter((name) => /^\d+(\.\d+)?$/.test(name))
		.sort((a, b) => Number(b) - Number(a));
	for (const major of majors) {
		const bin = join(debianPostgresRoot, major, 'bin');
		if (hasPostgresPrograms(bin)) return bin;
	}
	return null;
}

/** @param {string} dir */
function hasPostgresPrograms(dir) {
	return postgresPrograms.every((program) => existsSync(join(dir, program)));
}

/**
 * The redis-server binary, from REDIS_SERVER_PATH or the PATH, or null.
 *
 * @returns {string | null}
 */
function findRedisServer() {
	const override = process.env.REDIS_SERVER_PATH;
	if (override) return existsSync(override) ? override : null;
	const dirs = [...(process.env.PATH ?? '').split(delimiter), '/usr/bin', '/usr/sbin', '/usr/local/bin'];
	for (const dir of dirs) {
		if (!dir) continue;
		const candidate = join(dir, 'redis-server');
		if (existsSync(candidate)) return candidate;
	}
	return null;
}

/**
 * The bin folder (holding initdb, postgres and pg_ctl) of the newest
 * PostgreSQL major installed; throws if there is none.
 *
 * @returns {string}
 */
export function postgresBinDir() {
	const dir = findPostgresBinDir();
	if (dir) return dir;
	throw new Error(
		process.env.POSTGRES_BIN_DIR
			? `POSTGRES_BIN_DIR (${process.env.POSTGRES_BIN_DIR}) does not hold ${postgresPrograms.join(', ')}.`
			: `The team server's tests need the PostgreSQL server (${postgresPrograms.join(', ')} in ${debianPostgresRoot}/<major>/bin). ${advice}`
	);
}

/**
 * The redis-server binary; throws if there is none.
 *
 * @returns {string}
 */
export function redisServerPath() {
	const path = findRedisServer();
	if (path) return path;
	throw new Error(
		process.env.REDIS_SERVER_PATH
			? `REDIS_SERVER_PATH (${process.env.REDIS_SERVER_PATH}) does not exist.`
			: `The team server's tests need redis-server. ${advice}`
	);
}

/** Installs PostgreSQL and Redis if they are missing and we can; throws with advice if we cannot. */
export function ensureServices() {
	/** @type {string[]} */
	const missing = [];
	if (!findPostgresBinDir()) missing.push('postgresql');
	if (!findRedisServer()) missing.push('redis-server');
	if (missing.length === 0) return;

	const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
	const overridden = process.env.POSTGRES_BIN_DIR || process.env.REDIS_SERVER_PATH;
	if (isRoot && existsSync('/usr/bin/apt-get') && !overridden) {
		console.error(`Installing Debian’s ${missing.join(' and ')} for the team server’s tests…`);
		aptInstall(missing);
	}
	postgresBinDir();
	redisServerPath();
}

/**
 * `apt-get install` without questions. Tries the package lists there are
 * first and runs `apt-get update` only if that fails (a fresh container has
 * none). The packages' scripts would start a cluster on port 5432 and a Redis
 * on 6379, and fail the install if a start failed (say, the port is taken):
 * with no systemd and no policy-rc.d, a temporary policy-rc.d stops them
 * from starting anything.
 *
 * @param {string[]} packages
 */
function aptInstall(packages) {
	const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
	/** @type {import('node:child_process').SpawnSyncOptions} */
	const options = { stdio: ['ignore', 'inherit', 'inherit'], env, timeout: 15 * 60_000 };
	const install = () =>
		spawnSync(
			'apt-get',
			['install', '-y', '-o', 'Dpkg::Options::=--force-confdef', '-o', 'Dpkg::Options::=--force-confold', ...packages],
			options
		).status === 0;

	const blockStarts = !existsSync(policyRcd) && !existsSync('/run/systemd/system');
	if (blockStarts) writeFileSync(policyRcd, '#!/bin/sh\n# Written by scripts/ensure-services.js while it installs packages.\nexit 101\n', { mode: 0o755 });
	try {
		if (install()) return;
		if (spawnSync('apt-get', ['update'], options).status === 0) install();
	} finally {
		if (blockStarts) unlinkSync(policyRcd);
	}
}
