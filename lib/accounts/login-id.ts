// Zod-free, so browser code (the friend search's query key) can use it without pulling
// zod into every signed-in page's first load.
/** Login IDs are stored and looked up trimmed and in lower case: `Grape_Kim ` is `grape_kim`. */
export const normaliseLoginId = (loginId: string) => loginId.trim().toLowerCase();
