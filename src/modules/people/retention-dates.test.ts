import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { AuditService } from '../audit/service.ts';
import { createRetentionService } from './retention.ts';
import type { RetentionStore } from './retention-store.ts';

test('retention ages people by the domain rule: born 29 February, 19 on 1 March in a common year', async () => {
  const asked: Parameters<RetentionStore['anonymiseOutOfScope']>[0][] = [];
  const store: RetentionStore = {
    async anonymiseOutOfScope(input) {
      asked.push(input);
      return { anonymised: 0, guardianshipsRemoved: 0 };
    },
  };
  const audit = { record: async () => undefined } as unknown as AuditService;
  // 11:00 in Oslo on 1 March 2027; a retention period of one day puts the cutoff on 28 February.
  const service = createRetentionService({
    store,
    audit,
    transaction: (work) => work({ store, audit }),
    now: () => new Date('2027-03-01T10:00:00Z'),
  });
  await service.run('system', { municipalityId: 1, retentionDays: 1, dryRun: true });
  const input = asked[0];
  assert.ok(input);
  // Born 2008-02-29: not yet 19 on 28 February 2027, so not aged out by the cutoff ...
  assert.equal(input.agedOutIfBornOnOrBefore, '2008-02-28');
  assert.ok(!('2008-02-29' <= input.agedOutIfBornOnOrBefore));
  // ... and 19 on 1 March 2027, so no longer a child whose guardians are kept.
  assert.equal(input.childIfBornAfter, '2008-03-01');
  assert.ok(!('2008-02-29' > input.childIfBornAfter));
  assert.equal(input.cutoff.toISOString(), '2027-02-28T10:00:00.000Z');
});
