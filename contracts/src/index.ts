export * from './errors';
export * from './common';
export * from './health';
export * from './setup';
export * from './auth';
