export * from './vocabulary';
export * from './schema';
export * from './parse';
export * from './money';
export * from './format';
export * from './indexes';
export * from './summary';
export * from './problems';
