import type { OutputFormat } from '@nianbao/publish';
import type { ExportKind } from '../exports/export-kind';

/** Every job the queue runs, by name, with its payload. Payloads are JSON: they travel through Redis. */
export interface JobPayloads {
  /** One uploaded file becomes a new draft version of one report. */
  'report.import': {
    ownerId: number;
    reportId: number;
    /** The version the uploader saw: the import writes the next one or nothing. */
    baseVersion: number;
    fileName: string;
    /** The upload, kept beside the job (JobQueue.storeFile): the job stays small for every status read. */
    fileId: string;
  };
  /** A zip of workbooks, each matched to a report of the campaign by the agency named in the file. */
  'campaign.batch-import': {
    ownerId: number;
    campaignId: number;
    fileName: string;
    /** The zip, kept beside the job (JobQueue.storeFile). */
    fileId: string;
  };
  /** Past published reports (files and zips) read one by one and matched to orgs, for review (history import). */
  'history.import': {
    ownerId: number;
    importId: number;
    /** The uploads, kept beside the job (JobQueue.storeFile), in the order they were sent. */
    uploads: { fileName: string; fileId: string }[];
  };
  /** A workbook (or, for `documents`, a zip of published reports) built from a campaign's reports below an org. */
  'campaign.export': {
    ownerId: number;
    campaignId: number;
    orgId: number;
    kind: ExportKind;
    /** `documents` only: the formats of each report in the zip; all when absent. */
    formats?: OutputFormat[];
  };
  /** Looks for deadlines, overdue and returned reports and tells the right people, once per person and event. */
  'reminders.scan': { ownerId: null; at?: string };
  /** A 政务公开办 reviewer reminds the submitters of the unfinished reports below an org, now. */
  'reminders.send': { ownerId: number; campaignId: number; orgId: number | null; at: string };
  /** A report moved: close its answered approval cards in the work app and send cards to its next approvers. */
  'work-app.report-changed': { ownerId: null; reportId: number };
  /** One inbox notification also goes to its user through the work app (work_app_messages row). */
  'work-app.notify': { ownerId: null; messageId: number };
}

export type JobName = keyof JobPayloads;

export const JOB_NAMES: readonly JobName[] = [
  'report.import',
  'campaign.batch-import',
  'history.import',
  'campaign.export',
  'reminders.scan',
  'reminders.send',
  'work-app.report-changed',
  'work-app.notify',
];

/** bull's own words for where a job is (a job waiting for its next attempt is `waiting`). */
export type JobState = 'waiting' | 'active' | 'completed' | 'failed';

export interface JobSnapshot {
  id: string;
  name: JobName;
  state: JobState;
  /** 0–100. */
  progress: number;
  ownerId: number | null;
  result: unknown;
  /** Chinese reason of the last failure. */
  failedReason: string | null;
  attemptsMade: number;
}
