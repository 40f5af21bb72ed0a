import type { Config } from './config.ts';
import type { Database } from './db/database.ts';
import { DEFAULT_MUNICIPALITY_SETTINGS } from './domain/municipality.ts';
import { type AuditService, createAuditService } from './modules/audit/service.ts';
import { createAuditStore } from './modules/audit/store.ts';
import { createIdentityService, type IdentityService } from './modules/identity/service.ts';
import { createIdentityStore } from './modules/identity/store.ts';
import { createMunicipalityService, type MunicipalityService } from './modules/municipalities/service.ts';
import { createMunicipalityStore } from './modules/municipalities/store.ts';
import { createPeopleDirectory, type PeopleDirectory } from './modules/people/directory-service.ts';
import { createDirectoryStore } from './modules/people/directory-store.ts';
import { createNationalIdProtector } from './security/pii.ts';

/** The use cases of every module, wired to their stores. Routes and the CLI call these, never stores. */
export interface Services {
  municipalities: MunicipalityService;
  audit: AuditService;
  people: PeopleDirectory;
  identity: IdentityService;
}

export interface ServiceOptions {
  /** Fixed clock for tests. */
  now?: () => Date;
}

export function createServices(database: Database, config: Config, options: ServiceOptions = {}): Services {
  const protector = createNationalIdProtector(config.piiKeys);
  const audit = createAuditService(createAuditStore(database.db));
  const people = createPeopleDirectory({
    store: createDirectoryStore(database.db),
    protector,
    audit,
    defaultYouthAge: DEFAULT_MUNICIPALITY_SETTINGS.youthSelfServiceAge,
  });
  const identity = createIdentityService({
    store: createIdentityStore(database.db),
    directory: people,
    protector,
    audit,
    ...(options.now ? { now: options.now } : {}),
  });
  return {
    municipalities: createMunicipalityService(createMunicipalityStore(database.db)),
    audit,
    people,
    identity,
  };
}
