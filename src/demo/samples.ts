/** Sample users for the start banner: people worth logging in as when trying the demo. */
import { ageOn } from '../domain/age.ts';
import type { Population } from './population.ts';
import type { DemoPerson, DemoProvider, DemoSampleUser } from './types.ts';

export function pickSampleUsers(
  population: Population,
  today: string,
  providers: readonly DemoProvider[] = [],
): DemoSampleUser[] {
  const samples: DemoSampleUser[] = [];
  const ordinary = (p: DemoPerson) => p.addressProtection === 'none' && p.status === 'resident';
  const user = (role: DemoSampleUser['role'], description: string, person: DemoPerson): DemoSampleUser => ({
    role,
    description,
    personId: person.id,
    nationalId: person.nationalId,
    name: `${person.givenName} ${person.familyName}`,
    birthDate: person.birthDate,
    age: ageOn(person.birthDate, today),
  });
  const withChildren = (sample: DemoSampleUser, children: DemoPerson[]): DemoSampleUser => ({
    ...sample,
    children: children.map((c) => ({
      personId: c.id,
      nationalId: c.nationalId,
      name: `${c.givenName} ${c.familyName}`,
      age: ageOn(c.birthDate, today),
    })),
  });

  const family = population.families.find(
    (f) => f.children.length >= 2 && f.guardians.length === 2 && [...f.guardians, ...f.children].every(ordinary),
  );
  if (family) {
    samples.push(
      withChildren(
        user('guardian', 'Guardian with two or more children', family.guardians[0] as DemoPerson),
        family.children,
      ),
    );
  }
  const single = population.families.find(
    (f) =>
      f !== family &&
      f.guardians.length === 1 &&
      f.children.length === 1 &&
      [...f.guardians, ...f.children].every(ordinary),
  );
  if (single) {
    samples.push(
      withChildren(
        user('single_guardian', 'Single guardian with one child', single.guardians[0] as DemoPerson),
        single.children,
      ),
    );
  }
  const children = population.families.filter((f) => f !== family && f !== single).flatMap((f) => f.children);
  const youth = children.find((c) => ordinary(c) && ageOn(c.birthDate, today) >= 15 && ageOn(c.birthDate, today) <= 17);
  if (youth) samples.push(user('youth', 'Youth aged 15 or older, acting on their own', youth));
  const nine = children.find((c) => ordinary(c) && ageOn(c.birthDate, today) === 9);
  if (nine) samples.push(user('child', 'Child aged 9', nine));
  const hidden =
    children.find((c) => c.addressProtection === 'strengt_fortrolig') ??
    children.find((c) => c.addressProtection !== 'none');
  if (hidden)
    samples.push(user('protected_child', `Child with address protection (${hidden.addressProtection})`, hidden));
  // A club leader: a parent of another family who runs the first approved provider (the town's anchor club).
  const provider = providers.find((p) => p.status === 'approved');
  const leaderFamily = population.families.find(
    (f) => f !== family && f !== single && f.guardians.length === 2 && [...f.guardians, ...f.children].every(ordinary),
  );
  const leader = leaderFamily?.guardians[0];
  if (provider && leader) {
    samples.push({
      ...user('provider_admin', `Club leader, admin of ${provider.name}`, leader),
      provider: { id: provider.id, name: provider.name },
    });
  }
  return samples;
}
