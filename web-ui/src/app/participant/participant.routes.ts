import { Routes } from '@angular/router';
import { NotFoundPage } from '../shared/not-found/not-found-page';
import { FrontPage } from './front-page/front-page';
import { ParticipantShell } from './shell/participant-shell';

export const PARTICIPANT_ROUTES: Routes = [
  {
    path: '',
    component: ParticipantShell,
    children: [
      { path: '', pathMatch: 'full', component: FrontPage, title: 'app.name' },
      { path: '**', component: NotFoundPage, title: 'notFound.title', data: { homeLink: '/' } },
    ],
  },
];
