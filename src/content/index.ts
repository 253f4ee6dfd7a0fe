export * from './actionSchema.ts';
export * from './errors.ts';
export * from './fingerprint.ts';
export * from './load.ts';
export * from './schema.ts';
export * from './validate.ts';
export * from './citations.ts';
