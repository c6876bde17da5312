// keepTableRows asks the Docs service for indexes once (Documents.get) and deletes page breaks by those indexes later:
// a template the office edits meanwhile (its staff typing in the Quyết định template while documents are made) would
// have another character deleted. The API's writeControl.requiredRevisionId refuses a batch on a changed document.
import { describe, expect, it } from 'vitest';
import { keepTableRows } from '../../src/gas/docs';
import { templateBlocks } from '../../src/core/proposals';

describe('keepTableRows against a template edited meanwhile', () => {
  it('its batchUpdate names the revision its indexes were read from', () => {
    const sent: GoogleAppsScript.Docs.Schema.BatchUpdateDocumentRequest[] = [];
    const content = [
      { startIndex: 1, endIndex: 5, paragraph: { elements: [{ startIndex: 1, endIndex: 5, textRun: { content: 'Abc\n' } }] } },
      { startIndex: 5, endIndex: 7, paragraph: { elements: [{ startIndex: 5, endIndex: 6, pageBreak: {} }, { startIndex: 6, endIndex: 7, textRun: { content: '\n' } }] } },
      { startIndex: 7, endIndex: 12, paragraph: { elements: [{ startIndex: 7, endIndex: 12, textRun: { content: 'Head\n' } }] } },
    ];
    const fake = {
      Documents: {
        get: () => ({ revisionId: 'rev-1', body: { content } }),
        batchUpdate: (resource: GoogleAppsScript.Docs.Schema.BatchUpdateDocumentRequest) => {
          sent.push(resource);
          return { writeControl: { requiredRevisionId: `rev-${sent.length + 1}` }, replies: [] };
        },
      },
    };
    const g = globalThis as Record<string, unknown>;
    const was = g.Docs;
    g.Docs = fake;
    try {
      // No tables in this document: its rows are 'reshaped', only its page break is converted.
      expect(keepTableRows('doc', templateBlocks('quyetDinh')).breaks).toBe('set');
    } finally {
      g.Docs = was;
    }
    expect(sent).toHaveLength(1);
    expect(sent[0].requests!.map((r) => Object.keys(r)[0])).toEqual(['updateParagraphStyle', 'deleteContentRange']);
    expect(sent[0].writeControl?.requiredRevisionId).toBe('rev-1');
  });
});
