import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { WorkLocation } from '../../core/api/models';
import { TranslatePipe } from '../../core/i18n/translate.pipe';

/**
 * The work locations of an election as a list of check boxes, for the create wizard and the copy dialog. Emits the
 * whole new choice; locations in `fixed` stay chosen and cannot be unticked (an active election's locations).
 * Test ids: `<testIdPrefix>-work-locations` (the group) and `<testIdPrefix>-work-location` (each box).
 */
@Component({
  selector: 'app-work-location-checklist',
  imports: [MatCheckboxModule, TranslatePipe],
  template: `
    <fieldset class="locations" [attr.data-testid]="testIdPrefix() + '-work-locations'">
      <legend [class.cdk-visually-hidden]="!showLegend()">
        {{ 'elections.form.workLocations' | t }}
      </legend>
      @for (location of workLocations(); track location.id) {
        <mat-checkbox
          [checked]="chosen().includes(location.id)"
          [disabled]="fixed().includes(location.id)"
          (change)="toggle(location.id, $event.checked)"
          [attr.data-testid]="testIdPrefix() + '-work-location'"
          [attr.data-work-location-id]="location.id"
          >{{ location.title }}</mat-checkbox
        >
      }
    </fieldset>
  `,
  styles: `
    .locations {
      display: flex;
      flex-direction: column;
      max-height: 320px;
      overflow-y: auto;
      margin-bottom: 8px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class WorkLocationChecklist {
  readonly workLocations = input.required<WorkLocation[]>();
  readonly chosen = input.required<string[]>();
  readonly fixed = input<string[]>([]);
  readonly testIdPrefix = input.required<string>();
  readonly showLegend = input(false);
  readonly chosenChange = output<string[]>();

  protected toggle(workLocationId: string, checked: boolean): void {
    const others = this.chosen().filter((id) => id !== workLocationId);
    this.chosenChange.emit(checked ? [...others, workLocationId] : others);
  }
}
