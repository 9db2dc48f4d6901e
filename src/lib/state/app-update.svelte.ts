import { dev } from '$app/environment';
import { base } from '$app/paths';

/**
 * Registers the offline service worker and tells the screens when a new
 * version of the app has been downloaded and is waiting to take over.
 * The app never reloads by itself: the user chooses when, and everything
 * pending is saved first.
 */
class AppUpdate {
	/** A new version is installed and waiting; show the "reload to update" banner. */
	available = $state(false);

	/** The user has asked for the update and the page is about to reload. */
	applying = $state(false);

	#registration: ServiceWorkerRegistration | undefined;
	#registered = false;
	#reloading = false;

	/**
	 * Registers `service-worker.js` (not in development, nor in browsers
	 * without service workers) and starts watching for new versions: on each
	 * registration check and whenever the page becomes visible again. Call
	 * once, from the root layout; later calls do nothing. Never throws: the
	 * app works without a service worker, only not offline.
	 */
	async register(): Promise<void> {
		if (dev || this.#registered || typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return;
		this.#registered = true;
		const container = navigator.serviceWorker;

		let registration: ServiceWorkerRegistration;
		try {
			registration = await container.register(`${base}/service-worker.js`);
		} catch (error) {
			console.warn('The app could not be set up to work offline.', error);
			return;
		}
		this.#registration = registration;

		// A version that finished installing before this page loaded.
		if (registration.waiting && container.controller) this.available = true;

		registration.addEventListener('updatefound', () => this.#watch(registration.installing));
		// An update already downloading when the page loaded.
		this.#watch(registration.installing);

		// Another tab applied an update: this page now runs old code under a
		// new worker, so it should be reloaded too, when the user chooses.
		let controller = container.controller;
		container.addEventListener('controllerchange', () => {
			if (controller && !this.#reloading) this.available = true;
			controller = container.controller;
		});

		// Check for a new version whenever the user comes back to the app.
		document.addEventListener('visibilitychange', () => {
			if (document.visibilityState === 'visible') registration.update().catch(() => {});
		});
	}

	/**
	 * Saves everything pending with `flush`, then lets the waiting version
	 * take over and reloads the page once it has. Reloads at most once.
	 */
	async apply(flush: () => Promise<void>): Promise<void> {
		if (this.applying) return;
		this.applying = true;
		try {
			await flush();
		} catch (error) {
			this.applying = false;
			throw error;
		}

		const waiting = this.#registration?.waiting;
		if (!waiting || typeof navigator === 'undefined' || !('serviceWorker' in navigator)) {
			// The new version is already in charge (another tab applied it).
			this.#reload();
			return;
		}
		navigator.serviceWorker.addEventListener('controllerchange', () => this.#reload());
		waiting.postMessage({ type: 'skip-waiting' });
	}

	#watch(worker: ServiceWorker | null): void {
		if (!worker) return;
		worker.addEventListener('statechange', () => {
			// With no controller this is the first install, not an update.
			if (worker.state === 'installed' && navigator.serviceWorker.controller) this.available = true;
		});
	}

	#reload(): void {
		if (this.#reloading) return;
		this.#reloading = true;
		location.reload();
	}
}

/** The one instance. */
export const appUpdate = new AppUpdate();
