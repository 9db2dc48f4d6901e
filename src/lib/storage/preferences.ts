/**
 * Small settings for this browser only (not part of any statement), kept in
 * localStorage. Reading or writing never throws: if storage is off, the
 * default is used and the choice lasts until the page closes.
 */

const PREFIX = 'preference:';

/** A yes/no setting, or `fallback` when it has never been set or cannot be read. */
export function readFlag(name: string, fallback: boolean): boolean {
	try {
		const value = localStorage.getItem(PREFIX + name);
		return value === null ? fallback : value === 'on';
	} catch {
		return fallback;
	}
}

/** Records a yes/no setting; ignored if storage is unavailable. */
export function writeFlag(name: string, value: boolean): void {
	try {
		localStorage.setItem(PREFIX + name, value ? 'on' : 'off');
	} catch {
		// Private windows and full disks: the choice still holds for this page.
	}
}
