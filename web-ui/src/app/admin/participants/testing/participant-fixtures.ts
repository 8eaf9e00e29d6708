import { PersonData } from '../../../core/api/models';

/** Anne Marie Jensen as the fake CPR register answers, for the participant specs. */
export const PERSON: PersonData = {
  firstNames: 'Anne',
  middleName: 'Marie',
  lastName: 'Jensen',
  fullName: 'Anne Marie Jensen',
  birthDate: '1990-01-01',
  age: 36,
  status: 'ACTIVE',
  alive: true,
  address: {
    streetAddress: 'Rådhuspladsen 1, 2. th',
    postalCode: '9999',
    postDistrict: 'Demoby',
    municipalityCode: '0999',
    coName: null,
  },
  foreignAddress: null,
  citizenship: 5100,
  danishCitizen: true,
  residentInMunicipality: true,
  emigrated: false,
  guardianship: 'NONE',
  underGuardianship: false,
  addressProtected: false,
  digitalPost: 'SUBSCRIBED',
  fetchedAt: '2026-11-22T09:00:00Z',
};
