import { HttpErrorResponse, HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { catchError, throwError } from 'rxjs';
import { BrowserNavigation, loginUrl } from '../navigation/browser-navigation';

export const ADMIN_API_PREFIX = '/api/admin/';

/** Whether the request goes to the admin API (relative URL, as the SPA always uses). */
export function isAdminApiUrl(url: string): boolean {
  return url.startsWith(ADMIN_API_PREFIX) || url === ADMIN_API_PREFIX.slice(0, -1);
}

/**
 * Sends the browser to the admin login when an admin API call answers 401, returning to the page
 * the admin was on. The error is passed on, so callers can stop their loading state.
 * Participant and public calls are left alone: a 401 there simply means "not logged in".
 */
export const adminAuthInterceptor: HttpInterceptorFn = (request, next) => {
  const navigation = inject(BrowserNavigation);
  return next(request).pipe(
    catchError((error: unknown) => {
      if (
        error instanceof HttpErrorResponse &&
        error.status === 401 &&
        isAdminApiUrl(request.url)
      ) {
        navigation.navigateTo(loginUrl('admin', navigation.currentPath()));
      }
      return throwError(() => error);
    }),
  );
};
