import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type PaymentStatusReport, parsePain002, paymentOutcomes, StatusReportError, writePain002 } from './pain002.ts';

const ids = ['UTB-1-P1', 'UTB-1-P2', 'UTB-1-P3'];

function refused(xml: string): StatusReportError {
  try {
    parsePain002(xml);
  } catch (error) {
    assert.ok(error instanceof StatusReportError, String(error));
    return error;
  }
  assert.fail('the report was read');
}

test('a rejected payment with AC04 (closed account) among accepted ones', () => {
  const xml = writePain002({
    messageId: 'BANK-STS-1',
    createdAt: '2026-12-07T09:00:00+01:00',
    originalMessageId: 'UTB-2026-0001',
    groupStatus: 'PART',
    paymentInformation: [
      {
        originalPaymentInformationId: 'UTB-2026-0001',
        status: 'PART',
        transactions: [
          { originalEndToEndId: 'UTB-1-P1', status: 'ACSC' },
          { originalEndToEndId: 'UTB-1-P2', status: 'RJCT', reason: { code: 'AC04', text: 'Closed account' } },
        ],
      },
    ],
  });
  const report = parsePain002(xml);
  assert.equal(report.messageId, 'BANK-STS-1');
  assert.equal(report.originalMessageId, 'UTB-2026-0001');
  assert.equal(report.originalMessageNameId, 'pain.001.001.03');
  assert.equal(report.groupStatus, 'PART');
  const outcomes = paymentOutcomes(report, ids);
  assert.deepEqual(outcomes.get('UTB-1-P1'), {
    originalMessageId: 'UTB-2026-0001',
    endToEndId: 'UTB-1-P1',
    outcome: 'accepted',
    status: 'ACSC',
    reasons: [],
    level: 'transaction',
  });
  assert.deepEqual(outcomes.get('UTB-1-P2'), {
    originalMessageId: 'UTB-2026-0001',
    endToEndId: 'UTB-1-P2',
    outcome: 'rejected',
    status: 'RJCT',
    reasons: [{ code: 'AC04', proprietary: null, text: 'Closed account' }],
    level: 'transaction',
  });
  // Partly accepted: a payment the report does not mention keeps its state.
  assert.equal(outcomes.has('UTB-1-P3'), false);
});

test('a whole-group rejection rejects every payment of the original file with the group reason', () => {
  const xml = writePain002({
    messageId: 'BANK-STS-2',
    createdAt: '2026-12-07T09:00:00+01:00',
    originalMessageId: 'UTB-2026-0001',
    groupStatus: 'RJCT',
    groupReasons: [{ code: 'AM05', text: 'Duplication' }],
  });
  const outcomes = paymentOutcomes(parsePain002(xml), ids);
  assert.equal(outcomes.size, 3);
  for (const id of ids) {
    assert.deepEqual(outcomes.get(id), {
      originalMessageId: 'UTB-2026-0001',
      endToEndId: id,
      outcome: 'rejected',
      status: 'RJCT',
      reasons: [{ code: 'AM05', proprietary: null, text: 'Duplication' }],
      level: 'group',
    });
  }
});

test("a bank's own file with a namespace prefix, proprietary reasons and several text lines", () => {
  const xml = `<?xml version="1.0" encoding="UTF-8"?>
<ns2:Document xmlns:ns2="urn:iso:std:iso:20022:tech:xsd:pain.002.001.03">
  <ns2:CstmrPmtStsRpt>
    <ns2:GrpHdr><ns2:MsgId>STS 77</ns2:MsgId><ns2:CreDtTm>2026-12-08T06:01:02</ns2:CreDtTm></ns2:GrpHdr>
    <ns2:OrgnlGrpInfAndSts>
      <ns2:OrgnlMsgId>UTB-2026-0002</ns2:OrgnlMsgId>
      <ns2:OrgnlMsgNmId>pain.001.001.03</ns2:OrgnlMsgNmId>
    </ns2:OrgnlGrpInfAndSts>
    <ns2:OrgnlPmtInfAndSts>
      <ns2:OrgnlPmtInfId>UTB-2026-0002</ns2:OrgnlPmtInfId>
      <ns2:TxInfAndSts>
        <ns2:OrgnlEndToEndId>UTB-1-P3</ns2:OrgnlEndToEndId>
        <ns2:TxSts>RJCT</ns2:TxSts>
        <ns2:StsRsnInf>
          <ns2:Rsn><ns2:Prtry>N1</ns2:Prtry></ns2:Rsn>
          <ns2:AddtlInf>Kontoen er</ns2:AddtlInf>
          <ns2:AddtlInf>oppgjort &amp; lukket</ns2:AddtlInf>
        </ns2:StsRsnInf>
      </ns2:TxInfAndSts>
      <ns2:TxInfAndSts>
        <ns2:OrgnlEndToEndId>UTB-1-P1</ns2:OrgnlEndToEndId>
        <ns2:TxSts>ACCP</ns2:TxSts>
        <ns2:AccptncDtTm>2026-12-08T06:00:00</ns2:AccptncDtTm>
      </ns2:TxInfAndSts>
    </ns2:OrgnlPmtInfAndSts>
  </ns2:CstmrPmtStsRpt>
</ns2:Document>`;
  const report: PaymentStatusReport = parsePain002(xml);
  assert.equal(report.groupStatus, null);
  const txs = report.paymentInformation[0]?.transactions ?? [];
  assert.deepEqual(txs[0]?.reasons, [{ code: null, proprietary: 'N1', text: 'Kontoen er oppgjort & lukket' }]);
  assert.equal(txs[1]?.acceptedAt, '2026-12-08T06:00:00');
  const outcomes = paymentOutcomes(report, ids);
  assert.equal(outcomes.get('UTB-1-P3')?.outcome, 'rejected');
  assert.equal(outcomes.get('UTB-1-P1')?.outcome, 'accepted');
  assert.equal(outcomes.has('UTB-1-P2'), false);
});

test('a payment information block rejected as a whole rejects its payments', () => {
  const xml = writePain002({
    messageId: 'BANK-STS-3',
    createdAt: '2026-12-07T09:00:00+01:00',
    originalMessageId: 'UTB-2026-0001',
    paymentInformation: [{ originalPaymentInformationId: 'UTB-2026-0001', status: 'RJCT', transactions: [] }],
  });
  const outcomes = paymentOutcomes(parsePain002(xml), ids);
  assert.deepEqual(
    [...outcomes.values()].map((o) => [o.endToEndId, o.outcome, o.level]),
    ids.map((id) => [id, 'rejected', 'payment-information']),
  );
});

test('malformed reports are refused with a typed error', () => {
  const good = writePain002({
    messageId: 'M',
    createdAt: '2026-12-07T09:00:00',
    originalMessageId: 'O',
    groupStatus: 'ACCP',
  });
  assert.ok(parsePain002(good));
  // Not well-formed: a truncated file, mismatched tags, not XML at all.
  refused(good.slice(0, -20));
  refused(good.replace('</MsgId>', '</Msg>'));
  refused('hello');
  refused('');
  // A DOCTYPE (entity expansion) is never read.
  refused(`<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaa">]>${good.replace(/^<\?xml[^>]*>/, '')}`);
  // Another message or version.
  refused(good.replace('pain.002.001.03', 'pain.002.001.10'));
  refused(good.replace(/CstmrPmtStsRpt/g, 'CstmrCdtTrfInitn'));
  // Missing elements and unknown codes.
  assert.match(refused(good.replace(/<OrgnlMsgId>O<\/OrgnlMsgId>/, '')).problems.join(), /OrgnlMsgId is missing/);
  assert.match(refused(good.replace('ACCP', 'OKAY')).problems.join(), /unknown group status OKAY/);
  const tx = writePain002({
    messageId: 'M',
    createdAt: '2026-12-07T09:00:00',
    originalMessageId: 'O',
    paymentInformation: [
      { originalPaymentInformationId: 'O', transactions: [{ originalEndToEndId: 'E', status: 'RJCT' }] },
    ],
  });
  assert.ok(parsePain002(tx));
  assert.match(refused(tx.replace('<TxSts>RJCT</TxSts>', '')).problems.join(), /TxSts is missing/);
  assert.match(refused(tx.replace('RJCT', 'NOPE')).problems.join(), /unknown transaction status NOPE/);
  assert.match(refused(tx.replace(/<OrgnlEndToEndId>E<\/OrgnlEndToEndId>/, '')).problems.join(), /OrgnlEndToEndId/);
  // Neither a group status nor any payment status.
  assert.match(
    refused(writePain002({ messageId: 'M', createdAt: 'T', originalMessageId: 'O' })).problems.join(),
    /neither/,
  );
});
