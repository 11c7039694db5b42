import type { Role } from '@corium/contracts';
import type { Deps } from '../deps';
import { createUser, type CreatedUser } from '../modules/identity/users.service';
import { listClinics } from '../modules/clinic/clinic.service';

export interface CreateUserArgs {
  email: string;
  role: Role;
  name: string | undefined;
  clinicId: string | undefined;
  password: string;
}

/** The clinic is implied when there is only one; with several, --clinic must name it. */
export async function createClinicUser(deps: Deps, args: CreateUserArgs): Promise<CreatedUser> {
  const clinics = await listClinics(deps);
  const clinic = args.clinicId
    ? clinics.find((c) => c.id === args.clinicId)
    : clinics.length === 1
      ? clinics[0]
      : undefined;
  if (!clinic) {
    throw new Error(
      clinics.length === 0
        ? 'There is no clinic yet: open Corium in a browser and complete onboarding first'
        : `Name the clinic with --clinic (one of: ${clinics.map((c) => `${c.id} ${c.name}`).join(', ')})`,
    );
  }
  return deps.db.transaction().execute((trx) =>
    createUser(trx, {
      clinicId: clinic.id,
      email: args.email,
      role: args.role,
      displayName: args.name ?? args.email.split('@')[0]!,
      password: args.password,
    }),
  );
}
