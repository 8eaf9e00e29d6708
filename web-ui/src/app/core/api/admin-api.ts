import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';
import {
  AdminMe,
  Area,
  AuditEntry,
  AuditQuery,
  Consequences,
  CreateAreaRequest,
  CreateElectionTypeRequest,
  CreateSpecialDietRequest,
  CreateTeamRequest,
  CreateWorkLocationRequest,
  ElectionType,
  Page,
  SearchPageQuery,
  SpecialDiet,
  Team,
  UpdateAreaRequest,
  UpdateElectionTypeRequest,
  UpdateSpecialDietRequest,
  UpdateTeamRequest,
  UpdateWorkLocationRequest,
  WorkLocation,
  WorkLocationQuery,
  CreateTaskTypeRequest,
  CreateElectionRequest,
  DuplicateElectionRequest,
  Election,
  CreateParticipantRequest,
  Eligibility,
  Participant,
  ParticipantComment,
  ParticipantListItem,
  ParticipantQuery,
  ParticipantResponsibilities,
  PersonLookup,
  UpdateParticipantRequest,
  ElectionQuery,
  UpdateElectionRequest,
  TaskType,
  TaskTypeFile,
  UpdateTaskTypeRequest,
  ConsentDeclarationContent,
  ContactInformationContent,
  ContactInformationRequest,
  ContactLogo,
  DisclosureStatementContent,
  FaqContent,
  FrontPageContent,
  DistributeTasksRequest,
  ElectionSystemExportFilters,
  ElectionSystemExportFormat,
  Task,
  TaskQuery,
  TaskSlot,
  TaskSlotQuery,
} from './models';

const BASE = '/api/admin';
const WEB = `${BASE}/web-content`;

/** The person has seen and accepted the consequences of a deletion. */
const CONFIRMED = new HttpParams().set('confirmed', 'true');

/** page and size always; q only when it is not blank. */
function searchParams(query: SearchPageQuery): HttpParams {
  let params = new HttpParams().set('page', query.page).set('size', query.size);
  const q = query.q?.trim();
  if (q) {
    params = params.set('q', q);
  }
  return params;
}

/** The given filters that have a value, as query parameters. */
function filterParams(filters: object): HttpParams {
  let params = new HttpParams();
  for (const [name, value] of Object.entries(filters)) {
    if (value !== null && value !== undefined && value !== '') {
      params = params.set(name, String(value));
    }
  }
  return params;
}

/** Endpoints of the municipality administration. A 401 from any of them triggers the login redirect. */
@Injectable({ providedIn: 'root' })
export class AdminApi {
  private readonly http = inject(HttpClient);

  me(): Observable<AdminMe> {
    return this.http.get<AdminMe>(`${BASE}/me`);
  }

  listAreas(): Observable<Area[]> {
    return this.http.get<Area[]>(`${BASE}/areas`);
  }

  createArea(request: CreateAreaRequest): Observable<Area> {
    return this.http.post<Area>(`${BASE}/areas`, request);
  }

  updateArea(id: string, request: UpdateAreaRequest): Observable<Area> {
    return this.http.put<Area>(`${BASE}/areas/${encodeURIComponent(id)}`, request);
  }

  /** What deleting the area would do; changes nothing. */
  areaDeletionPreview(id: string): Observable<Consequences> {
    return this.http.get<Consequences>(`${BASE}/areas/${encodeURIComponent(id)}/deletion-preview`);
  }

  /** Deletes after the person confirmed the consequences (the server refuses without confirmed=true). */
  deleteArea(id: string): Observable<void> {
    return this.http.delete<void>(`${BASE}/areas/${encodeURIComponent(id)}`, {
      params: CONFIRMED,
    });
  }

  /** One page of special diets in Danish order, filtered by `q` on the server. */
  listSpecialDiets(query: SearchPageQuery): Observable<Page<SpecialDiet>> {
    return this.http.get<Page<SpecialDiet>>(`${BASE}/special-diets`, {
      params: searchParams(query),
    });
  }

  createSpecialDiet(request: CreateSpecialDietRequest): Observable<SpecialDiet> {
    return this.http.post<SpecialDiet>(`${BASE}/special-diets`, request);
  }

  updateSpecialDiet(id: string, request: UpdateSpecialDietRequest): Observable<SpecialDiet> {
    return this.http.put<SpecialDiet>(`${BASE}/special-diets/${encodeURIComponent(id)}`, request);
  }

  /** What deleting the special diet would do; changes nothing. */
  specialDietDeletionPreview(id: string): Observable<Consequences> {
    return this.http.get<Consequences>(
      `${BASE}/special-diets/${encodeURIComponent(id)}/deletion-preview`,
    );
  }

  /** Deletes after the person confirmed the consequences (the server refuses without confirmed=true). */
  deleteSpecialDiet(id: string): Observable<void> {
    return this.http.delete<void>(`${BASE}/special-diets/${encodeURIComponent(id)}`, {
      params: CONFIRMED,
    });
  }

  /** One page of election types in Danish order, filtered by `q` on the server. */
  listElectionTypes(query: SearchPageQuery): Observable<Page<ElectionType>> {
    return this.http.get<Page<ElectionType>>(`${BASE}/election-types`, {
      params: searchParams(query),
    });
  }

  createElectionType(request: CreateElectionTypeRequest): Observable<ElectionType> {
    return this.http.post<ElectionType>(`${BASE}/election-types`, request);
  }

  updateElectionType(id: string, request: UpdateElectionTypeRequest): Observable<ElectionType> {
    return this.http.put<ElectionType>(`${BASE}/election-types/${encodeURIComponent(id)}`, request);
  }

  /** What deleting the election type would do (blocked while elections use it); changes nothing. */
  electionTypeDeletionPreview(id: string): Observable<Consequences> {
    return this.http.get<Consequences>(
      `${BASE}/election-types/${encodeURIComponent(id)}/deletion-preview`,
    );
  }

  /** Deletes after the person confirmed the consequences (the server refuses without confirmed=true). */
  deleteElectionType(id: string): Observable<void> {
    return this.http.delete<void>(`${BASE}/election-types/${encodeURIComponent(id)}`, {
      params: CONFIRMED,
    });
  }

  /** One page of task types in Danish order of the title, filtered by `q` (title or short name). */
  listTaskTypes(query: SearchPageQuery): Observable<Page<TaskType>> {
    return this.http.get<Page<TaskType>>(`${BASE}/task-types`, { params: searchParams(query) });
  }

  getTaskType(id: string): Observable<TaskType> {
    return this.http.get<TaskType>(`${BASE}/task-types/${encodeURIComponent(id)}`);
  }

  createTaskType(request: CreateTaskTypeRequest): Observable<TaskType> {
    return this.http.post<TaskType>(`${BASE}/task-types`, request);
  }

  updateTaskType(id: string, request: UpdateTaskTypeRequest): Observable<TaskType> {
    return this.http.put<TaskType>(`${BASE}/task-types/${encodeURIComponent(id)}`, request);
  }

  /** What deleting the task type would do; changes nothing. */
  taskTypeDeletionPreview(id: string): Observable<Consequences> {
    return this.http.get<Consequences>(
      `${BASE}/task-types/${encodeURIComponent(id)}/deletion-preview`,
    );
  }

  /** Deletes the task type and its files after the person confirmed the consequences. */
  deleteTaskType(id: string): Observable<void> {
    return this.http.delete<void>(`${BASE}/task-types/${encodeURIComponent(id)}`, {
      params: CONFIRMED,
    });
  }

  /** Uploads a PDF to the task type (multipart field `file`); the server checks that it really is a PDF. */
  uploadTaskTypeFile(taskTypeId: string, file: File): Observable<TaskTypeFile> {
    const form = new FormData();
    form.append('file', file, file.name);
    return this.http.post<TaskTypeFile>(
      `${BASE}/task-types/${encodeURIComponent(taskTypeId)}/files`,
      form,
    );
  }

  /** Where the browser downloads a task type's file (only through its task type). */
  taskTypeFileUrl(taskTypeId: string, fileId: string): string {
    return `${BASE}/task-types/${encodeURIComponent(taskTypeId)}/files/${encodeURIComponent(fileId)}`;
  }

  removeTaskTypeFile(taskTypeId: string, fileId: string): Observable<void> {
    return this.http.delete<void>(
      `${BASE}/task-types/${encodeURIComponent(taskTypeId)}/files/${encodeURIComponent(fileId)}`,
    );
  }

  /** One page of teams in Danish order, filtered by `q` (name or short name) on the server. */
  listTeams(query: SearchPageQuery): Observable<Page<Team>> {
    return this.http.get<Page<Team>>(`${BASE}/teams`, { params: searchParams(query) });
  }

  createTeam(request: CreateTeamRequest): Observable<Team> {
    return this.http.post<Team>(`${BASE}/teams`, request);
  }

  updateTeam(id: string, request: UpdateTeamRequest): Observable<Team> {
    return this.http.put<Team>(`${BASE}/teams/${encodeURIComponent(id)}`, request);
  }

  /** What deleting the team would do (blocked while an active election needs it); changes nothing. */
  teamDeletionPreview(id: string): Observable<Consequences> {
    return this.http.get<Consequences>(`${BASE}/teams/${encodeURIComponent(id)}/deletion-preview`);
  }

  /** Deletes after the person confirmed the consequences (the server refuses without confirmed=true). */
  deleteTeam(id: string): Observable<void> {
    return this.http.delete<void>(`${BASE}/teams/${encodeURIComponent(id)}`, { params: CONFIRMED });
  }

  /** One page of work locations in Danish order, filtered by `q` and `areaId` on the server. */
  listWorkLocations(query: WorkLocationQuery): Observable<Page<WorkLocation>> {
    let params = searchParams(query);
    if (query.areaId) {
      params = params.set('areaId', query.areaId);
    }
    return this.http.get<Page<WorkLocation>>(`${BASE}/work-locations`, { params });
  }

  createWorkLocation(request: CreateWorkLocationRequest): Observable<WorkLocation> {
    return this.http.post<WorkLocation>(`${BASE}/work-locations`, request);
  }

  updateWorkLocation(id: string, request: UpdateWorkLocationRequest): Observable<WorkLocation> {
    return this.http.put<WorkLocation>(`${BASE}/work-locations/${encodeURIComponent(id)}`, request);
  }

  /** What deleting the work location would do (blocked while an active election contains it). */
  workLocationDeletionPreview(id: string): Observable<Consequences> {
    return this.http.get<Consequences>(
      `${BASE}/work-locations/${encodeURIComponent(id)}/deletion-preview`,
    );
  }

  /** Deletes after the person confirmed the consequences (the server refuses without confirmed=true). */
  deleteWorkLocation(id: string): Observable<void> {
    return this.http.delete<void>(`${BASE}/work-locations/${encodeURIComponent(id)}`, {
      params: CONFIRMED,
    });
  }

  /** One page of elections, the latest election day first (the first is the default election). */
  listElections(query: ElectionQuery): Observable<Page<Election>> {
    let params = searchParams(query);
    if (query.active !== undefined && query.active !== null) {
      params = params.set('active', query.active);
    }
    return this.http.get<Page<Election>>(`${BASE}/elections`, { params });
  }

  createElection(request: CreateElectionRequest): Observable<Election> {
    return this.http.post<Election>(`${BASE}/elections`, request);
  }

  updateElection(id: string, request: UpdateElectionRequest): Observable<Election> {
    return this.http.put<Election>(`${BASE}/elections/${encodeURIComponent(id)}`, request);
  }

  /** Opens the election to participants (idempotent). */
  activateElection(id: string): Observable<Election> {
    return this.http.post<Election>(`${BASE}/elections/${encodeURIComponent(id)}/activation`, null);
  }

  /** Closes the election to participants (idempotent). */
  deactivateElection(id: string): Observable<Election> {
    return this.http.delete<Election>(`${BASE}/elections/${encodeURIComponent(id)}/activation`);
  }

  /** A new, inactive election with the source's structure around a new election day. */
  duplicateElection(id: string, request: DuplicateElectionRequest): Observable<Election> {
    return this.http.post<Election>(
      `${BASE}/elections/${encodeURIComponent(id)}/duplicates`,
      request,
    );
  }

  /** What deleting the election would do (blocked while active); changes nothing. */
  electionDeletionPreview(id: string): Observable<Consequences> {
    return this.http.get<Consequences>(
      `${BASE}/elections/${encodeURIComponent(id)}/deletion-preview`,
    );
  }

  /** Deletes an inactive election after the person confirmed the consequences. */
  deleteElection(id: string): Observable<void> {
    return this.http.delete<void>(`${BASE}/elections/${encodeURIComponent(id)}`, {
      params: CONFIRMED,
    });
  }

  /** The slots of an election's distribution (work location, task type, team, day) with their counts. */
  listTaskSlots(electionId: string, query: TaskSlotQuery = {}): Observable<TaskSlot[]> {
    return this.http.get<TaskSlot[]>(
      `${BASE}/elections/${encodeURIComponent(electionId)}/task-slots`,
      {
        params: filterParams({ workLocationId: query.workLocationId, taskDate: query.taskDate }),
      },
    );
  }

  /** Sets how many seats a slot has: raising adds free seats, lowering removes free seats only. */
  distributeTasks(electionId: string, request: DistributeTasksRequest): Observable<TaskSlot> {
    return this.http.put<TaskSlot>(
      `${BASE}/elections/${encodeURIComponent(electionId)}/task-slots`,
      request,
    );
  }

  /** The seats of an election, taken seats first within a slot; blank filters are left out. */
  listTasks(electionId: string, query: TaskQuery = {}): Observable<Task[]> {
    return this.http.get<Task[]>(`${BASE}/elections/${encodeURIComponent(electionId)}/tasks`, {
      params: filterParams({
        workLocationId: query.workLocationId,
        taskTypeId: query.taskTypeId,
        teamId: query.teamId,
        taskDate: query.taskDate,
        status: query.status,
      }),
    });
  }

  /** Places a participant on a free seat (awaiting reply); the person joins the seat's team if needed. */
  assignTask(taskId: string, participantId: string, version: number): Observable<Task> {
    return this.http.post<Task>(`${BASE}/tasks/${encodeURIComponent(taskId)}/assignment`, {
      participantId,
      version,
    });
  }

  /** Records the person's yes, given by phone or on paper, on their behalf. */
  acceptTask(taskId: string, version: number): Observable<Task> {
    return this.http.post<Task>(`${BASE}/tasks/${encodeURIComponent(taskId)}/acceptance`, {
      version,
    });
  }

  /** Takes the person off the seat; it is free again. */
  releaseTask(taskId: string, version: number): Observable<Task> {
    return this.http.delete<Task>(`${BASE}/tasks/${encodeURIComponent(taskId)}/assignment`, {
      params: new HttpParams().set('version', version),
    });
  }

  /**
   * Where the browser downloads the export of the accepted seats to the national election system (Valg Central).
   * A plain link, like the participant export: the file never passes through JavaScript memory. It holds CPR
   * numbers, so the server audits every download.
   */
  electionSystemExportUrl(
    electionId: string,
    filters: ElectionSystemExportFilters,
    format: ElectionSystemExportFormat,
  ): string {
    const params = filterParams({
      format,
      taskTypeId: filters.taskTypeId,
      workLocationId: filters.workLocationId,
      taskDate: filters.taskDate,
    });
    return `${BASE}/elections/${encodeURIComponent(electionId)}/election-system-export?${params.toString()}`;
  }

  /**
   * Asks the CPR register about a person (audited). The CPR number travels in the body, never in a URL.
   * 404 `cpr.person_not_found`, 503 `cpr.unavailable`.
   */
  lookUpPerson(cpr: string, day?: string | null): Observable<PersonLookup> {
    return this.http.post<PersonLookup>(`${BASE}/person-lookups`, { cpr, day: day || null });
  }

  /** One page of participants; blank filters are left out. */
  listParticipants(query: ParticipantQuery): Observable<Page<ParticipantListItem>> {
    let params = searchParams(query);
    if (query.teamId) {
      params = params.set('teamId', query.teamId);
    }
    if (query.specialDietId) {
      params = params.set('specialDietId', query.specialDietId);
    }
    if (query.digitalPost) {
      params = params.set('digitalPost', query.digitalPost);
    }
    if (query.addressProtected !== null && query.addressProtected !== undefined) {
      params = params.set('addressProtected', query.addressProtected);
    }
    if (query.electionId) {
      params = params.set('electionId', query.electionId);
    }
    if (query.validation) {
      params = params.set('validation', query.validation);
    }
    return this.http.get<Page<ParticipantListItem>>(`${BASE}/participants`, { params });
  }

  /** Looks the CPR number up again and creates the participant (503: nothing saved). */
  createParticipant(request: CreateParticipantRequest): Observable<Participant> {
    return this.http.post<Participant>(`${BASE}/participants`, request);
  }

  participant(id: string): Observable<Participant> {
    return this.http.get<Participant>(`${BASE}/participants/${encodeURIComponent(id)}`);
  }

  updateParticipant(id: string, request: UpdateParticipantRequest): Observable<Participant> {
    return this.http.put<Participant>(`${BASE}/participants/${encodeURIComponent(id)}`, request);
  }

  /** The whole CPR number; every call is written to the audit log. */
  participantCpr(id: string): Observable<{ cpr: string }> {
    return this.http.get<{ cpr: string }>(`${BASE}/participants/${encodeURIComponent(id)}/cpr`);
  }

  /** Eligibility per election type on a day (ISO date; default today). */
  participantEligibility(id: string, day?: string | null): Observable<Eligibility[]> {
    let params = new HttpParams();
    if (day) {
      params = params.set('day', day);
    }
    return this.http.get<Eligibility[]>(
      `${BASE}/participants/${encodeURIComponent(id)}/eligibility`,
      { params },
    );
  }

  commentOnParticipant(id: string, text: string): Observable<ParticipantComment> {
    return this.http.post<ParticipantComment>(
      `${BASE}/participants/${encodeURIComponent(id)}/comments`,
      { text },
    );
  }

  deleteParticipantComment(id: string, commentId: string): Observable<void> {
    return this.http.delete<void>(
      `${BASE}/participants/${encodeURIComponent(id)}/comments/${encodeURIComponent(commentId)}`,
    );
  }

  /** Sets the participant's rights to exactly these (each grant and revocation is audited). */
  setParticipantResponsibilities(
    id: string,
    request: ParticipantResponsibilities,
  ): Observable<Participant> {
    return this.http.put<Participant>(
      `${BASE}/participants/${encodeURIComponent(id)}/responsibilities`,
      request,
    );
  }

  /** The participant's seats in all elections, the latest task date first. */
  participantTasks(id: string): Observable<Task[]> {
    return this.http.get<Task[]>(`${BASE}/participants/${encodeURIComponent(id)}/tasks`);
  }

  participantDeletionPreview(id: string): Observable<Consequences> {
    return this.http.get<Consequences>(
      `${BASE}/participants/${encodeURIComponent(id)}/deletion-preview`,
    );
  }

  deleteParticipant(id: string): Observable<void> {
    return this.http.delete<void>(`${BASE}/participants/${encodeURIComponent(id)}`, {
      params: CONFIRMED,
    });
  }

  /** What deleting all these participants would do; changes nothing. */
  participantsDeletionPreview(participantIds: string[]): Observable<Consequences> {
    return this.http.post<Consequences>(`${BASE}/participants/bulk-deletion-preview`, {
      participantIds,
    });
  }

  /** Deletes all of them or none; the server checks the typed confirmation word. */
  deleteParticipants(
    participantIds: string[],
    confirmation: string,
  ): Observable<{ deleted: number }> {
    return this.http.post<{ deleted: number }>(`${BASE}/participants/bulk-deletions`, {
      participantIds,
      confirmation,
    });
  }

  /** One page of the audit log. Empty filter values are left out of the query. */
  auditEntries(query: AuditQuery): Observable<Page<AuditEntry>> {
    let params = new HttpParams().set('page', query.page).set('size', query.size);
    for (const name of ['action', 'objectType', 'actor', 'from', 'to'] as const) {
      const value = query[name]?.trim();
      if (value) {
        params = params.set(name, value);
      }
    }
    return this.http.get<Page<AuditEntry>>(`${BASE}/audit-entries`, { params });
  }

  /** The participant site's front page (version 0 while never saved). */
  getFrontPage(): Observable<FrontPageContent> {
    return this.http.get<FrontPageContent>(`${WEB}/front-page`);
  }

  saveFrontPage(page: FrontPageContent): Observable<FrontPageContent> {
    return this.http.put<FrontPageContent>(`${WEB}/front-page`, page);
  }

  getFaq(): Observable<FaqContent> {
    return this.http.get<FaqContent>(`${WEB}/faq`);
  }

  saveFaq(page: FaqContent): Observable<FaqContent> {
    return this.http.put<FaqContent>(`${WEB}/faq`, page);
  }

  getDisclosureStatement(): Observable<DisclosureStatementContent> {
    return this.http.get<DisclosureStatementContent>(`${WEB}/disclosure-statement`);
  }

  saveDisclosureStatement(
    page: DisclosureStatementContent,
  ): Observable<DisclosureStatementContent> {
    return this.http.put<DisclosureStatementContent>(`${WEB}/disclosure-statement`, page);
  }

  getConsentDeclaration(): Observable<ConsentDeclarationContent> {
    return this.http.get<ConsentDeclarationContent>(`${WEB}/consent-declaration`);
  }

  saveConsentDeclaration(page: ConsentDeclarationContent): Observable<ConsentDeclarationContent> {
    return this.http.put<ConsentDeclarationContent>(`${WEB}/consent-declaration`, page);
  }

  getContactInformation(): Observable<ContactInformationContent> {
    return this.http.get<ContactInformationContent>(`${WEB}/contact-information`);
  }

  saveContactInformation(
    request: ContactInformationRequest,
  ): Observable<ContactInformationContent> {
    return this.http.put<ContactInformationContent>(`${WEB}/contact-information`, request);
  }

  /** Uploads the SVG logo (multipart field `file`), replacing the old one; the server refuses unsafe SVG. */
  uploadLogo(file: File): Observable<ContactLogo> {
    const form = new FormData();
    form.append('file', file, file.name);
    return this.http.put<ContactLogo>(`${WEB}/contact-information/logo`, form);
  }

  removeLogo(): Observable<void> {
    return this.http.delete<void>(`${WEB}/contact-information/logo`);
  }
}
