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

export const AUDIT_ACTIONS = ['TENANT_REGISTERED', 'AREA_CREATED', 'AREA_UPDATED', 'AREA_DELETED'] as const;
export const AUDIT_OBJECT_TYPES = ['TENANT', 'AREA'] as const;

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

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  size: number;
}
