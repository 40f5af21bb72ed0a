import assert from 'node:assert/strict';
import type { Database } from '../../src/db/database.ts';
import { createLedgerStore } from '../../src/modules/cards/ledger-store.ts';

/**
 * The ledger check that runs after every money test: every balance is the sum of its transfers, each
 * municipality's accounts sum to zero, no card is below zero, no reversal reverses more than it may.
 */
export async function assertLedgerHolds(database: Database): Promise<void> {
  const report = await createLedgerStore(database.db).check();
  assert.deepEqual(
    {
      balanceMismatches: report.balanceMismatches,
      unbalancedMunicipalities: report.unbalancedMunicipalities,
      negativeCards: report.negativeCards,
      badReversals: report.badReversals,
    },
    { balanceMismatches: [], unbalancedMunicipalities: [], negativeCards: [], badReversals: [] },
    'the ledger check found a fault',
  );
}
