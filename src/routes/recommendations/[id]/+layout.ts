// Recommendations exist only in the user's browser, so this page cannot be
// prerendered: the fallback page serves it.
export const prerender = false;
