import { watch } from '$lib/storage/live.ts';

/**
 * Rune state that follows a database query. `key` is read reactively (for
 * example a route parameter); whenever it or the queried data changes, the
 * query runs again. Create it during component initialisation.
 */
export class Live<K, T> {
	current = $state<T | undefined>(undefined);
	loaded = $state(false);
	error = $state<unknown>(undefined);

	constructor(key: () => K, query: (key: K) => Promise<T>) {
		$effect(() => {
			const k = key();
			this.loaded = false;
			const subscription = watch(() => query(k)).subscribe({
				next: (value) => {
					this.current = value;
					this.loaded = true;
					this.error = undefined;
				},
				error: (error) => {
					this.error = error;
					this.loaded = true;
				}
			});
			return () => subscription.unsubscribe();
		});
	}
}
