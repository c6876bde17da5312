// Text typed with Unikey or EVKey left on a legacy code table (TCVN3 "ABC", VNI Windows): a name is never one
// (legacy-code-table.ts legacyCodeTableChar); a free-text answer the documents print reads as one only when its words do
// (legacyCodeTableText), since real text has symbols of its own (review r77t F1).
import { describe, expect, it } from 'vitest';
import { legacyCodeTableChar, legacyCodeTableText } from '../../src/core/legacy-code-table';

describe('legacy code tables', () => {
  it('a free-text answer typed with TCVN3 or VNI reads as such, its first character named', () => {
    // "Năm học 2026-2027, cô đã xây dựng mô hình …" (TCVN3), "Đại học Sư phạm Toán" (VNI), "Thôn 3, xã Hòa Bình" (TCVN3),
    // "Giúp học sinh lớp 5 học tốt môn Toán" (TCVN3), a one-word answer "Đại" (TCVN3 "§¹i").
    expect(legacyCodeTableText('N¨m häc 2026-2027, c« ®· x©y dùng m« h×nh')).toBe('¨');
    expect(legacyCodeTableText('Ñaïi hoïc Sö phaïm Toaùn')).toBe('Ñ');
    expect(legacyCodeTableText('Th«n 3, x· Hßa B×nh')).toBe('«');
    expect(legacyCodeTableText('Gióp häc sinh líp 5 häc tèt m«n To¸n')).toBe('ä');
    expect(legacyCodeTableText('§¹i')).toBe('§');
  });
  it('real text with symbols of its own, foreign words, minority spellings: not', () => {
    for (const text of [
      'Diện tích vườn trường 500 m², nhiệt độ phòng học 30°C, thể tích bể 3 m³.',
      'Nhiệt độ phòng học từ 25ºC đến 28ºC.',
      'Câu lạc bộ Robotics® của trường đạt giải nhì.',
      'Mô hình «Góc đọc sách cùng con» và «Vườn rau sạch».',
      'Bảng nhân 3×4 và phép chia 8÷2; sai số ±5%; ½ số học sinh.',
      'Dạy học theo phương pháp Montessori và giáo dục STEM của tác giả Müller.',
      'Y Ngông Niê Kdăm, H’Mĭ Byă, buôn Ea Tiêu.',
      // Hashtags of a school's posts, their words run together each with its capital (review d77b, seen).
      'Chương trình #NgàyÁoDài và #MùaÔnThi của nhà trường.',
      'Năm học 2026-2027, cô đã xây dựng mô hình “Góc đọc sách cùng con” cho học sinh lớp 5A.',
      '',
    ]) {
      expect(legacyCodeTableText(text), text).toBeNull();
    }
  });
  it('a name holds none of them, whatever their place', () => {
    expect(legacyCodeTableChar('NguyÔn ThÞ Hïng')).toBe('Ô');
    // Every character a letter of Vietnamese, a capital after a small letter (review d77 F1): "Nguyễn Tuấn Anh".
    expect(legacyCodeTableChar('NguyÔn TuÊn Anh')).toBe('Ô');
    // Names of capitals after an apostrophe or a hyphen, all capitals, a capital opening each word: names.
    for (const name of ['H’Hen Niê', 'H´Hen Niê', 'Y-Moan', 'NGUYỄN TUẤN ANH', 'Ông Ích Khiêm', 'Đàm Ánh Ý']) expect(legacyCodeTableChar(name), name).toBeNull();
    expect(legacyCodeTableChar('Nguyễn Thị Hùng')).toBeNull();
    expect(legacyCodeTableChar('Robotics®')).toBe('®');
  });
});
