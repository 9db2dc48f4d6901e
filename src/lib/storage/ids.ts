/**
 * A new random UUID. `crypto.randomUUID` exists only in secure contexts, and
 * a council may serve the app over plain http on its intranet, so fall back
 * to building a version 4 UUID from `getRandomValues`.
 */
export function newId(): string {
	if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
	const bytes = crypto.getRandomValues(new Uint8Array(16));
	bytes[6] = (bytes[6]! & 0x0f) | 0x40;
	bytes[8] = (bytes[8]! & 0x3f) | 0x80;
	const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
	return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The current time as an ISO 8601 UTC string. */
export function nowIso(): string {
	return new Date().toISOString();
}

/**
 * Now, but always after `previous`: a record whose `updatedAt` is its
 * version stamp must get a new one on every change, even two changes in
 * the same millisecond, or a stale page could not be told apart.
 */
export function nowAfter(previous: string): string {
	const now = Date.now();
	const before = Date.parse(previous);
	return new Date(Number.isNaN(before) || now > before ? now : before + 1).toISOString();
}
