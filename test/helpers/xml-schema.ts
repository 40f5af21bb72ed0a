/**
 * Test support: XML Schema validation with xmllint (Debian package libxml2-utils) against the schemas the project
 * keeps (src/integrations/bank/spec).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectRoot } from '../../src/config.ts';

/** The ISO 20022 pain.001.001.03 schema, kept in the project (src/integrations/bank/spec/SOURCE.md). */
export function pain001Xsd(): string {
  const file = join(projectRoot(), 'src', 'integrations', 'bank', 'spec', 'pain.001.001.03.xsd');
  if (!existsSync(file)) throw new Error(`the pain.001.001.03 schema is not at ${file}`);
  return file;
}

export interface SchemaResult {
  valid: boolean;
  /** xmllint's messages (errors name the line and element). */
  output: string;
}

/** Validates an XML file against an XSD with `xmllint --noout --schema`. */
export function validateFileWithXsd(file: string, xsd: string): SchemaResult {
  const run = spawnSync('xmllint', ['--noout', '--huge', '--schema', xsd, file], { encoding: 'utf8' });
  if (run.error) throw run.error;
  return { valid: run.status === 0, output: `${run.stdout}${run.stderr}` };
}

/** Validates XML text against an XSD (written to a temporary file first). */
export function validateXmlWithXsd(xml: string, xsd: string): SchemaResult {
  const dir = mkdtempSync(join(tmpdir(), 'xsd-'));
  try {
    const file = join(dir, 'document.xml');
    writeFileSync(file, xml, 'utf8');
    return validateFileWithXsd(file, xsd);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
