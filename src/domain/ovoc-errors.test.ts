import { OVOC_DOCUMENTED_ERROR_STATUSES, ovocErrorMeaning } from './ovoc-errors';

describe('ovocErrorMeaning', () => {
  it('explains every status the OVOC pages document, for both calls', () => {
    for (const status of OVOC_DOCUMENTED_ERROR_STATUSES) {
      for (const subject of ['services', 'customer'] as const) {
        const meaning = ovocErrorMeaning(status, subject);
        expect(meaning?.status).toBe(status);
        expect(meaning?.title.length).toBeGreaterThan(5);
        expect(meaning?.meaning.length).toBeGreaterThan(40);
        expect(meaning?.action.length).toBeGreaterThan(10);
      }
    }
  });

  it('uses the documented wording', () => {
    expect(ovocErrorMeaning(503, 'services')?.title).toBe('Live Platform portal is not configured');
    expect(ovocErrorMeaning(404, 'customer')?.meaning).toMatch(/does not exist.*different tenant/);
    expect(ovocErrorMeaning(409, 'customer')?.meaning).toMatch(/validate the tenant id/);
    expect(ovocErrorMeaning(500, 'services')?.meaning).toMatch(/communicate with the Live Platform portal/);
    expect(ovocErrorMeaning(400, 'customer')?.meaning).toMatch(/malformed/);
  });

  it('says only a 500 is worth retrying', () => {
    expect(OVOC_DOCUMENTED_ERROR_STATUSES.filter((s) => ovocErrorMeaning(s, 'services')?.retryable)).toEqual([500]);
  });

  it('has no meaning for statuses the pages do not document', () => {
    expect(ovocErrorMeaning(502, 'services')).toBeNull();
    expect(ovocErrorMeaning(undefined, 'services')).toBeNull();
    expect(ovocErrorMeaning(null, 'customer')).toBeNull();
  });
});
