// The global entry points Apps Script calls (menu items and triggers). Each lives in its own file in src/jobs;
// the build turns every export here into a top-level function of dist/Code.js.
export { onOpen } from './jobs/on-open';
export { setup } from './jobs/setup';
export { onFormSubmit, continueIntake } from './jobs/on-submit';
export { rebuildSummaries, continueSchoolViews } from './jobs/rebuild';
export { sendWeeklyDigest } from './jobs/digest';
export { sendReminders } from './jobs/reminders';
export { retryJobs } from './jobs/retry';
export { sendWaitingMail } from './jobs/waiting-mail';
export { generateProposals, generateProposalsWithPdf, regenerateProposals, continueProposals, previewProposals } from './jobs/proposals';
export { endPeriod } from './jobs/end-period';
