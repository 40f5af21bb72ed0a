/**
 * The hand-written Kysely table types (`DB` in schema.ts and the interfaces in tables/*.ts) against the live
 * schema after all migrations, on the configured database (PGlite or the PostgreSQL server):
 * the same tables, the same columns, nullability and a coarse type category per column.
 *
 * The types are read with the TypeScript compiler API, so this checks what the query builder really sees
 * (inherited table groups, `ColumnType`/`Generated` wrappers, aliases), not the source text.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { CamelCasePlugin } from 'kysely';
import ts from 'typescript';
import { createTestDatabase, type TestDatabase } from '../../test/helpers/database.ts';
import { projectRoot } from '../config.ts';

// ---------------------------------------------------------------------------------------------------------------
// Explicit exceptions. Each needs a reason; the last test fails when an entry no longer matches the schema.

/** Base tables in the database that `DB` deliberately does not type (snake_case name → reason). */
const UNTYPED_TABLES: ReadonlyMap<string, string> = new Map<string, string>([]);

/**
 * Columns the catalogue reports as nullable but that are never null, so their types say so
 * ('table.column' → reason). Only stored generated columns qualify; the test checks that they are.
 */
const NEVER_NULL_GENERATED: ReadonlyMap<string, string> = new Map([
  ['provider.search_vector', 'generated from to_tsvector of name and description, both not null'],
  ['activity.search_vector', 'generated from to_tsvector of title, description and coalesce()d columns'],
  ['activity_translation.search_vector', 'generated from to_tsvector of title, description and coalesce()'],
]);

/** Columns whose type category is deliberately not compared ('table.column' → reason). */
const UNCLASSIFIED_COLUMNS: ReadonlyMap<string, string> = new Map<string, string>([]);

// ---------------------------------------------------------------------------------------------------------------
// Type categories.

type Category = 'string' | 'number' | 'boolean' | 'date' | 'bytes' | 'json' | `array of ${string}`;

/**
 * The category of a PostgreSQL type (udt_name) as the drivers return it: int8 and numeric are parsed to numbers
 * and date to 'YYYY-MM-DD' strings (database.ts); tsvector and the other text-like types come back as strings.
 */
const DATABASE_CATEGORIES: Record<string, Category> = {
  text: 'string',
  varchar: 'string',
  bpchar: 'string',
  char: 'string',
  name: 'string',
  citext: 'string',
  uuid: 'string',
  date: 'string',
  time: 'string',
  timetz: 'string',
  tsvector: 'string',
  inet: 'string',
  cidr: 'string',
  int2: 'number',
  int4: 'number',
  int8: 'number',
  numeric: 'number',
  float4: 'number',
  float8: 'number',
  bool: 'boolean',
  timestamp: 'date',
  timestamptz: 'date',
  bytea: 'bytes',
  json: 'json',
  jsonb: 'json',
};

interface LiveColumn {
  table: string;
  column: string;
  nullable: boolean;
  dataType: string;
  udtName: string;
  generated: boolean;
}

function databaseCategory(column: LiveColumn): Category | undefined {
  if (column.dataType === 'ARRAY') {
    // Array types are named after their element type with a leading underscore: _text, _int2, _bytea.
    const element = DATABASE_CATEGORIES[column.udtName.replace(/^_/, '')];
    return element && `array of ${element}`;
  }
  return DATABASE_CATEGORIES[column.udtName];
}

interface TypedColumn {
  /** The select type, as text, for messages. */
  text: string;
  nullable: boolean;
  /** The category, or why none could be given. */
  category: { ok: Category } | { error: string };
}

// ---------------------------------------------------------------------------------------------------------------
// Reading the TypeScript types.

/** Kysely's own camelCase → snake_case mapping, with the options database.ts uses (the defaults). */
class SnakeCase extends CamelCasePlugin {
  map(name: string): string {
    return this.snakeCase(name);
  }
}
const snakeCase = new SnakeCase();

function readTypes(): Map<string, Map<string, TypedColumn>> {
  const root = projectRoot();
  const configPath = join(root, 'tsconfig.json');
  const config = ts.readConfigFile(configPath, ts.sys.readFile);
  if (config.error) throw new Error(ts.flattenDiagnosticMessageText(config.error.messageText, '\n'));
  const { options } = ts.parseJsonConfigFileContent(config.config, ts.sys, root, undefined, configPath);
  const schemaPath = join(root, 'src', 'db', 'schema.ts');
  const program = ts.createProgram({ rootNames: [schemaPath], options });
  const checker = program.getTypeChecker();

  // Unresolved imports would turn column types into `any`; insist that the table type files compile.
  const ownFiles = program.getSourceFiles().filter((f) => f.fileName.startsWith(join(root, 'src', 'db')));
  const diagnostics = ownFiles.flatMap((f) => [
    ...program.getSyntacticDiagnostics(f),
    ...program.getSemanticDiagnostics(f),
  ]);
  assert.deepEqual(
    diagnostics.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n')),
    [],
    'src/db/schema.ts and src/db/tables/*.ts compile',
  );

  const schemaFile = program.getSourceFile(schemaPath);
  const moduleSymbol = schemaFile && checker.getSymbolAtLocation(schemaFile);
  const dbSymbol = moduleSymbol && checker.getExportsOfModule(moduleSymbol).find((s) => s.name === 'DB');
  assert.ok(dbSymbol, 'src/db/schema.ts exports an interface DB');
  const dbType = checker.getDeclaredTypeOfSymbol(dbSymbol);

  const isLibType = (type: ts.Type, names: string[]) => {
    const symbol = type.getSymbol();
    return symbol !== undefined && names.includes(symbol.name);
  };

  /** Kysely's SelectType: `ColumnType<S, I, U>` (and `Generated<T>`) becomes S, distributed over unions. */
  const selectMembers = (type: ts.Type): ts.Type[] =>
    (type.isUnion() ? type.types : [type]).flatMap((member) => {
      const select = member.getProperty('__select__');
      return select ? selectMembers(checker.getTypeOfSymbol(select)) : [member];
    });

  function categorise(members: ts.Type[]): { ok: Category } | { error: string } {
    const found = new Set<Category>();
    for (const member of members) {
      const { flags } = member;
      if (flags & ts.TypeFlags.StringLike) found.add('string');
      else if (flags & ts.TypeFlags.NumberLike) found.add('number');
      else if (flags & ts.TypeFlags.BooleanLike) found.add('boolean');
      else if (checker.isArrayType(member)) {
        const element = checker.getTypeArguments(member as ts.TypeReference)[0];
        const inner = element && categorise(selectMembers(element).filter((t) => !(t.flags & ts.TypeFlags.Null)));
        if (!inner || 'error' in inner) return { error: `array element: ${inner?.error ?? 'unknown'}` };
        found.add(`array of ${inner.ok}`);
      } else if (isLibType(member, ['Date'])) found.add('date');
      else if (isLibType(member, ['Buffer', 'Uint8Array'])) found.add('bytes');
      else if (flags & ts.TypeFlags.Object && !checker.isTupleType(member) && member.getCallSignatures().length === 0)
        found.add('json');
      else return { error: `cannot classify ${checker.typeToString(member)}` };
    }
    if (found.size !== 1) return { error: `${found.size === 0 ? 'no' : 'mixed'} type categories` };
    return { ok: [...found][0] as Category };
  }

  const tables = new Map<string, Map<string, TypedColumn>>();
  for (const tableSymbol of checker.getPropertiesOfType(dbType)) {
    const columns = new Map<string, TypedColumn>();
    for (const columnSymbol of checker.getPropertiesOfType(checker.getTypeOfSymbol(tableSymbol))) {
      const declared = checker.getTypeOfSymbol(columnSymbol);
      const members = selectMembers(declared);
      const nullable = members.some((t) => t.flags & ts.TypeFlags.Null);
      const optional = (columnSymbol.flags & ts.SymbolFlags.Optional) !== 0;
      const nonNull = members.filter((t) => !(t.flags & ts.TypeFlags.Null));
      columns.set(snakeCase.map(columnSymbol.name), {
        text: members.map((t) => checker.typeToString(t)).join(' | '),
        nullable,
        category: optional ? { error: 'optional property (a column is always present)' } : categorise(nonNull),
      });
    }
    tables.set(snakeCase.map(tableSymbol.name), columns);
  }
  return tables;
}

// ---------------------------------------------------------------------------------------------------------------

let database: TestDatabase;
let typed: Map<string, Map<string, TypedColumn>>;
let live: Map<string, Map<string, LiveColumn>>;

before(async () => {
  typed = readTypes();
  database = await createTestDatabase();
  const rows = await database.rawTransaction((raw) =>
    raw.query<{
      table_name: string;
      column_name: string | null;
      is_nullable: string | null;
      data_type: string | null;
      udt_name: string | null;
      is_generated: string | null;
    }>(
      `select t.table_name, c.column_name, c.is_nullable, c.data_type, c.udt_name, c.is_generated
         from information_schema.tables t
         left join information_schema.columns c on c.table_schema = t.table_schema and c.table_name = t.table_name
        where t.table_schema = 'public' and t.table_type = 'BASE TABLE'
        order by t.table_name, c.ordinal_position`,
    ),
  );
  live = new Map();
  for (const row of rows) {
    let columns = live.get(row.table_name);
    if (!columns) {
      columns = new Map();
      live.set(row.table_name, columns);
    }
    if (row.column_name === null) continue;
    columns.set(row.column_name, {
      table: row.table_name,
      column: row.column_name,
      nullable: row.is_nullable === 'YES',
      dataType: row.data_type ?? '',
      udtName: row.udt_name ?? '',
      generated: row.is_generated === 'ALWAYS',
    });
  }
});

after(async () => {
  await database?.dispose();
});

/** Pairs of (typed, live) columns of tables and columns present on both sides. */
function* pairedColumns(): Generator<[string, TypedColumn, LiveColumn]> {
  for (const [table, columns] of typed) {
    const liveColumns = live.get(table);
    if (!liveColumns) continue;
    for (const [column, type] of columns) {
      const liveColumn = liveColumns.get(column);
      if (liveColumn) yield [`${table}.${column}`, type, liveColumn];
    }
  }
}

function assertNone(problems: string[], what: string): void {
  assert.equal(problems.length, 0, `${what}:\n  ${problems.join('\n  ')}`);
}

test('every table in DB exists in the database and every base table is in DB', () => {
  assert.ok(live.has('schema_migration') && live.has('municipality'), 'the database is migrated');
  const problems: string[] = [];
  for (const table of typed.keys()) {
    if (!live.has(table)) problems.push(`${table}: in DB (src/db/schema.ts) but not a table in the database`);
  }
  for (const table of live.keys()) {
    if (!typed.has(table) && !UNTYPED_TABLES.has(table)) {
      problems.push(`${table}: a table in the database but missing from DB (src/db/schema.ts)`);
    }
  }
  assertNone(problems, 'tables differ between DB and the migrated database');
});

test('every table has the same columns in DB as in the database', () => {
  const problems: string[] = [];
  for (const [table, columns] of typed) {
    const liveColumns = live.get(table);
    if (!liveColumns) continue;
    for (const column of columns.keys()) {
      if (!liveColumns.has(column)) problems.push(`${table}.${column}: typed but not in the database`);
    }
    for (const column of liveColumns.keys()) {
      if (!columns.has(column)) problems.push(`${table}.${column}: in the database but not typed`);
    }
  }
  assertNone(problems, 'columns differ between the table types and the migrated database');
});

test('a column type includes null exactly when the column is nullable', () => {
  const problems: string[] = [];
  for (const [name, type, column] of pairedColumns()) {
    if (type.nullable === column.nullable) continue;
    if (!type.nullable && NEVER_NULL_GENERATED.has(name)) continue;
    problems.push(
      column.nullable
        ? `${name}: nullable in the database, but the type ${type.text} has no null`
        : `${name}: not null in the database, but the type ${type.text} includes null`,
    );
  }
  assertNone(problems, 'nullability differs between the table types and the migrated database');
});

test('a column type has the category of the database type', () => {
  const problems: string[] = [];
  for (const [name, type, column] of pairedColumns()) {
    if (UNCLASSIFIED_COLUMNS.has(name)) continue;
    const expected = databaseCategory(column);
    const databaseType = column.dataType === 'ARRAY' ? `${column.udtName.replace(/^_/, '')}[]` : column.udtName;
    if (!expected) {
      problems.push(`${name}: cannot classify the database type ${databaseType}; add it to DATABASE_CATEGORIES`);
      continue;
    }
    if ('error' in type.category) {
      problems.push(`${name}: ${type.category.error} in the type ${type.text}`);
      continue;
    }
    const actual = type.category.ok;
    // json/jsonb hold objects or arrays alike (e.g. an activity's schedule is a JSON array).
    const agrees = actual === expected || (expected === 'json' && actual.startsWith('array of '));
    if (!agrees)
      problems.push(`${name}: the type ${type.text} is ${actual}, the database type ${databaseType} is ${expected}`);
  }
  assertNone(problems, 'column types differ in kind between the table types and the migrated database');
});

test('every listed exception is still needed', () => {
  const problems: string[] = [];
  for (const table of UNTYPED_TABLES.keys()) {
    if (!live.has(table)) problems.push(`UNTYPED_TABLES: ${table} is not a table in the database`);
    if (typed.has(table)) problems.push(`UNTYPED_TABLES: ${table} is typed in DB after all`);
  }
  const byName = new Map([...pairedColumns()].map(([name, type, column]) => [name, { type, column }]));
  for (const name of NEVER_NULL_GENERATED.keys()) {
    const pair = byName.get(name);
    if (!pair) problems.push(`NEVER_NULL_GENERATED: ${name} is not a column in both DB and the database`);
    else if (!pair.column.generated) problems.push(`NEVER_NULL_GENERATED: ${name} is not a generated column`);
    else if (!pair.column.nullable || pair.type.nullable) problems.push(`NEVER_NULL_GENERATED: ${name} is not needed`);
  }
  for (const name of UNCLASSIFIED_COLUMNS.keys()) {
    if (!byName.has(name)) problems.push(`UNCLASSIFIED_COLUMNS: ${name} is not a column in both DB and the database`);
  }
  assertNone(problems, 'stale exceptions');
});
