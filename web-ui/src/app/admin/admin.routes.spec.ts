import { Type } from '@angular/core';
import { Route } from '@angular/router';
import { ADMIN_ROUTES } from './admin.routes';
import { ElectionTypesPage } from './election-types/election-types-page';
import { SpecialDietsPage } from './special-diets/special-diets-page';
import { TaskTypesPage } from './task-types/task-types-page';
import { ParticipantProfilePage } from './participants/participant-profile-page';
import { ParticipantsPage } from './participants/participants-page';
import { TasksPage } from './tasks/tasks-page';
import { WebContentPage } from './web-content/web-content-page';

describe('ADMIN_ROUTES', () => {
  const children = ADMIN_ROUTES[0].children ?? [];
  const child = (path: string): Route => children.find((route) => route.path === path)!;

  it('has the pages in navigation order, before the not-found catch-all', () => {
    expect(children.map((route) => route.path)).toEqual([
      '',
      'areas',
      'elections',
      'tasks',
      'special-diets',
      'election-types',
      'task-types',
      'teams',
      'work-locations',
      'web-content',
      'participants',
      'participants/:id',
      'audit',
      '**',
    ]);
  });

  it('loads the special diets and election types pages lazily, with translated titles', async () => {
    for (const [path, component, title] of [
      ['tasks', TasksPage, 'tasks.title'],
      ['participants', ParticipantsPage, 'participants.title'],
      ['participants/:id', ParticipantProfilePage, 'participants.title'],
      ['special-diets', SpecialDietsPage, 'specialDiets.title'],
      ['election-types', ElectionTypesPage, 'electionTypes.title'],
      ['task-types', TaskTypesPage, 'taskTypes.title'],
      ['web-content', WebContentPage, 'webContent.title'],
    ] as const) {
      const route = child(path);
      expect(route.component).toBeUndefined();
      expect(route.title).toBe(title);
      expect(await (route.loadComponent!() as Promise<Type<unknown>>)).toBe(component);
    }
  });
});
