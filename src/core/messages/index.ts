export * from './app';
export * from './validation';
export * from './summaries';
