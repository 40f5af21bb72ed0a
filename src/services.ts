import type { Config } from './config.ts';
import type { Database } from './db/database.ts';
import { createMunicipalityService, type MunicipalityService } from './modules/municipalities/service.ts';
import { createMunicipalityStore } from './modules/municipalities/store.ts';

/** The use cases of every module, wired to their stores. Routes and the CLI call these, never stores. */
export interface Services {
  municipalities: MunicipalityService;
}

export function createServices(database: Database, _config: Config): Services {
  return {
    municipalities: createMunicipalityService(createMunicipalityStore(database.db)),
  };
}
