/**
 * The bank's answer to a payout file: an ISO 20022 pain.002.001.03 CustomerPaymentStatusReport, read into
 * per-payment outcomes keyed by the original message id and OrgnlEndToEndId.
 *
 * Elements read (ISO 20022 names): GrpHdr (MsgId, CreDtTm); OrgnlGrpInfAndSts (OrgnlMsgId, OrgnlMsgNmId, GrpSts,
 * StsRsnInf); OrgnlPmtInfAndSts (OrgnlPmtInfId, PmtInfSts, StsRsnInf, TxInfAndSts (OrgnlEndToEndId, TxSts,
 * StsRsnInf, AccptncDtTm)). A reason is StsRsnInf/Rsn/Cd (an ISO external code such as AC04 closed account) or
 * Rsn/Prtry, with AddtlInf lines as its text.
 *
 * Statuses: ACCP, ACSP, ACSC, ACTC, ACWC are accepted (ACSC: settled on the creditor's account); RJCT is rejected;
 * PDNG and RCVD are pending; PART (group only) means each payment's own status decides.
 * `paymentOutcomes` gives each payment of the original batch its status: its own TxInfAndSts, else its payment
 * information block's status, else the group's status (a whole-group rejection rejects every payment). A payment
 * the report does not mention under PART (or a pending group) gets no outcome and keeps its state.
 *
 * Malformed input (not well-formed XML, a DOCTYPE, another message, missing or unknown elements and codes) is
 * refused with a StatusReportError. The XML is read with fast-xml-parser after its validator has checked that it
 * is well-formed; `writePain002` writes one with the same library's builder (for tests and a local bank stand-in).
 */
import { XMLBuilder, XMLParser, XMLValidator } from 'fast-xml-parser';

export const PAIN002_NAMESPACE = 'urn:iso:std:iso:20022:tech:xsd:pain.002.001.03';

export const GROUP_STATUSES = ['ACCP', 'ACSC', 'ACSP', 'ACTC', 'ACWC', 'PART', 'PDNG', 'RCVD', 'RJCT'] as const;
export type GroupStatus = (typeof GROUP_STATUSES)[number];
export const TRANSACTION_STATUSES = ['ACCP', 'ACSC', 'ACSP', 'ACTC', 'ACWC', 'PDNG', 'RJCT'] as const;
export type TransactionStatus = (typeof TRANSACTION_STATUSES)[number];

export type Outcome = 'accepted' | 'rejected' | 'pending';

export interface StatusReason {
  /** ISO external status reason code (AC04 closed account, AC01 incorrect account number, AM04 …), or null. */
  code: string | null;
  /** A bank's own reason code, when it gives one instead. */
  proprietary: string | null;
  /** The additional information lines, joined by a space ('' when none). */
  text: string;
}

export interface TransactionStatusReport {
  originalEndToEndId: string;
  status: TransactionStatus;
  outcome: Outcome;
  reasons: StatusReason[];
  /** AccptncDtTm as written, when given. */
  acceptedAt: string | null;
}

export interface PaymentInformationStatusReport {
  originalPaymentInformationId: string;
  status: GroupStatus | null;
  reasons: StatusReason[];
  transactions: TransactionStatusReport[];
}

export interface PaymentStatusReport {
  messageId: string;
  createdAt: string;
  originalMessageId: string;
  originalMessageNameId: string;
  groupStatus: GroupStatus | null;
  groupReasons: StatusReason[];
  paymentInformation: PaymentInformationStatusReport[];
}

export interface PaymentOutcome {
  originalMessageId: string;
  endToEndId: string;
  outcome: Outcome;
  status: string;
  reasons: StatusReason[];
  /** Where the status came from: the payment's own line, its payment information block, or the whole group. */
  level: 'transaction' | 'payment-information' | 'group';
}

/** The status report cannot be read; nothing in it was used. */
export class StatusReportError extends Error {
  readonly problems: readonly string[];
  constructor(problems: readonly string[]) {
    super(`The payment status report cannot be read: ${problems.slice(0, 5).join('; ')}`);
    this.name = 'StatusReportError';
    this.problems = problems;
  }
}

export function outcomeOf(status: string): Outcome | null {
  switch (status) {
    case 'ACCP':
    case 'ACSC':
    case 'ACSP':
    case 'ACTC':
    case 'ACWC':
      return 'accepted';
    case 'RJCT':
      return 'rejected';
    case 'PDNG':
    case 'RCVD':
      return 'pending';
    default:
      return null;
  }
}

const ARRAYS = new Set(['OrgnlPmtInfAndSts', 'TxInfAndSts', 'StsRsnInf', 'AddtlInf']);
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  processEntities: true,
  isArray: (name) => ARRAYS.has(name),
});

/** Reads only the root element's name and namespace declarations (the parser above drops them with prefixes). */
const rootParser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', parseTagValue: false });

type Node = Record<string, unknown>;
const isNode = (value: unknown): value is Node => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Reads a pain.002.001.03 status report; throws StatusReportError when it is malformed. */
export function parsePain002(xml: string): PaymentStatusReport {
  if (/<!DOCTYPE/i.test(xml)) throw new StatusReportError(['a status report has no DOCTYPE']);
  const wellFormed = XMLValidator.validate(xml);
  if (wellFormed !== true) {
    throw new StatusReportError([`not well-formed XML at line ${wellFormed.err.line}: ${wellFormed.err.msg}`]);
  }
  const doc: unknown = parser.parse(xml);
  const problems: string[] = [];
  const text = (node: unknown, name: string, path: string, required: boolean): string | null => {
    const value = isNode(node) ? node[name] : undefined;
    if (typeof value === 'string' && value !== '') return value;
    if (value !== undefined && typeof value !== 'string') problems.push(`${path}/${name} is not text`);
    else if (required) problems.push(`${path}/${name} is missing`);
    return null;
  };
  const child = (node: unknown, name: string, path: string, required: boolean): Node | null => {
    const value = isNode(node) ? node[name] : undefined;
    if (isNode(value)) return value;
    if (value !== undefined || required) problems.push(`${path}/${name} is missing or not an element`);
    return null;
  };
  const children = (node: unknown, name: string, path: string): Node[] => {
    const value = isNode(node) ? node[name] : undefined;
    if (value === undefined) return [];
    if (Array.isArray(value) && value.every(isNode)) return value;
    problems.push(`${path}/${name} is not an element`);
    return [];
  };
  const reasons = (node: Node, path: string): StatusReason[] =>
    children(node, 'StsRsnInf', path).map((info) => {
      const rsn = child(info, 'Rsn', `${path}/StsRsnInf`, false);
      const lines = isNode(info) && Array.isArray(info.AddtlInf) ? info.AddtlInf : [];
      return {
        code: rsn ? text(rsn, 'Cd', `${path}/StsRsnInf/Rsn`, false) : null,
        proprietary: rsn ? text(rsn, 'Prtry', `${path}/StsRsnInf/Rsn`, false) : null,
        text: lines.filter((l): l is string => typeof l === 'string').join(' '),
      };
    });

  const documentNode = isNode(doc) ? doc.Document : undefined;
  if (!isNode(documentNode)) throw new StatusReportError(['the root element is not Document']);
  const rawRoot: unknown = rootParser.parse(xml);
  const [rootName, rootNode] = (isNode(rawRoot) ? Object.entries(rawRoot) : []).find(([k]) => !k.startsWith('?')) ?? [];
  const prefix = rootName?.includes(':') ? rootName.split(':')[0] : undefined;
  const ns = isNode(rootNode) ? rootNode[prefix ? `@xmlns:${prefix}` : '@xmlns'] : undefined;
  if (ns !== PAIN002_NAMESPACE) {
    throw new StatusReportError([`the namespace is ${String(ns)}, not ${PAIN002_NAMESPACE}`]);
  }
  const report = child(documentNode, 'CstmrPmtStsRpt', 'Document', true);
  if (!report) throw new StatusReportError(problems);
  const header = child(report, 'GrpHdr', 'CstmrPmtStsRpt', true);
  const group = child(report, 'OrgnlGrpInfAndSts', 'CstmrPmtStsRpt', true);
  const messageId = text(header, 'MsgId', 'GrpHdr', true);
  const createdAt = text(header, 'CreDtTm', 'GrpHdr', true);
  const originalMessageId = text(group, 'OrgnlMsgId', 'OrgnlGrpInfAndSts', true);
  const originalMessageNameId = text(group, 'OrgnlMsgNmId', 'OrgnlGrpInfAndSts', true);
  const groupStatusText = text(group, 'GrpSts', 'OrgnlGrpInfAndSts', false);
  let groupStatus: GroupStatus | null = null;
  if (groupStatusText !== null) {
    if ((GROUP_STATUSES as readonly string[]).includes(groupStatusText)) groupStatus = groupStatusText as GroupStatus;
    else problems.push(`unknown group status ${groupStatusText}`);
  }
  const groupReasons = group ? reasons(group, 'OrgnlGrpInfAndSts') : [];

  const paymentInformation = children(report, 'OrgnlPmtInfAndSts', 'CstmrPmtStsRpt').map((block, b) => {
    const path = `OrgnlPmtInfAndSts[${b + 1}]`;
    const id = text(block, 'OrgnlPmtInfId', path, true) ?? '';
    const statusText = text(block, 'PmtInfSts', path, false);
    let status: PaymentInformationStatusReport['status'] = null;
    if (statusText !== null) {
      if ((GROUP_STATUSES as readonly string[]).includes(statusText)) status = statusText as GroupStatus;
      else problems.push(`${path}: unknown payment information status ${statusText}`);
    }
    const transactions = children(block, 'TxInfAndSts', path).map((tx, t): TransactionStatusReport => {
      const txPath = `${path}/TxInfAndSts[${t + 1}]`;
      const endToEndId = text(tx, 'OrgnlEndToEndId', txPath, true) ?? '';
      const txStatus = text(tx, 'TxSts', txPath, true);
      if (txStatus !== null && !(TRANSACTION_STATUSES as readonly string[]).includes(txStatus)) {
        problems.push(`${txPath}: unknown transaction status ${txStatus}`);
      }
      const known = (TRANSACTION_STATUSES as readonly string[]).includes(txStatus ?? '');
      return {
        originalEndToEndId: endToEndId,
        status: (known ? txStatus : 'PDNG') as TransactionStatus,
        outcome: known ? (outcomeOf(txStatus as string) as Outcome) : 'pending',
        reasons: reasons(tx, txPath),
        acceptedAt: text(tx, 'AccptncDtTm', txPath, false),
      };
    });
    return { originalPaymentInformationId: id, status, reasons: reasons(block, path), transactions };
  });
  if (groupStatus === null && paymentInformation.length === 0) {
    problems.push('the report has neither a group status nor payment statuses');
  }
  if (problems.length > 0) throw new StatusReportError(problems);
  return {
    messageId: messageId as string,
    createdAt: createdAt as string,
    originalMessageId: originalMessageId as string,
    originalMessageNameId: originalMessageNameId as string,
    groupStatus,
    groupReasons,
    paymentInformation,
  };
}

/**
 * The outcome of each payment of the original batch that the report decides (see the module comment for the
 * order: the payment's own status, its block's, the group's). Payments the report leaves open are not in the map.
 */
export function paymentOutcomes(
  report: PaymentStatusReport,
  originalEndToEndIds: readonly string[],
): Map<string, PaymentOutcome> {
  const byPayment = new Map<string, { tx: TransactionStatusReport }>();
  for (const block of report.paymentInformation) {
    for (const tx of block.transactions) byPayment.set(tx.originalEndToEndId, { tx });
  }
  const decidedBlocks = report.paymentInformation.filter((b) => b.status !== null && b.status !== 'PART');
  const out = new Map<string, PaymentOutcome>();
  const base = { originalMessageId: report.originalMessageId };
  for (const endToEndId of originalEndToEndIds) {
    const own = byPayment.get(endToEndId);
    if (own) {
      out.set(endToEndId, {
        ...base,
        endToEndId,
        outcome: own.tx.outcome,
        status: own.tx.status,
        reasons: own.tx.reasons,
        level: 'transaction',
      });
      continue;
    }
    // A payout file has one payment information block; a block status applies to all its payments.
    const block = decidedBlocks.length === 1 && report.paymentInformation.length === 1 ? decidedBlocks[0] : undefined;
    const blockOutcome = block?.status ? outcomeOf(block.status) : null;
    if (block?.status && blockOutcome && blockOutcome !== 'pending') {
      out.set(endToEndId, {
        ...base,
        endToEndId,
        outcome: blockOutcome,
        status: block.status,
        reasons: block.reasons,
        level: 'payment-information',
      });
      continue;
    }
    const groupOutcome = report.groupStatus ? outcomeOf(report.groupStatus) : null;
    if (report.groupStatus && groupOutcome && groupOutcome !== 'pending') {
      out.set(endToEndId, {
        ...base,
        endToEndId,
        outcome: groupOutcome,
        status: report.groupStatus,
        reasons: report.groupReasons,
        level: 'group',
      });
    }
  }
  return out;
}

/** Input for writing a status report (the local bank stand-in and tests). */
export interface StatusReportInput {
  messageId: string;
  createdAt: string;
  originalMessageId: string;
  groupStatus?: GroupStatus;
  groupReasons?: { code: string; text?: string }[];
  paymentInformation?: {
    originalPaymentInformationId: string;
    status?: string;
    transactions: { originalEndToEndId: string; status: TransactionStatus; reason?: { code: string; text?: string } }[];
  }[];
}

const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: '@', processEntities: true });

/** Writes a pain.002.001.03 status report, as a bank would send it. */
export function writePain002(input: StatusReportInput): string {
  const reason = (r: { code: string; text?: string }) => ({
    Rsn: { Cd: r.code },
    ...(r.text ? { AddtlInf: r.text } : {}),
  });
  return builder.build({
    '?xml': { '@version': '1.0', '@encoding': 'UTF-8' },
    Document: {
      '@xmlns': PAIN002_NAMESPACE,
      CstmrPmtStsRpt: {
        GrpHdr: { MsgId: input.messageId, CreDtTm: input.createdAt },
        OrgnlGrpInfAndSts: {
          OrgnlMsgId: input.originalMessageId,
          OrgnlMsgNmId: 'pain.001.001.03',
          ...(input.groupStatus ? { GrpSts: input.groupStatus } : {}),
          ...(input.groupReasons?.length ? { StsRsnInf: input.groupReasons.map(reason) } : {}),
        },
        ...(input.paymentInformation?.length
          ? {
              OrgnlPmtInfAndSts: input.paymentInformation.map((block) => ({
                OrgnlPmtInfId: block.originalPaymentInformationId,
                ...(block.status ? { PmtInfSts: block.status } : {}),
                ...(block.transactions.length
                  ? {
                      TxInfAndSts: block.transactions.map((tx) => ({
                        OrgnlEndToEndId: tx.originalEndToEndId,
                        TxSts: tx.status,
                        ...(tx.reason ? { StsRsnInf: reason(tx.reason) } : {}),
                      })),
                    }
                  : {}),
              })),
            }
          : {}),
      },
    },
  });
}
