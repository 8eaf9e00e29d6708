import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  computed,
  inject,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { filter, forkJoin, switchMap } from 'rxjs';
import { AdminApi } from '../../core/api/admin-api';
import {
  Eligibility,
  Participant,
  ParticipantComment,
  SpecialDiet,
  Team,
  WorkLocation,
} from '../../core/api/models';
import { I18nService } from '../../core/i18n/i18n.service';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { ConfirmDialog } from '../../shared/confirm-dialog/confirm-dialog';
import { ErrorMessage } from '../../shared/error-message/error-message';
import { DeletionConfirmation } from '../shared/confirm-deletion';
import { CHOICES_SIZE } from '../work-locations/work-locations-page';
import { ParticipantEditDialog, ParticipantEditDialogData } from './participant-edit-dialog';
import { formatInstant, todayInDenmark } from './participant-format';
import { ParticipantTasks } from './participant-tasks';
import { PersonCard } from './person-card';

/**
 * One participant: the last known CPR data with its age, eligibility per election type on a chosen day, contact,
 * teams and special diets (edit), the person's tasks, rights (team and work-location responsible), comments, and
 * deletion. The whole CPR number is shown only on request; that request is audited.
 */
@Component({
  selector: 'app-participant-profile-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    MatProgressBarModule,
    TranslatePipe,
    ErrorMessage,
    PersonCard,
    ParticipantTasks,
  ],
  templateUrl: './participant-profile-page.html',
  styleUrl: './participant-profile-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ParticipantProfilePage {
  private readonly api = inject(AdminApi);
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly deletion = inject(DeletionConfirmation);
  protected readonly i18n = inject(I18nService);
  private readonly destroyRef = inject(DestroyRef);

  private readonly id = this.route.snapshot.paramMap.get('id') ?? '';

  protected readonly participant = signal<Participant | null>(null);
  protected readonly loadError = signal<unknown>(null);
  protected readonly actionError = signal<unknown>(null);
  protected readonly teams = signal<Team[]>([]);
  protected readonly diets = signal<SpecialDiet[]>([]);
  protected readonly workLocations = signal<WorkLocation[]>([]);
  protected readonly eligibility = signal<Eligibility[] | null>(null);
  protected readonly fullCpr = signal<string | null>(null);
  protected readonly busy = signal(false);

  readonly eligibilityDay = new FormControl(todayInDenmark(), { nonNullable: true });
  readonly comment = new FormControl('', {
    nonNullable: true,
    validators: [Validators.required, Validators.maxLength(2000)],
  });
  readonly responsibleTeams = new FormControl<string[]>([], { nonNullable: true });
  readonly responsibleWorkLocations = new FormControl<string[]>([], { nonNullable: true });

  private readonly teamsById = computed(() => new Map(this.teams().map((t) => [t.id, t] as const)));
  private readonly dietsById = computed(() => new Map(this.diets().map((d) => [d.id, d] as const)));
  protected readonly teamNames = computed(() =>
    (this.participant()?.teamIds ?? []).map((id) => this.teamsById().get(id)?.name ?? id),
  );
  protected readonly dietNames = computed(() =>
    (this.participant()?.specialDietIds ?? []).map((id) => this.dietsById().get(id)?.title ?? id),
  );

  constructor() {
    this.load();
    forkJoin({
      teams: this.api.listTeams({ page: 0, size: CHOICES_SIZE }),
      diets: this.api.listSpecialDiets({ page: 0, size: CHOICES_SIZE }),
      workLocations: this.api.listWorkLocations({ page: 0, size: CHOICES_SIZE }),
    })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: ({ teams, diets, workLocations }) => {
          this.teams.set(teams.items);
          this.diets.set(diets.items);
          this.workLocations.set(workLocations.items);
        },
        error: (error: unknown) => this.actionError.set(error),
      });
    this.eligibilityDay.valueChanges
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe(() => this.loadEligibility());
  }

  load(): void {
    this.api
      .participant(this.id)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (participant) => this.show(participant),
        error: (error: unknown) => this.loadError.set(error),
      });
  }

  private show(participant: Participant): void {
    this.participant.set(participant);
    this.loadError.set(null);
    this.responsibleTeams.setValue([...participant.responsibleTeamIds]);
    this.responsibleWorkLocations.setValue([...participant.responsibleWorkLocationIds]);
    this.loadEligibility();
  }

  loadEligibility(): void {
    const day = this.eligibilityDay.value || null;
    this.api
      .participantEligibility(this.id, day)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (eligibility) => this.eligibility.set(eligibility),
        error: (error: unknown) => this.actionError.set(error),
      });
  }

  showCpr(): void {
    this.actionError.set(null);
    this.api.participantCpr(this.id).subscribe({
      next: ({ cpr }) => this.fullCpr.set(`${cpr.slice(0, 6)}-${cpr.slice(6)}`),
      error: (error: unknown) => this.actionError.set(error),
    });
  }

  edit(participant: Participant): void {
    this.actionError.set(null);
    this.dialog
      .open<ParticipantEditDialog, ParticipantEditDialogData, Participant>(ParticipantEditDialog, {
        data: { participant, teams: this.teams(), diets: this.diets() },
        width: '560px',
        maxWidth: '95vw',
      })
      .afterClosed()
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe((saved) => {
        if (saved) {
          this.show(saved);
          this.notify(this.i18n.t('participants.profile.updated'));
        }
      });
  }

  saveRights(): void {
    if (this.busy()) {
      return;
    }
    this.busy.set(true);
    this.actionError.set(null);
    this.api
      .setParticipantResponsibilities(this.id, {
        teamIds: this.responsibleTeams.value,
        workLocationIds: this.responsibleWorkLocations.value,
      })
      .subscribe({
        next: (participant) => {
          this.busy.set(false);
          this.show(participant);
          this.notify(this.i18n.t('participants.profile.rightsSaved'));
        },
        error: (error: unknown) => {
          this.busy.set(false);
          this.actionError.set(error);
        },
      });
  }

  addComment(): void {
    if (this.busy()) {
      return;
    }
    if (this.comment.invalid || !this.comment.value.trim()) {
      this.comment.markAsTouched();
      return;
    }
    this.busy.set(true);
    this.actionError.set(null);
    this.api.commentOnParticipant(this.id, this.comment.value.trim()).subscribe({
      next: () => {
        this.busy.set(false);
        this.comment.reset('');
        this.load();
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.actionError.set(error);
      },
    });
  }

  deleteComment(comment: ParticipantComment): void {
    this.actionError.set(null);
    ConfirmDialog.ask(this.dialog, {
      title: this.i18n.t('participants.profile.deleteComment'),
      message: this.i18n.t('participants.profile.confirmDeleteComment'),
      yesLabel: this.i18n.t('common.delete'),
      noLabel: this.i18n.t('common.cancel'),
    })
      .pipe(
        filter((yes) => yes),
        switchMap(() => this.api.deleteParticipantComment(this.id, comment.id)),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe({
        next: () => this.load(),
        error: (error: unknown) => this.actionError.set(error),
      });
  }

  remove(participant: Participant): void {
    this.actionError.set(null);
    const name = participant.person.fullName;
    this.deletion
      .run(
        this.api.participantDeletionPreview(participant.id),
        {
          title: this.i18n.t('participants.confirmDelete.title'),
          message: this.i18n.t('participants.confirmDelete.text', { name }),
          yesLabel: this.i18n.t('common.delete'),
          noLabel: this.i18n.t('common.cancel'),
        },
        () => this.api.deleteParticipant(participant.id),
      )
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: () => {
          this.notify(this.i18n.t('participants.deleted', { name }));
          void this.router.navigate(['..'], { relativeTo: this.route });
        },
        error: (error: unknown) => this.actionError.set(error),
      });
  }

  protected when(instant: string): string {
    return formatInstant(this.i18n, instant);
  }

  private notify(message: string): void {
    this.snackBar.open(message, this.i18n.t('common.close'), { duration: 4000 });
  }
}
