export * from './app';
export * from './validation';
export * from './summaries';
export * from './mail';
export * from './proposals';
export * from './school-views';
export * from './profiles';
export * from './notices';
