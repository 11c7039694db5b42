/** A command line that does not say what it means: printed with the usage text. */
export class UsageError extends Error {}
