/**
 * `fritidskort grants run NNNN [--scheme ID]`: grants the current period's money of every scheme in force (or one).
 * `fritidskort cards expire NNNN`: returns the unspent money of every card past its expiry date to its scheme's budget.
 * `fritidskort ledger check [NNNN]`: recomputes every balance from its transfers; exits 1 when the ledger is wrong.
 */
import { osloDate } from '../domain/age.ts';
import { formatKroner } from '../domain/ledger.ts';
import { ledgerHolds } from '../modules/cards/ledger-service.ts';
import type { Services } from '../services.ts';

const number = (n: number) => n.toLocaleString('nb-NO');

export async function runGrantsCommand(
  services: Services,
  kommunenummer: string,
  schemeId: string | undefined,
  log: (line: string) => void,
): Promise<number> {
  const municipality = await services.municipalities.getMunicipality(kommunenummer);
  const today = osloDate();
  const schemes = (await services.cards.schemesOf(municipality.id)).filter(
    (s) =>
      (schemeId === undefined || s.id === schemeId) && s.startsOn <= today && (s.endsOn === null || s.endsOn >= today),
  );
  if (schemes.length === 0) {
    log(
      schemeId
        ? `No scheme ${schemeId} in force in ${municipality.name}.`
        : `No scheme in force in ${municipality.name}.`,
    );
    return schemeId ? 1 : 0;
  }
  for (const scheme of schemes) {
    const report = await services.cards.runGrants('system', municipality.id, scheme.id);
    log(
      `${scheme.name} (${report.periodStart} – ${report.periodEnd}): granted ${number(report.children)} children ` +
        `${formatKroner(report.amountOre)}; the period has granted ${formatKroner(report.periodGrantedOre)} of a ` +
        `budget of ${formatKroner(report.budgetOre)}` +
        (report.overBudgetOre > 0 ? ` (over by ${formatKroner(report.overBudgetOre)}).` : '.'),
    );
  }
  return 0;
}

export async function expiryCommand(
  services: Services,
  kommunenummer: string,
  log: (line: string) => void,
): Promise<number> {
  const municipality = await services.municipalities.getMunicipality(kommunenummer);
  const report = await services.expiry.run('system', municipality.id);
  const cards = (n: number) => `${number(n)} ${n === 1 ? 'card' : 'cards'}`;
  for (const line of report.lines) {
    log(
      `${line.schemeName} (${line.periodStart} – ${line.periodEnd}, expired ${line.expiresOn}): ` +
        `${cards(line.cards)}, ${formatKroner(line.amountOre)} back to the budget` +
        (line.heldCards > 0 ? `; ${cards(line.heldCards)} wait for a payment in progress.` : '.'),
    );
  }
  log(
    `Expiry in ${municipality.name} on ${report.runOn}: ${cards(report.cards)}, ${formatKroner(report.amountOre)}` +
      (report.heldCards > 0 ? `; ${cards(report.heldCards)} left for a later run.` : '.'),
  );
  return 0;
}

export async function ledgerCheckCommand(
  services: Services,
  kommunenummer: string | undefined,
  log: (line: string) => void,
): Promise<number> {
  const municipalityId = kommunenummer ? (await services.municipalities.getMunicipality(kommunenummer)).id : undefined;
  const report = await services.ledger.check(municipalityId);
  log(`Ledger: ${number(report.accounts)} accounts, ${number(report.transfers)} transfers.`);
  for (const m of report.balanceMismatches) {
    log(
      `  account ${m.accountId} (municipality ${m.municipalityId}): balance ${m.balanceOre} øre, transfers sum to ${m.computedOre} øre`,
    );
  }
  for (const m of report.unbalancedMunicipalities) {
    log(`  municipality ${m.municipalityId}: accounts sum to ${m.sumOre} øre, not zero`);
  }
  for (const c of report.negativeCards) log(`  card ${c.accountId} is below zero: ${c.balanceOre} øre`);
  for (const r of report.badReversals) log(`  transfer ${r.transferId} is reversed beyond what it moved`);
  if (ledgerHolds(report)) {
    log('Every balance is the sum of its transfers, and every municipality sums to zero.');
    return 0;
  }
  log('The ledger check found faults.');
  return 1;
}
