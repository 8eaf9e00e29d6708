/** JSON shapes of the Valghalla backend API. */

export interface Municipality {
  name: string;
  municipalityCode: string;
}

export interface ParticipantMe {
  name: string;
  maskedCpr: string;
}

export interface AdminMe {
  name: string;
  municipality: string;
  roles: string[];
}

/** One consequence of a destructive action, with the figures it names. */
export interface ConsequenceItem {
  code: string;
  params: Record<string, string>;
}

/** What a destructive action would do: blockers forbid it; warnings are accepted by confirming. */
export interface Consequences {
  allowed: boolean;
  blockers: ConsequenceItem[];
  warnings: ConsequenceItem[];
}

export interface Area {
  id: string;
  name: string;
  description: string | null;
  version: number;
}

export interface CreateAreaRequest {
  name: string;
  description: string | null;
}

export interface UpdateAreaRequest extends CreateAreaRequest {
  version: number;
}

/** A special diet (specialkost) that participants can state. */
export interface SpecialDiet {
  id: string;
  title: string;
  version: number;
}

export interface CreateSpecialDietRequest {
  title: string;
}

export interface UpdateSpecialDietRequest extends CreateSpecialDietRequest {
  version: number;
}

/** The eligibility rules an election type can require, in display order. */
export const ELECTION_TYPE_RULES = [
  'AGE_18_ON_TASK_DATE',
  'DANISH_CITIZENSHIP',
  'RESIDENT_IN_MUNICIPALITY',
  'NOT_UNDER_GUARDIANSHIP',
] as const;

export type ElectionTypeRule = (typeof ELECTION_TYPE_RULES)[number];

export interface ElectionType {
  id: string;
  title: string;
  /** Rule codes; normally a subset of {@link ELECTION_TYPE_RULES}. */
  rules: string[];
  version: number;
}

export interface CreateElectionTypeRequest {
  title: string;
  rules: string[];
}

export interface UpdateElectionTypeRequest extends CreateElectionTypeRequest {
  version: number;
}

/** A file (PDF guide) attached to a task type. */
export interface TaskTypeFile {
  id: string;
  name: string;
  contentType: string;
  size: number;
}

export interface TaskType {
  id: string;
  title: string;
  shortName: string;
  /** Sanitized HTML. */
  description: string;
  /** "HH:mm" */
  startTime: string;
  /** "HH:mm", after startTime on the same day */
  endTime: string;
  /** Whole DKK, or null when not stated. */
  payment: number | null;
  validationNotRequired: boolean;
  trusted: boolean;
  sendReminder: boolean;
  files: TaskTypeFile[];
  version: number;
}

export interface CreateTaskTypeRequest {
  title: string;
  shortName: string;
  description: string;
  startTime: string;
  endTime: string;
  payment: number | null;
  validationNotRequired: boolean;
  trusted: boolean;
  sendReminder: boolean;
}

export interface UpdateTaskTypeRequest extends CreateTaskTypeRequest {
  version: number;
}

/** A team: a party, a municipal department or the volunteers. */
export interface Team {
  id: string;
  name: string;
  shortName: string;
  description: string | null;
  version: number;
}

export interface CreateTeamRequest {
  name: string;
  shortName: string;
  description: string | null;
}

export interface UpdateTeamRequest extends CreateTeamRequest {
  version: number;
}

/** A work location (arbejdssted): polling station or counting site, with the teams that work there. */
export interface WorkLocation {
  id: string;
  areaId: string;
  title: string;
  address: string | null;
  postalCode: string | null;
  city: string | null;
  votingAreaNumber: number | null;
  teamIds: string[];
  taskTypeIds: string[];
  version: number;
}

export interface CreateWorkLocationRequest {
  areaId: string;
  title: string;
  address: string | null;
  postalCode: string | null;
  city: string | null;
  votingAreaNumber: number | null;
  teamIds: string[];
  taskTypeIds: string[];
}

export interface UpdateWorkLocationRequest extends CreateWorkLocationRequest {
  version: number;
}

/** A paged search of work locations, optionally in one area. */
export interface WorkLocationQuery extends SearchPageQuery {
  areaId?: string | null;
}

/** An election (valg); dates are ISO days (yyyy-MM-dd). */
export interface Election {
  id: string;
  title: string;
  electionTypeId: string;
  lockPeriodDays: number;
  periodStart: string;
  periodEnd: string;
  electionDate: string;
  active: boolean;
  workLocationIds: string[];
  version: number;
}

export interface CreateElectionRequest {
  title: string;
  electionTypeId: string;
  lockPeriodDays: number;
  periodStart: string;
  periodEnd: string;
  electionDate: string;
  workLocationIds: string[];
}

export interface UpdateElectionRequest extends CreateElectionRequest {
  version: number;
}

/** A copy of an election around a new election day, with the chosen work locations of the source. */
export interface DuplicateElectionRequest {
  title: string;
  electionTypeId: string;
  lockPeriodDays: number;
  electionDate: string;
  daysBefore: number;
  daysAfter: number;
  workLocationIds: string[];
}

/** A paged search of elections, optionally only active (true) or inactive (false) ones. */
export interface ElectionQuery extends SearchPageQuery {
  active?: boolean | null;
}

/** Digital Post registration as the CPR register mirrors it. */
export const DIGITAL_POST_STATES = ['SUBSCRIBED', 'NOT_SUBSCRIBED', 'UNKNOWN'] as const;
export type DigitalPostState = (typeof DIGITAL_POST_STATES)[number];

/** What the CPR register says about a person, with the facts the eligibility rules use, and its age. */
export interface PersonData {
  firstNames: string;
  middleName: string | null;
  lastName: string;
  fullName: string;
  /** ISO date. */
  birthDate: string;
  age: number;
  /** ACTIVE, DEAD, DISAPPEARED, EMIGRATED, ... */
  status: string;
  alive: boolean;
  address: {
    streetAddress: string;
    postalCode: string;
    postDistrict: string;
    municipalityCode: string;
    coName: string | null;
  } | null;
  foreignAddress: {
    lines: string[];
    countryCode: number | null;
    emigrationDate: string | null;
  } | null;
  citizenship: number | null;
  danishCitizen: boolean;
  residentInMunicipality: boolean;
  emigrated: boolean;
  guardianship: string;
  underGuardianship: boolean;
  addressProtected: boolean;
  digitalPost: DigitalPostState;
  /** When the register gave this answer (ISO instant). */
  fetchedAt: string;
}

/** One rule of an election type: ALIVE always, then the type's rules. */
export interface EligibilityRuleResult {
  rule: string;
  passed: boolean;
  /** Why it failed, e.g. `eligibility.under_18`; null when passed. */
  code: string | null;
}

export interface Eligibility {
  electionTypeId: string;
  title: string;
  /** ISO date the eligibility was judged for. */
  day: string;
  eligible: boolean;
  rules: EligibilityRuleResult[];
}

export interface PersonLookup {
  cprMasked: string;
  person: PersonData;
  /** The participant who already has this CPR number, if any. */
  participantId: string | null;
  eligibility: Eligibility[];
}

/** A participant in a list: masked CPR number only. */
/**
 * Where a participant stands for one election after the nightly CPR refresh (server enum `ValidationStatus`):
 * the latest outcome kept, or NOT_CHECKED when none is.
 */
export const VALIDATION_STATUSES = ['ELIGIBLE', 'INELIGIBLE', 'NOT_IN_CPR', 'NOT_CHECKED'] as const;
export type ValidationStatus = (typeof VALIDATION_STATUSES)[number];

/** A participant's validation for the election the list was asked about. */
export interface ParticipantValidation {
  status: ValidationStatus;
  /** The rules failed (INELIGIBLE only): the server's `Ineligibility` name and the code that explains it. */
  failures: { rule: string; code: string }[];
  /** ISO date the rules were judged on; null when NOT_CHECKED. */
  eligibilityDay: string | null;
  /** When the refresh checked (ISO instant); null when NOT_CHECKED. */
  checkedAt: string | null;
}

export interface ParticipantListItem {
  id: string;
  name: string;
  cprMasked: string;
  mobile: string | null;
  email: string | null;
  teamIds: string[];
  specialDietIds: string[];
  digitalPost: DigitalPostState;
  addressProtected: boolean;
  alive: boolean;
  cprFetchedAt: string;
  version: number;
  /** For the election the list was asked about (`electionId`); null when none was. */
  validation: ParticipantValidation | null;
}

export interface ParticipantComment {
  id: string;
  authorName: string;
  writtenAt: string;
  text: string;
}

/** A participant's profile. */
export interface Participant {
  id: string;
  cprMasked: string;
  person: PersonData;
  mobile: string | null;
  email: string | null;
  specialDietIds: string[];
  teamIds: string[];
  responsibleTeamIds: string[];
  responsibleWorkLocationIds: string[];
  comments: ParticipantComment[];
  createdAt: string;
  version: number;
}

export interface CreateParticipantRequest {
  cpr: string;
  teamIds: string[];
  mobile: string | null;
  email: string | null;
  specialDietIds: string[];
}

export interface UpdateParticipantRequest {
  teamIds: string[];
  mobile: string | null;
  email: string | null;
  specialDietIds: string[];
  version: number;
}

export interface ParticipantResponsibilities {
  teamIds: string[];
  workLocationIds: string[];
}

/** A paged search of participants with its filters (null = any). */
export interface ParticipantQuery extends SearchPageQuery {
  teamId?: string | null;
  specialDietId?: string | null;
  digitalPost?: DigitalPostState | null;
  addressProtected?: boolean | null;
  /** The election that each row's validation is given for (and `validation` judged for). */
  electionId?: string | null;
  /** Only participants with this validation status for `electionId` (which it needs). */
  validation?: ValidationStatus | null;
}

/** The columns of a participant export, in file order (server enum `ParticipantExportColumn`). */
export const PARTICIPANT_EXPORT_COLUMNS = [
  'NAME',
  'PROTECTED_ADDRESS',
  'CPR_MASKED',
  'CPR_NUMBER',
  'BIRTH_DATE',
  'AGE',
  'ADDRESS',
  'POSTAL_CODE',
  'CITY',
  'MOBILE',
  'EMAIL',
  'TEAMS',
  'SPECIAL_DIETS',
  'DIGITAL_POST',
  'CPR_STATUS',
  'ELIGIBILITY',
  'CPR_FETCHED_AT',
] as const;
export type ParticipantExportColumn = (typeof PARTICIPANT_EXPORT_COLUMNS)[number];
/** Always exported: persons with address protection are marked in every export. */
export const MANDATORY_EXPORT_COLUMN: ParticipantExportColumn = 'PROTECTED_ADDRESS';
/** Chosen when the dialog opens (the server's default set). */
export const DEFAULT_EXPORT_COLUMNS: readonly ParticipantExportColumn[] = [
  'NAME',
  'PROTECTED_ADDRESS',
  'CPR_MASKED',
  'ADDRESS',
  'POSTAL_CODE',
  'CITY',
  'MOBILE',
  'EMAIL',
  'TEAMS',
  'SPECIAL_DIETS',
  'DIGITAL_POST',
];
export type ParticipantExportFormat = 'csv' | 'xlsx';

/** The states of a task (seat), in the order a seat goes through them. */
export const TASK_STATUSES = ['FREE', 'AWAITING_REPLY', 'ACCEPTED'] as const;
/** FREE: nobody on it; AWAITING_REPLY: a participant placed, no answer yet; ACCEPTED: the person said yes. */
export type TaskStatus = (typeof TASK_STATUSES)[number];

/**
 * A slot of an election's distribution: the seats of one work location, task type, team and day, with how many
 * there are and how far they are filled.
 */
export interface TaskSlot {
  workLocationId: string;
  workLocationTitle: string;
  votingArea: number | null;
  taskTypeId: string;
  taskTypeTitle: string;
  teamId: string;
  teamName: string;
  /** ISO day. */
  taskDate: string;
  total: number;
  free: number;
  awaitingReply: number;
  accepted: number;
}

/** The person on a seat, as a seat shows it. */
export interface TaskParticipant {
  id: string;
  name: string;
  addressProtected: boolean;
  /** The nightly CPR refresh's latest outcome for the seat's election (judged on the person's seats); null if none. */
  validation?: ParticipantValidation | null;
}

/** A task (opgave): one seat for one person at a work location, doing a task type for a team on a day. */
export interface Task {
  id: string;
  version: number;
  electionId: string;
  workLocationId: string;
  workLocationTitle: string;
  taskTypeId: string;
  taskTypeTitle: string;
  /** "HH:mm" */
  startTime: string;
  /** "HH:mm" */
  endTime: string;
  teamId: string;
  teamName: string;
  /** ISO day. */
  taskDate: string;
  status: TaskStatus;
  /** null while the seat is FREE. */
  participant: TaskParticipant | null;
}

/** Sets the number of seats of a slot (0..500): raising adds free seats, lowering removes free ones only. */
export interface DistributeTasksRequest {
  workLocationId: string;
  taskTypeId: string;
  teamId: string;
  /** ISO day within the election period. */
  taskDate: string;
  count: number;
}

/** The filters of an election's slots (null = any). */
export interface TaskSlotQuery {
  workLocationId?: string | null;
  taskDate?: string | null;
}

/** The filters of an election's seats (null = any). */
export interface TaskQuery extends TaskSlotQuery {
  taskTypeId?: string | null;
  teamId?: string | null;
  status?: TaskStatus | null;
}

/** The filters of the export to the national election system (null = any). */
export interface ElectionSystemExportFilters {
  taskTypeId?: string | null;
  workLocationId?: string | null;
  taskDate?: string | null;
}
export type ElectionSystemExportFormat = 'csv' | 'xlsx';

/**
 * The reasons why a person may not serve at a task (server enum `Ineligibility`), each with the translation key of
 * the text the participant profile shows for it.
 */
export const INELIGIBILITY_KEYS: Readonly<Record<string, string>> = {
  NOT_ALIVE: 'eligibility.not_alive',
  UNDER_18_ON_TASK_DATE: 'eligibility.under_18',
  NOT_DANISH_CITIZEN: 'eligibility.not_danish_citizen',
  NOT_RESIDENT_IN_MUNICIPALITY: 'eligibility.not_resident',
  UNDER_GUARDIANSHIP: 'eligibility.under_guardianship',
};

export const AUDIT_ACTIONS = [
  'TENANT_REGISTERED',
  'AREA_CREATED',
  'AREA_UPDATED',
  'AREA_DELETED',
  'SPECIAL_DIET_CREATED',
  'SPECIAL_DIET_RENAMED',
  'SPECIAL_DIET_DELETED',
  'ELECTION_TYPE_CREATED',
  'ELECTION_TYPE_UPDATED',
  'ELECTION_TYPE_DELETED',
  'TEAM_CREATED',
  'TEAM_UPDATED',
  'TEAM_DELETED',
  'WORK_LOCATION_CREATED',
  'WORK_LOCATION_UPDATED',
  'WORK_LOCATION_DELETED',
  'ELECTION_CREATED',
  'ELECTION_UPDATED',
  'ELECTION_ACTIVATED',
  'ELECTION_DEACTIVATED',
  'ELECTION_DUPLICATED',
  'PERSON_LOOKED_UP',
  'PARTICIPANT_CREATED',
  'PARTICIPANT_UPDATED',
  'PARTICIPANT_DELETED',
  'PARTICIPANT_CPR_VIEWED',
  'PARTICIPANT_COMMENT_ADDED',
  'PARTICIPANT_COMMENT_DELETED',
  'PARTICIPANT_RESPONSIBILITY_GRANTED',
  'PARTICIPANT_RESPONSIBILITY_REVOKED',
  'PARTICIPANT_CPR_DATA_CHANGED',
  'CPR_REFRESH_COMPLETED',
  'PARTICIPANTS_EXPORTED',
  'TASKS_DISTRIBUTED',
  'TASK_ASSIGNED',
  'TASK_ACCEPTED_ON_BEHALF',
  'TASK_RELEASED',
  'ELECTION_SYSTEM_EXPORTED',
  'ELECTION_DELETED',
  'TASK_TYPE_CREATED',
  'TASK_TYPE_UPDATED',
  'TASK_TYPE_DELETED',
  'TASK_TYPE_FILE_ADDED',
  'TASK_TYPE_FILE_REMOVED',
  'WEB_PAGE_UPDATED',
  'CONTACT_INFORMATION_UPDATED',
  'CONTACT_LOGO_CHANGED',
  'PERSON',
  'PARTICIPANT',
  'CONTACT_LOGO_REMOVED',
] as const;
export const AUDIT_OBJECT_TYPES = [
  'TENANT',
  'AREA',
  'SPECIAL_DIET',
  'ELECTION_TYPE',
  'TASK_TYPE',
  'TEAM',
  'WORK_LOCATION',
  'ELECTION',
  'WEB_PAGE',
  'CONTACT_INFORMATION',
] as const;

export interface AuditEntry {
  id: string;
  occurredAt: string;
  actor: string;
  action: string;
  objectType: string;
  objectId: string | null;
  summary: string;
}

export interface AuditQuery {
  action?: string | null;
  objectType?: string | null;
  actor?: string | null;
  /** ISO date (yyyy-MM-dd). */
  from?: string | null;
  /** ISO date (yyyy-MM-dd). */
  to?: string | null;
  page: number;
  size: number;
}

/** A server-side search in a paged list: `q` (contains, case-insensitive) is left out when blank. */
export interface SearchPageQuery {
  q?: string | null;
  /** 0-based. */
  page: number;
  size: number;
}

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  size: number;
}

/** The participant site's front page as the admin edits it; version 0 = never saved. */
export interface FrontPageContent {
  title: string;
  /** Sanitized HTML (the server's allowlist). */
  content: string;
  version: number;
}

export interface FaqContent {
  content: string;
  active: boolean;
  version: number;
}

/** Oplysningserklæring. */
export interface DisclosureStatementContent {
  content: string;
  version: number;
}

/** Samtykkeerklæring: plain text. */
export interface ConsentDeclarationContent {
  text: string;
  active: boolean;
  version: number;
}

/** The uploaded SVG logo; `url` serves the current version. */
export interface ContactLogo {
  name: string;
  size: number;
  sha256: string;
  url: string;
}

/** The election office's contact information; fields are null until written (version 0). */
export interface ContactInformationContent {
  municipalityName: string | null;
  department: string | null;
  address: string | null;
  postalCode: string | null;
  city: string | null;
  phone: string | null;
  email: string | null;
  digitalPostUrl: string | null;
  logo: ContactLogo | null;
  version: number;
}

export type ContactInformationRequest = Omit<ContactInformationContent, 'logo'>;

/** What every page of the participant site needs to know. */
export interface SiteContext {
  faqActive: boolean;
  consentDeclarationActive: boolean;
  anyActiveElection: boolean;
  /** Whether the contact information is written. */
  contactInformation: boolean;
  logoUrl: string | null;
}

/** `title` is null while the admin has not written the front page. */
export interface PublicFrontPage {
  title: string | null;
  content: string;
}

/** Sanitized HTML ("" while not written). */
export interface PublicPage {
  content: string;
}

export interface PublicContactInformation {
  municipalityName: string;
  department: string;
  address: string;
  postalCode: string;
  city: string;
  phone: string | null;
  email: string | null;
  digitalPostUrl: string | null;
  logoUrl: string | null;
}
