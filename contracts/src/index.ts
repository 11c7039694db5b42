export * from './errors';
export * from './common';
export * from './health';
export * from './setup';
export * from './auth';
export * from './users';
export * from './patients';
export * from './audit';
