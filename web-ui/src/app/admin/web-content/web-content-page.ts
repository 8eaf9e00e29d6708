import { ChangeDetectionStrategy, Component } from '@angular/core';
import { MatTabsModule } from '@angular/material/tabs';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { ContactInformationEditor } from './contact-information-editor';
import { WebPageEditor, WebPageKind } from './web-page-editor';

/**
 * "Hjemmeside": the content of the participant site, one tab per page (front page, FAQ, disclosure
 * statement, declaration of consent) plus the contact information with the logo.
 */
@Component({
  selector: 'app-web-content-page',
  imports: [MatTabsModule, TranslatePipe, WebPageEditor, ContactInformationEditor],
  template: `
    <h1>{{ 'webContent.title' | t }}</h1>
    <p class="intro">{{ 'webContent.intro' | t }}</p>
    <mat-tab-group animationDuration="0ms" mat-stretch-tabs="false" mat-align-tabs="start">
      @for (tab of pages; track tab.kind) {
        <mat-tab>
          <ng-template mat-tab-label>
            <span [attr.data-testid]="'web-tab-' + tab.id">{{
              'webContent.tab.' + tab.kind | t
            }}</span>
          </ng-template>
          <ng-template matTabContent>
            <app-web-page-editor [kind]="tab.kind" />
          </ng-template>
        </mat-tab>
      }
      <mat-tab>
        <ng-template mat-tab-label>
          <span data-testid="web-tab-contact-information">{{
            'webContent.tab.contactInformation' | t
          }}</span>
        </ng-template>
        <ng-template matTabContent>
          <app-contact-information-editor />
        </ng-template>
      </mat-tab>
    </mat-tab-group>
  `,
  styles: `
    .intro {
      margin-top: 0;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class WebContentPage {
  protected readonly pages: { kind: WebPageKind; id: string }[] = [
    { kind: 'frontPage', id: 'front-page' },
    { kind: 'faq', id: 'faq' },
    { kind: 'disclosureStatement', id: 'disclosure-statement' },
    { kind: 'consentDeclaration', id: 'consent-declaration' },
  ];
}
