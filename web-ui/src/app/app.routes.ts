import { Routes } from '@angular/router';

/**
 * Two lazily loaded areas: the municipality administration (Angular Material) under /admin and the
 * participant (citizen) site (DKFDS) under /. Unknown paths end in each area's not-found page.
 */
export const routes: Routes = [
  { path: 'admin', loadChildren: () => import('./admin/admin.routes').then((m) => m.ADMIN_ROUTES) },
  {
    path: '',
    loadChildren: () =>
      import('./participant/participant.routes').then((m) => m.PARTICIPANT_ROUTES),
  },
];
