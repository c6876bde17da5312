// Review r73r (the people who fill in the form) F3: the teacher types her name in capitals, or with "Cô" before it,
// on her phone. The form's help says the name is printed as written in the award documents; the tool knows such a name
// is not one to print (proposals.ts nameCaseWrong, the title words of duplicates.ts personWords) — but it tells only the
// office, when it makes the documents months later (a capitalised name), or nobody (a "Cô", "Đ/c" kept in the
// decision). The confirmation she reads the same minute says "Đạt" and nothing else; she is the one who can fix it.
import { describe, expect, it } from 'vitest';
import { confirmationOf } from './helpers';
import { Q } from '../../src/core/registration-form';

const confirmationFor = (name: string): string => confirmationOf({ [Q.individualName]: name }).body;

describe('the name as she typed it (r73r F3)', () => {
  it('a name as the documents print it: nothing said of it (the control)', () => {
    expect(confirmationFor('Nguyễn Thị Hòa')).not.toContain(`“${Q.individualName}”`);
  });

  it('in capitals: the confirmation says the name is printed as typed, names the question and the usual writing', () => {
    const body = confirmationFor('NGUYỄN THỊ HÒA');
    expect(body).toContain(`“${Q.individualName}”`);
    expect(body).toContain('Nguyễn Thị Hòa');
  });

  it('with "Cô" or "Đ/c" before it: the confirmation asks for the name alone', () => {
    for (const name of ['Cô Nguyễn Thị Hòa', 'Đ/c Nguyễn Thị Hòa']) expect(confirmationFor(name), name).toContain(`“${Q.individualName}”`);
  });
});
