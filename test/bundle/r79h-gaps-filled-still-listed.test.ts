// Handover mid-season (review r79h F5): the former clerk completed the draft Quyết định in the document itself — every
// "[… — cơ quan bổ sung]" line typed out, as the row in "Đề nghị khen thưởng" offers («Điền trong dự thảo trước khi
// trình ký…»). The colleague who takes over reads the tab: after "Xem trước…" the draft's row still says «Dự thảo còn
// dòng “[… — cơ quan bổ sung]”: căn cứ chức năng, nhiệm vụ…; điều về tiền thưởng…; căn cứ Kế hoạch…», the work the
// draft no longer needs. She cannot tell the draft is ready; what the tab tells her to do (fill "Cấu hình", make the
// documents again) replaces the completed draft (F1).
import { describe, expect, it } from 'vitest';
import { PROPOSAL_TAB } from '../../src/core/messages';
import { live, meetingOffice, text } from './r66b-lib';

const DAY = 24 * 3600_000;

describe('a draft Quyết định whose gaps were all filled in the document', () => {
  it('"Xem trước" no longer lists as missing the lines the document has', () => {
    const o = meetingOffice();
    o.bundle.call('generateProposals', undefined, { kind: 'menu' });
    const draft = live(o).find((d) => d.name.startsWith('Dự thảo Quyết định'))!;
    const gaps = (text(o, draft.id).match(/\[[^\]]*cơ quan bổ sung\]/g) ?? []).length;
    expect(gaps).toBe(3);
    o.emu.clock.advance(3600_000);
    o.emu.runtime.execute(
      () => {
        const doc = o.emu.globals.DocumentApp.openById(draft.id);
        const body = doc.getBody();
        body.replaceText('\\[Căn cứ Quyết định[^\\]]*\\]', 'Căn cứ Quyết định số 12/QĐ-UBND ngày 01/3/2021 của Ủy ban nhân dân thành phố Yên Bái quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Phòng Giáo dục và Đào tạo thành phố Yên Bái');
        body.replaceText('\\[Căn cứ Kế hoạch[^\\]]*\\]', 'Căn cứ Kế hoạch số 125/KH-PGDĐT ngày 20/9/2021 của Phòng Giáo dục và Đào tạo thành phố Yên Bái về việc phát hiện, bồi dưỡng, tổng kết và nhân rộng các mô hình, điển hình tiên tiến giai đoạn 2021-2025');
        body.replaceText('\\[Tiền thưởng[^\\]]*\\]', 'Cá nhân được tặng Giấy khen được thưởng theo quy định; kinh phí chi từ Quỹ thi đua, khen thưởng của Phòng');
        doc.saveAndClose();
      },
      { kind: 'node', label: 'the former clerk completes the draft by hand' },
    );
    expect(text(o, draft.id)).not.toContain('cơ quan bổ sung]');
    o.emu.clock.advance(2 * DAY);
    o.bundle.call('previewProposals', undefined, { kind: 'menu' });
    const row = o.emu.spreadsheets
      .values(PROPOSAL_TAB)
      .find((r) => String(r[6]).startsWith('Dự thảo Quyết định') && String(r[7]).includes(draft.id))!
      .map(String)
      .join(' | ');
    // The control: it is the completed draft's row, kept.
    expect(row).toContain('đã có, không tạo lại');
    expect(row).not.toContain('Dự thảo còn dòng “[… — cơ quan bổ sung]”');
  });
});
