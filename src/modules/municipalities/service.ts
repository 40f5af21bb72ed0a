import { isValidKommunenummer, type MunicipalitySettings, resolveSettings } from '../../domain/municipality.ts';
import { AppError, type FieldError } from '../../errors.ts';
import type { MunicipalityStore } from './store.ts';

export interface Municipality {
  id: number;
  kommunenummer: string;
  name: string;
  settings: MunicipalitySettings;
}

export function createMunicipalityService(store: MunicipalityStore) {
  const toMunicipality = (row: {
    id: number;
    kommunenummer: string;
    name: string;
    settings: Partial<MunicipalitySettings>;
  }): Municipality => ({ ...row, settings: resolveSettings(row.settings) });

  return {
    async listMunicipalities(): Promise<Municipality[]> {
      return (await store.list()).map(toMunicipality);
    },

    async getMunicipality(kommunenummer: string): Promise<Municipality> {
      const row = await store.findByNumber(kommunenummer);
      if (!row) throw new AppError('MUNICIPALITY_NOT_FOUND', { kommunenummer });
      return toMunicipality(row);
    },

    /** Adds a municipality as a tenant of this installation (platform operator). */
    async registerMunicipality(input: {
      kommunenummer: string;
      name: string;
      settings?: Partial<MunicipalitySettings>;
    }): Promise<Municipality> {
      const fields: FieldError[] = [];
      if (!isValidKommunenummer(input.kommunenummer)) fields.push({ field: 'body/kommunenummer', rule: 'pattern' });
      const name = input.name.trim();
      if (name.length === 0) fields.push({ field: 'body/name', rule: 'required' });
      if (fields.length > 0) throw new AppError('VALIDATION_FAILED', {}, fields);
      const row = await store.insert({
        kommunenummer: input.kommunenummer,
        name,
        settings: resolveSettings(input.settings),
      });
      if (!row) throw new AppError('MUNICIPALITY_EXISTS', { kommunenummer: input.kommunenummer });
      return toMunicipality(row);
    },
  };
}

export type MunicipalityService = ReturnType<typeof createMunicipalityService>;
