/**
 * Steps that bring older files up to the current format, one version at a
 * time: `upgrades[n]` turns a version-n envelope into version n+1. There are
 * none yet (version 1 is the first); when version 2 is introduced, add
 * `1: (file) => ({ ...file, formatVersion: 2, data: ... })` and a test that
 * a version-1 fixture still imports.
 */
export const upgrades: Record<number, (file: Record<string, unknown>) => Record<string, unknown>> = {};
