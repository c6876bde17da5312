// The reports of the tests of a report's first sending (src/core/notices.ts firstSendings: w69h, d69, d69b): Hoa Sen's
// six-month report of 2027 sent on 10/06 10:00 (`t1`), its receipt sent; edited on 17/06 10:00 (`t2`).
import { receiptKey } from '../../src/core/notices';
import type { OutboxEntry } from '../../src/core/outbox';
import type { ProgressReport } from '../../src/core/reports';

export const PERIOD = { id: 'BC6-2027', kind: 'halfYear', label: '6 tháng đầu năm 2027' } as unknown as NonNullable<ProgressReport['period']>;
export const HOA_SEN = 'Trường Mầm non Hoa Sen';
export const HOA_BINH = 'Trường Tiểu học Hòa Bình';
export const t1 = new Date(2027, 5, 10, 10).getTime();
export const t2 = new Date(2027, 5, 17, 10).getTime();

/** A row of the report tab: `schoolName`'s report of the period sent at `t`, on sheet row `row`. */
export const reportRow = (schoolName: string, t: number, row: number, email = 'x@example.edu.vn') =>
  ({ row, submittedAt: new Date(t), email, schoolName, school: null, period: PERIOD, periodLabel: PERIOD.label, docRef: 'Số 30', summary: '', link: '' }) as ProgressReport;

/** Hoa Sen's receipt of its report of 10/06 10:00, sent. */
export const receipt: OutboxEntry = { key: receiptKey(PERIOD.id, new Date(t1), HOA_SEN), kind: 'reportReceipt', ref: `MN01 · ${PERIOD.label}`, to: 'mnhoasen@example.edu.vn', subject: `[Điển hình tiên tiến] Đã nhận báo cáo “${PERIOD.label}” — ${HOA_SEN}`, status: 'sent', createdAt: new Date(t1), sentAt: new Date(t1), attempts: 1, note: '' };
