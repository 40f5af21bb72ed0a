import type { CompiledQuery, KyselyPlugin, RootOperationNode } from 'kysely';
import type { Database } from '../../src/db/database.ts';

/** Records every statement the server's code sends (compiled, with its parameters), for EXPLAIN in a benchmark. */
export function statementRecorder(database: Database): { plugin: KyselyPlugin; taken: () => CompiledQuery[] } {
  let recorded: CompiledQuery[] = [];
  const plugin: KyselyPlugin = {
    transformQuery(args) {
      recorded.push(database.db.getExecutor().compileQuery(args.node as RootOperationNode, args.queryId));
      return args.node;
    },
    async transformResult(args) {
      return args.result;
    },
  };
  return {
    plugin,
    taken: () => {
      const out = recorded;
      recorded = [];
      return out;
    },
  };
}
