// Everything runs in the browser: data lives in IndexedDB on the user's device.
export const ssr = false;
export const prerender = true;
export const trailingSlash = 'never';
