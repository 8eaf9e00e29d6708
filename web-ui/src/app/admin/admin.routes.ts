import { Routes } from '@angular/router';
import { MatPaginatorIntl } from '@angular/material/paginator';
import { NotFoundPage } from '../shared/not-found/not-found-page';
import { AreasPage } from './areas/areas-page';
import { AuditPage } from './audit/audit-page';
import { AdminShell } from './shell/admin-shell';
import { TranslatedPaginatorIntl } from './shared/translated-paginator-intl';

export const ADMIN_ROUTES: Routes = [
  {
    path: '',
    component: AdminShell,
    providers: [{ provide: MatPaginatorIntl, useClass: TranslatedPaginatorIntl }],
    children: [
      { path: '', pathMatch: 'full', redirectTo: 'areas' },
      { path: 'areas', component: AreasPage, title: 'areas.title' },
      {
        path: 'elections',
        loadComponent: () => import('./elections/elections-page').then((m) => m.ElectionsPage),
        title: 'elections.title',
      },
      {
        path: 'tasks',
        loadComponent: () => import('./tasks/tasks-page').then((m) => m.TasksPage),
        title: 'tasks.title',
      },
      {
        path: 'special-diets',
        loadComponent: () =>
          import('./special-diets/special-diets-page').then((m) => m.SpecialDietsPage),
        title: 'specialDiets.title',
      },
      {
        path: 'election-types',
        loadComponent: () =>
          import('./election-types/election-types-page').then((m) => m.ElectionTypesPage),
        title: 'electionTypes.title',
      },
      {
        path: 'task-types',
        loadComponent: () => import('./task-types/task-types-page').then((m) => m.TaskTypesPage),
        title: 'taskTypes.title',
      },
      {
        path: 'teams',
        loadComponent: () => import('./teams/teams-page').then((m) => m.TeamsPage),
        title: 'teams.title',
      },
      {
        path: 'work-locations',
        loadComponent: () =>
          import('./work-locations/work-locations-page').then((m) => m.WorkLocationsPage),
        title: 'workLocations.title',
      },
      {
        path: 'web-content',
        loadComponent: () => import('./web-content/web-content-page').then((m) => m.WebContentPage),
        title: 'webContent.title',
      },
      {
        path: 'participants',
        loadComponent: () =>
          import('./participants/participants-page').then((m) => m.ParticipantsPage),
        title: 'participants.title',
      },
      {
        path: 'participants/:id',
        loadComponent: () =>
          import('./participants/participant-profile-page').then((m) => m.ParticipantProfilePage),
        title: 'participants.title',
      },
      { path: 'audit', component: AuditPage, title: 'audit.title' },
      {
        path: '**',
        component: NotFoundPage,
        title: 'notFound.title',
        data: { homeLink: '/admin' },
      },
    ],
  },
];
