import { Routes } from '@angular/router';
import { NotFoundPage } from '../shared/not-found/not-found-page';
import { ContactPage } from './contact/contact-page';
import { FaqPage, faqActiveGuard } from './faq/faq-page';
import { FrontPage } from './front-page/front-page';
import { PrivacyPage } from './privacy/privacy-page';
import { ParticipantShell } from './shell/participant-shell';

/** Danish paths, as citizens know them from OS2valghalla. */
export const PARTICIPANT_ROUTES: Routes = [
  {
    path: '',
    component: ParticipantShell,
    children: [
      { path: '', pathMatch: 'full', component: FrontPage, title: 'app.name' },
      { path: 'kontakt-os', component: ContactPage, title: 'participant.contact.title' },
      { path: 'privatlivspolitik', component: PrivacyPage, title: 'participant.privacy.title' },
      {
        path: 'faq',
        component: FaqPage,
        canActivate: [faqActiveGuard],
        title: 'participant.faq.title',
      },
      { path: '**', component: NotFoundPage, title: 'notFound.title', data: { homeLink: '/' } },
    ],
  },
];
