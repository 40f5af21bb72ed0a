/**
 * A small, fully known world for access tests: two municipalities, families in each, a protected child,
 * providers, staff with every role, and a signed-in session for each actor.
 */
import { makeNationalId } from '../../src/domain/national-id.ts';
import { type ActivityKind, EXAMPLE_SCHEMES, type SchemeInput } from '../../src/domain/scheme.ts';
import { createNationalIdProtector } from '../../src/security/pii.ts';
import { createServices, type Services } from '../../src/services.ts';
import type { TestApp } from './app.ts';

export interface Person {
  id: string;
  nationalId: string;
  name: string;
}

export interface Actor {
  cookie: string;
  csrf: string;
}

export type ActorName =
  | 'anonymous'
  | 'guardianA'
  | 'otherGuardianA'
  | 'youthA'
  | 'guardianB'
  | 'providerAdminA'
  | 'venueStaffA'
  | 'caseworkerA'
  | 'protectedCaseworkerA'
  | 'leisureGuideA'
  | 'adminA'
  | 'adminB'
  | 'operator';

export interface World {
  services: Services;
  a: { id: number; kommunenummer: string };
  b: { id: number; kommunenummer: string };
  people: {
    guardianA: Person;
    childA: Person;
    youthA: Person;
    otherGuardianA: Person;
    otherChildA: Person;
    protectedGuardianA: Person;
    protectedChildA: Person;
    guardianB: Person;
    childB: Person;
  };
  providers: { a1: string; a2: string; b1: string };
  /** Drammen's universal rules and Sandefjord's means-tested rules in A, Drammen's in B. */
  schemes: { universalA: string; meansTestedA: string; universalB: string };
  actors: Record<Exclude<ActorName, 'anonymous'>, Actor>;
}

let serial = 500;
function nationalId(birthDate: string): string {
  for (;;) {
    const id = makeNationalId(birthDate, serial++ % 1000, { synthetic: true });
    if (id) return id;
  }
}

export async function buildWorld(t: TestApp, today = new Date()): Promise<World> {
  const services = createServices(t.database, t.config);
  const protector = createNationalIdProtector(t.config.piiKeys);
  const db = t.database.db;
  const year = today.getUTCFullYear();
  const a = await services.municipalities.registerMunicipality({ kommunenummer: '3301', name: 'Drammen' });
  const b = await services.municipalities.registerMunicipality({ kommunenummer: '3907', name: 'Sandefjord' });

  async function person(
    municipalityId: number,
    given: string,
    family: string,
    birthDate: string,
    extra: { protection?: 'strengt_fortrolig'; status?: 'resident' | 'non_resident' } = {},
  ): Promise<Person> {
    const id = nationalId(birthDate);
    const row = await db
      .insertInto('person')
      .values({
        municipalityId,
        nationalIdHash: protector.lookupHash(id),
        nationalIdEnc: protector.encrypt(id),
        givenName: given,
        familyName: family,
        birthDate,
        status: extra.status ?? 'resident',
        addressProtection: extra.protection ?? 'none',
        ...(extra.protection ? {} : { streetAddress: 'Elvegata 1', postalCode: '3015', postalPlace: 'DRAMMEN' }),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return { id: row.id, nationalId: id, name: `${given} ${family}` };
  }
  async function guardian(municipalityId: number, child: Person, adult: Person) {
    await db.insertInto('guardianship').values({ municipalityId, childId: child.id, guardianId: adult.id }).execute();
  }

  const people = {
    guardianA: await person(a.id, 'Kari', 'Nordmann', `${year - 40}-03-02`),
    childA: await person(a.id, 'Ola', 'Nordmann', `${year - 10}-05-17`),
    youthA: await person(a.id, 'Ida', 'Nordmann', `${year - 16}-01-09`),
    otherGuardianA: await person(a.id, 'Per', 'Hansen', `${year - 38}-07-07`),
    otherChildA: await person(a.id, 'Nora', 'Hansen', `${year - 9}-11-30`),
    protectedGuardianA: await person(a.id, 'Anne', 'Skjult', `${year - 35}-02-14`, { protection: 'strengt_fortrolig' }),
    protectedChildA: await person(a.id, 'Emil', 'Skjult', `${year - 8}-09-01`, { protection: 'strengt_fortrolig' }),
    guardianB: await person(b.id, 'Ali', 'Ahmed', `${year - 42}-04-04`),
    childB: await person(b.id, 'Sara', 'Ahmed', `${year - 11}-06-06`),
  };
  await guardian(a.id, people.childA, people.guardianA);
  await guardian(a.id, people.youthA, people.guardianA);
  await guardian(a.id, people.otherChildA, people.otherGuardianA);
  await guardian(a.id, people.protectedChildA, people.protectedGuardianA);
  await guardian(b.id, people.childB, people.guardianB);

  async function provider(municipalityId: number, name: string): Promise<string> {
    const row = await db
      .insertInto('provider')
      .values({ municipalityId, name, kind: 'voluntary', status: 'approved' })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  }
  const providers = {
    a1: await provider(a.id, 'Drammen Turn'),
    a2: await provider(a.id, 'Kino Drammen'),
    b1: await provider(b.id, 'Sandefjord IL'),
  };

  async function staff(name: string, email: string, platformOperator = false) {
    const user = await services.identity.store.upsertStaffUser({
      issuer: 'http://staff.test',
      subject: email,
      name,
      email,
    });
    if (platformOperator)
      await db.updateTable('staffUser').set({ platformOperator: true }).where('id', '=', user.id).execute();
    return user.id;
  }
  async function assign(
    municipalityId: number,
    role: 'provider_admin' | 'venue_staff' | 'caseworker' | 'leisure_guide' | 'municipality_admin',
    holder: { staffUserId: string } | { nationalId: string; name: string },
    extra: { providerId?: string; protectedAccess?: boolean } = {},
  ) {
    await db
      .insertInto('roleAssignment')
      .values({
        municipalityId,
        role,
        staffUserId: 'staffUserId' in holder ? holder.staffUserId : null,
        citizenHash: 'nationalId' in holder ? protector.lookupHash(holder.nationalId) : null,
        holderName: 'name' in holder ? holder.name : 'staff',
        providerId: extra.providerId ?? null,
        protectedAccess: extra.protectedAccess ?? false,
        grantedBy: 'test',
      })
      .execute();
  }

  const staffIds = {
    caseworkerA: await staff('Siri Saksbehandler', 'siri@drammen.example'),
    protectedCaseworkerA: await staff('Tor Tillitsvalgt', 'tor@drammen.example'),
    leisureGuideA: await staff('Guri Guide', 'guri@drammen.example'),
    adminA: await staff('Anders Admin', 'anders@drammen.example'),
    adminB: await staff('Berit Admin', 'berit@sandefjord.example'),
    operator: await staff('Olav Operatør', 'olav@platform.example', true),
  };
  await assign(a.id, 'caseworker', { staffUserId: staffIds.caseworkerA });
  await assign(a.id, 'caseworker', { staffUserId: staffIds.protectedCaseworkerA }, { protectedAccess: true });
  await assign(a.id, 'leisure_guide', { staffUserId: staffIds.leisureGuideA });
  await assign(a.id, 'municipality_admin', { staffUserId: staffIds.adminA });
  await assign(b.id, 'municipality_admin', { staffUserId: staffIds.adminB });

  const providerAdmin = { nationalId: nationalId(`${year - 45}-01-01`), name: 'Pia Leder' };
  const venueStaff = { nationalId: nationalId(`${year - 25}-01-01`), name: 'Viktor Vakt' };
  await assign(a.id, 'provider_admin', providerAdmin, { providerId: providers.a1 });
  await assign(a.id, 'venue_staff', venueStaff, { providerId: providers.a2 });

  async function citizen(p: { nationalId: string; name: string }): Promise<Actor> {
    const s = await services.identity.startCitizenSession({
      pid: p.nationalId,
      name: p.name,
      acr: 'idporten-loa-substantial',
    });
    return { cookie: `fk_session=${s.token}`, csrf: s.csrfToken };
  }
  async function staffSession(email: string, name: string): Promise<Actor> {
    const s = await services.identity.startStaffSession({
      issuer: 'http://staff.test',
      subject: email,
      name,
      email,
      acr: null,
    });
    return { cookie: `fk_session=${s.token}`, csrf: s.csrfToken };
  }

  const actors = {
    guardianA: await citizen(people.guardianA),
    otherGuardianA: await citizen(people.otherGuardianA),
    youthA: await citizen(people.youthA),
    guardianB: await citizen(people.guardianB),
    providerAdminA: await citizen(providerAdmin),
    venueStaffA: await citizen(venueStaff),
    caseworkerA: await staffSession('siri@drammen.example', 'Siri Saksbehandler'),
    protectedCaseworkerA: await staffSession('tor@drammen.example', 'Tor Tillitsvalgt'),
    leisureGuideA: await staffSession('guri@drammen.example', 'Guri Guide'),
    adminA: await staffSession('anders@drammen.example', 'Anders Admin'),
    adminB: await staffSession('berit@sandefjord.example', 'Berit Admin'),
    operator: await staffSession('olav@platform.example', 'Olav Operatør'),
  };

  async function scheme(municipalityId: number, rules: SchemeInput): Promise<string> {
    const row = await db
      .insertInto('scheme')
      .values({
        municipalityId,
        ...rules,
        activityKinds: [...rules.activityKinds],
        feeKinds: [...rules.feeKinds],
        providerKinds: [...rules.providerKinds],
        startsOn: `${year - 1}-01-01`,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  }
  const schemes = {
    universalA: await scheme(a.id, EXAMPLE_SCHEMES.drammen),
    meansTestedA: await scheme(a.id, EXAMPLE_SCHEMES.sandefjord),
    universalB: await scheme(b.id, EXAMPLE_SCHEMES.drammen),
  };

  return {
    services,
    a: { id: a.id, kommunenummer: a.kommunenummer },
    b: { id: b.id, kommunenummer: b.kommunenummer },
    people,
    providers,
    schemes,
    actors,
  };
}

/** Headers for a request as an actor (cookie, and the CSRF token for changes). */
export function as(world: World, actor: ActorName): Record<string, string> {
  if (actor === 'anonymous') return {};
  const a = world.actors[actor];
  return { cookie: a.cookie, 'x-csrf-token': a.csrf };
}

/**
 * A published activity of provider a1 in municipality A for enrolment tests: "Aktivitet <key>", ages 6–18, the
 * autumn season of `year`, 24 sessions. Returns its id.
 */
export async function insertPublishedActivity(
  t: TestApp,
  world: World,
  key: string,
  values: {
    year: number;
    priceOre: number;
    kind?: ActivityKind;
    capacity?: number;
    waitingList?: boolean;
    sessionCount?: number;
    textLanguage?: 'nb' | 'nn';
  },
): Promise<string> {
  const row = await t.database.db
    .insertInto('activity')
    .values({
      municipalityId: world.a.id,
      providerId: world.providers.a1,
      category: 'sport',
      title: `Aktivitet ${key}`,
      minAge: 6,
      maxAge: 18,
      seasonStart: `${values.year}-09-15`,
      seasonEnd: `${values.year}-12-15`,
      sessionCount: values.sessionCount ?? 24,
      priceOre: values.priceOre,
      kind: values.kind ?? 'organised',
      capacity: values.capacity ?? null,
      waitingList: values.waitingList ?? false,
      textLanguage: values.textLanguage ?? 'nb',
      status: 'published',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/**
 * A second municipality admin of A ("Astrid Admin"), for four-eyes rules (a batch or a correction one admin
 * prepares and another approves). Not among the world's actors, so the access matrix is unchanged.
 */
export async function secondAdminA(t: TestApp, world: World): Promise<Actor> {
  const email = 'astrid@drammen.example';
  const user = await world.services.identity.store.upsertStaffUser({
    issuer: 'http://staff.test',
    subject: email,
    name: 'Astrid Admin',
    email,
  });
  const existing = await t.database.db
    .selectFrom('roleAssignment')
    .select('id')
    .where('municipalityId', '=', world.a.id)
    .where('role', '=', 'municipality_admin')
    .where('staffUserId', '=', user.id)
    .executeTakeFirst();
  if (!existing)
    await t.database.db
      .insertInto('roleAssignment')
      .values({
        municipalityId: world.a.id,
        role: 'municipality_admin',
        staffUserId: user.id,
        citizenHash: null,
        holderName: 'staff',
        providerId: null,
        protectedAccess: false,
        grantedBy: 'test',
      })
      .execute();
  const s = await world.services.identity.startStaffSession({
    issuer: 'http://staff.test',
    subject: email,
    name: 'Astrid Admin',
    email,
    acr: null,
  });
  return { cookie: `fk_session=${s.token}`, csrf: s.csrfToken };
}

/** Headers for a request as an actor made outside the world's set (e.g. `secondAdminA`). */
export function asActor(actor: Actor): Record<string, string> {
  return { cookie: actor.cookie, 'x-csrf-token': actor.csrf };
}
