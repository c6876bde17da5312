// Review d74c F2 — Medium (regression of a0e64bbc). Who is hurt: a liên cấp school ("Trường TH và THCS Quang Minh") that
// sends its own registration ("Toàn đơn vị") again, to correct it, writing its name the short way without "Trường" —
// "TH và THCS Quang Minh", as a single-level school may write "Tiểu học Hòa Bình" and still be the school itself.
// What happens now: isSchoolItself (src/core/unit-names.ts) now takes a level outside the school's name as written for
// a section whenever the school has more than one level (`own.size > 1`). With no "Trường", all the school's words
// ("TH", "THCS") are "before" its name, so its full own name reads as a part of itself. The two registrations of the
// school are then two subjects: the new one does not replace the old one, and "Thẩm định" lists the school twice,
// the old incomplete registration beside the corrected one (before a0e64bbc the second replaced the first).
// What should happen: the school's name with all its levels ("TH và THCS Quang Minh", "TH&THCS Quang Minh") is the
// school itself, "Trường" or not: the later registration replaces the earlier. Only a level the name does not hold
// all of ("Tiểu học Quang Minh", "Trường TH và THCS Quang Minh - Tiểu học") is a section.
import { describe, expect, it } from 'vitest';
import { Q } from '../../src/core/registration-form';
import { REVIEW_HEADERS, REVIEW_VERDICT_SUPERSEDED } from '../../src/core/messages';
import { SCHOOLS, collectiveAnswers, officeAfterSetup } from './helpers';

describe('d74c F2: a liên cấp school’s own name written without “Trường”', () => {
  it('is the school itself: its registration sent again replaces the earlier one', () => {
    const lienCap = { ...SCHOOLS[2], name: 'Trường TH và THCS Quang Minh' };
    const o = officeAfterSetup([SCHOOLS[0], SCHOOLS[1], lienCap]);
    o.emu.forms.submitAsUser(o.formId, { ...collectiveAnswers(), [Q.school]: lienCap.name, [Q.collectiveName]: lienCap.name }, { email: lienCap.emails[0] });
    o.emu.clock.advance(86_400_000);
    // Sent again the next day, the name written the short way.
    o.emu.forms.submitAsUser(o.formId, { ...collectiveAnswers(), [Q.school]: lienCap.name, [Q.collectiveName]: 'TH và THCS Quang Minh' }, { email: lienCap.emails[0] });
    o.bundle.call('rebuildSummaries', undefined, { kind: 'timeTrigger' });
    const v = o.emu.spreadsheets.values('Thẩm định');
    const h = v[0].map(String);
    const rows = v.slice(1).filter((r) => String(r[h.indexOf(REVIEW_HEADERS.school)]) === lienCap.name);
    const standing = rows.filter((r) => String(r[h.indexOf(REVIEW_HEADERS.verdict)]) !== REVIEW_VERDICT_SUPERSEDED).map((r) => String(r[h.indexOf(REVIEW_HEADERS.name)]));
    // One registration of the school stands, the later one.
    expect(standing).toEqual(['TH và THCS Quang Minh']);
  });
});
