// The end of a period ("Kết thúc giai đoạn…", src/jobs/end-period.ts) as the script properties record it: when, which of
// the tool's forms it closed (Thiết lập reopens only those), which the office had closed before (left closed), and the
// closed message each carried before (given back). Pure: parsing and writing the record.
import { FORM_PUBLISH, PERIOD_END } from './messages';

export type FormKey = 'registrationForm' | 'reportForm';
export const FORM_KEYS: readonly FormKey[] = ['registrationForm', 'reportForm'];

export interface PeriodEnd {
  /** When it ended (epoch ms); also the mark left in the ending account's user properties (who holds the tool). */
  at: number;
  /** 'closing' while the run closes the forms and removes the triggers (a run that died there is finished by the next). */
  stage: 'closing' | 'done';
  /** The period's name ("2021-2025"), as "Cấu hình" named it then. */
  period: string;
  /** Forms the end closed (recorded before it closes them). */
  closed: FormKey[];
  /** Forms already closed by the office (not taking responses): left as they were, and by Thiết lập too. */
  kept: FormKey[];
  /** Forms the run could not open: nothing done to them. */
  unopened: FormKey[];
  /** The custom closed message each closed form had before ('' = Forms' default). */
  messages: Partial<Record<FormKey, string>>;
  /** When the account that ended it ran Thiết lập ("dd/MM/yyyy HH:mm:ss"; '' unknown): who, without reading an address. */
  by: string;
}

const isKey = (k: unknown): k is FormKey => k === 'registrationForm' || k === 'reportForm';

/** The record from its property (null: not ended, or a value that cannot be read — then nothing is taken as ended). */
export function parsePeriodEnd(raw: string | null | undefined): PeriodEnd | null {
  if (!raw) return null;
  try {
    const v = JSON.parse(raw) as Partial<PeriodEnd>;
    if (!v || typeof v !== 'object' || typeof v.at !== 'number' || !isFinite(v.at)) return null;
    const keys = (x: unknown) => (Array.isArray(x) ? x.filter(isKey) : []);
    const messages: Partial<Record<FormKey, string>> = {};
    if (v.messages && typeof v.messages === 'object') for (const k of FORM_KEYS) if (typeof v.messages[k] === 'string') messages[k] = v.messages[k];
    return {
      at: v.at,
      stage: v.stage === 'closing' ? 'closing' : 'done',
      period: typeof v.period === 'string' ? v.period : '',
      closed: keys(v.closed),
      kept: keys(v.kept),
      unopened: keys(v.unopened),
      messages,
      by: typeof v.by === 'string' ? v.by : '',
    };
  } catch {
    return null;
  }
}

export function periodEndText(e: PeriodEnd): string {
  return JSON.stringify(e);
}

/** How the end left the forms, for "Tình trạng" (its line; the "Lịch chạy" of the submissions' jobs): from its record. */
export function formsShut(record: PeriodEnd): string {
  const kind = (keys: readonly FormKey[]) => keys.map((k) => FORM_PUBLISH.kind[k]);
  return PERIOD_END.formsShut(kind([...record.closed, ...record.kept]), kind(record.unopened));
}
