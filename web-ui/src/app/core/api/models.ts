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
] as const;
export const AUDIT_OBJECT_TYPES = ['TENANT', 'AREA', 'SPECIAL_DIET', 'ELECTION_TYPE'] as const;

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
