// Statements exist only in the user's browser, so these pages cannot be
// prerendered: the fallback page serves them.
export const prerender = false;
