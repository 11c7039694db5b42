import { v7 } from 'uuid';

/** UUIDv7: time-ordered (good index locality), globally unique across clinics and instances. */
export const newId = (): string => v7();
