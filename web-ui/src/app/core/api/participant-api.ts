import { HttpClient, HttpErrorResponse } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable, catchError, of, throwError } from 'rxjs';
import { ParticipantMe } from './models';

/** Endpoints for the logged-in participant (citizen). */
@Injectable({ providedIn: 'root' })
export class ParticipantApi {
  private readonly http = inject(HttpClient);

  /** The logged-in participant, or null when not logged in (401). Other errors are passed on. */
  me(): Observable<ParticipantMe | null> {
    return this.http
      .get<ParticipantMe>('/api/participant/me')
      .pipe(
        catchError((error: unknown) =>
          error instanceof HttpErrorResponse && error.status === 401
            ? of(null)
            : throwError(() => error),
        ),
      );
  }
}
