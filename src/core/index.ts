// Public API of the pure core (no Apps Script or Node globals).
export * from './text';
export * from './config';
export * from './criteria';
export * from './registration-form';
export * from './directory';
export * from './registration';
export * from './validate';
export * from './duplicates';
export * from './reports';
export * from './school-duties';
export * from './criteria-tab';
export * from './evaluate';
