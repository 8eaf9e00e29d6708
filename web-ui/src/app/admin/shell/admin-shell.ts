import { BreakpointObserver } from '@angular/cdk/layout';
import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, DestroyRef, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatListModule } from '@angular/material/list';
import { MatMenuModule } from '@angular/material/menu';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSidenavModule } from '@angular/material/sidenav';
import { MatToolbarModule } from '@angular/material/toolbar';
import { RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { map } from 'rxjs';
import { AdminApi } from '../../core/api/admin-api';
import { AdminMe } from '../../core/api/models';
import { I18nService, LANGUAGES, Language } from '../../core/i18n/i18n.service';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { BrowserNavigation, logoutUrl } from '../../core/navigation/browser-navigation';
import { ErrorMessage } from '../../shared/error-message/error-message';
import { AdminForbidden } from '../forbidden/admin-forbidden';
import { ElectionContext } from '../shared/election-context';

/** Entries of the side navigation, in order (paths relative to /admin). */
export const ADMIN_NAV_ITEMS = [
  { path: 'elections', label: 'admin.nav.elections', testId: 'nav-elections' },
  { path: 'tasks', label: 'admin.nav.tasks', testId: 'nav-tasks' },
  { path: 'participants', label: 'admin.nav.participants', testId: 'nav-participants' },
  { path: 'areas', label: 'admin.nav.areas', testId: 'nav-areas' },
  { path: 'special-diets', label: 'admin.nav.specialDiets', testId: 'nav-special-diets' },
  { path: 'election-types', label: 'admin.nav.electionTypes', testId: 'nav-election-types' },
  { path: 'task-types', label: 'admin.nav.taskTypes', testId: 'nav-task-types' },
  { path: 'work-locations', label: 'admin.nav.workLocations', testId: 'nav-work-locations' },
  { path: 'teams', label: 'admin.nav.teams', testId: 'nav-teams' },
  { path: 'web-content', label: 'admin.nav.webContent', testId: 'nav-web-content' },
  { path: 'audit', label: 'admin.nav.audit', testId: 'nav-audit' },
] as const;

export type AdminSession =
  | { state: 'loading' }
  | { state: 'ready'; me: AdminMe }
  | { state: 'unauthenticated' }
  | { state: 'forbidden' }
  | { state: 'failed'; error: unknown };

/**
 * Frame of the administration: toolbar, side navigation and the routed page. The pages are only
 * shown once /api/admin/me has confirmed an admin session; a 401 is turned into the login
 * redirect by the interceptor, a 403 shows the "no access" page.
 */
@Component({
  selector: 'app-admin-shell',
  imports: [
    RouterOutlet,
    RouterLink,
    RouterLinkActive,
    MatToolbarModule,
    MatSidenavModule,
    MatListModule,
    MatMenuModule,
    MatButtonModule,
    MatButtonToggleModule,
    MatProgressBarModule,
    TranslatePipe,
    ErrorMessage,
    AdminForbidden,
  ],
  templateUrl: './admin-shell.html',
  styleUrl: './admin-shell.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AdminShell {
  private readonly api = inject(AdminApi);
  private readonly navigation = inject(BrowserNavigation);
  private readonly destroyRef = inject(DestroyRef);
  protected readonly i18n = inject(I18nService);
  protected readonly languages = LANGUAGES;
  protected readonly navItems = ADMIN_NAV_ITEMS;
  protected readonly elections = inject(ElectionContext);

  protected readonly session = signal<AdminSession>({ state: 'loading' });
  /** Whether the navigation drawer is open on narrow screens (it is always shown on wide ones). */
  protected readonly navOpen = signal(false);
  protected readonly narrow = toSignal(
    inject(BreakpointObserver)
      .observe('(max-width: 799px)')
      .pipe(map((result) => result.matches)),
    { initialValue: false },
  );

  constructor() {
    this.loadSession();
  }

  protected loadSession(): void {
    this.session.set({ state: 'loading' });
    this.api
      .me()
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (me) => {
          this.session.set({ state: 'ready', me });
          this.elections.load();
        },
        error: (error: unknown) => {
          const status = error instanceof HttpErrorResponse ? error.status : -1;
          if (status === 401) {
            this.session.set({ state: 'unauthenticated' });
          } else if (status === 403) {
            this.session.set({ state: 'forbidden' });
          } else {
            this.session.set({ state: 'failed', error });
          }
        },
      });
  }

  protected chooseLanguage(language: Language): void {
    this.i18n.use(language);
  }

  protected logout(): void {
    this.navigation.navigateTo(logoutUrl('admin'));
  }
}
